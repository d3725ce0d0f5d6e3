/**
 * Opens the HTML report in headless Chromium (Debian package chromium): it must render with no console message.
 * Skipped when no browser is installed. UPDATE_REPORT_PNG=1 also saves the fixtures screenshot as docs/report.png.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { formatGraph } from '../../../src/index.js';
import { findChromium, screenshot } from '../../helpers/chromium.js';
import { fixturesGraph } from '../../helpers/fixtures-graph.js';
import { SAMPLE_GRAPH, SAMPLE_TEXTS } from '../../helpers/sample-graph.js';

const bin = findChromium();
const withChromium = bin ? test : test.skip;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'extract-html-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47]);

function shoot(name: string, html: string): ReturnType<typeof screenshot> {
  const file = path.join(tmp, `${name}.html`);
  fs.writeFileSync(file, html);
  return screenshot(bin!, file, path.join(tmp, `${name}.png`));
}

withChromium('the console check works: a broken page is caught', () => {
  const shot = shoot('control', '<!DOCTYPE html><title>x</title><script>throw new Error("boom")</script>');
  expect(shot.console.join('\n')).toMatch(/Uncaught Error: boom/);
});

withChromium('the fixtures report renders in Chromium without console errors', async () => {
  const { graph, texts } = await fixturesGraph();
  const shot = shoot('fixtures', formatGraph(graph, 'html', { texts }));
  expect(shot.console).toEqual([]);
  expect(shot.png?.subarray(0, 4)).toEqual(PNG);
  expect(shot.png!.length).toBeGreaterThan(20000);
  if (process.env.UPDATE_REPORT_PNG === '1') fs.copyFileSync(path.join(tmp, 'fixtures.png'), 'docs/report.png');
});

withChromium('the sample report (every node type, hostile text) renders without console errors', () => {
  const shot = shoot('sample', formatGraph(SAMPLE_GRAPH, 'html', { texts: SAMPLE_TEXTS }));
  expect(shot.console).toEqual([]);
  expect(shot.png?.subarray(0, 4)).toEqual(PNG);
});

if (!bin) test('chromium is not installed: the browser check is skipped', () => undefined);
