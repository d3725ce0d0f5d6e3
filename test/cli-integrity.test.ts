/** A graph with an edge to a missing node is refused as input by render, merge, diff and eval (issue 20 point 13). */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SAMPLE_GRAPH } from './helpers/sample-graph.js';
import { cli } from './helpers/cli.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'extract-integrity-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const bad = path.join(tmp, 'dangling.json');
const good = path.join(tmp, 'good.json');
fs.writeFileSync(good, `${JSON.stringify(SAMPLE_GRAPH)}\n`);
const edges = SAMPLE_GRAPH.edges.map((e, i) =>
  i === 0 ? { ...e, target: `${e.target.split(':')[0]!}:${e.target.startsWith('country:') ? 'ZZ' : 'nobody-here'}` } : e,
);
const missing = edges[0]!.target;
fs.writeFileSync(bad, `${JSON.stringify({ ...SAMPLE_GRAPH, edges })}\n`);

test.each([
  ['render', ['render', bad, '-f', 'dot']],
  ['merge', ['merge', bad]],
])('%s refuses a graph with a dangling edge: exit 2, the edge named', (_name, args) => {
  const r = cli(args);
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr).toContain(`edges[0].target: "${missing}" is not a node of the graph`);
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
});

test('diff refuses it too (with the exit code diff gives any invalid graph, see test/eval-cli.test.ts)', () => {
  const r = cli(['diff', good, bad]);
  expect(r.code).not.toBe(0);
  expect(r.stdout).toBe('');
  expect(r.stderr).toContain(`edges[0].target: "${missing}" is not a node of the graph`);
});

test('eval refuses a --pred graph with a dangling edge (with the exit code eval gives any invalid --pred)', () => {
  const r = cli(['eval', '--gold', 'fixtures/news', '--pred', bad]);
  expect(r.code).not.toBe(0);
  expect(r.stderr).toContain(`"${missing}" is not a node of the graph`);
});

test('the good graph renders (exit 0)', () => {
  expect(cli(['render', good, '-f', 'dot']).code).toBe(0);
});
