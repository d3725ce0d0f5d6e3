/** Issue 19 point 14 (CLI): `merge -f html` takes --texts-from, as its hint says; the report of a real article shows no raw entities or mojibake. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cli } from './helpers/cli.js';

const ARTICLE = path.resolve('fixtures/news/104_modi-china-visit.txt');

test('merge -f html --texts-from DIR highlights the documents; without the texts the note names a command that works', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'merge-html-'));
  fs.mkdirSync(path.join(dir, 'news'));
  fs.copyFileSync(ARTICLE, path.join(dir, 'news', 'a.txt'));
  const part = cli(['news/a.txt', '-f', 'jsonl', '-q', '--doc-date', '2015-05-14'], { cwd: dir });
  expect(part.code).toBe(0);
  fs.writeFileSync(path.join(dir, 'part.jsonl'), part.stdout);
  const elsewhere = fs.mkdtempSync(path.join(os.tmpdir(), 'merge-html-cwd-'));

  const bare = cli(['merge', path.join(dir, 'part.jsonl'), '-f', 'html', '-q'], { cwd: elsewhere });
  expect(bare.code).toBe(0);
  expect(bare.stdout).toContain('extract merge … -f html --texts-from DIR');

  const withTexts = cli(['merge', path.join(dir, 'part.jsonl'), '-f', 'html', '--texts-from', dir], { cwd: elsewhere });
  expect(withTexts.stderr).not.toMatch(/unknown option/);
  expect(withTexts.code).toBe(0);
  expect(withTexts.stdout).toContain('<div class="text">');
  expect(withTexts.stdout).not.toContain('was not available');
  const body = withTexts.stdout.slice(withTexts.stdout.indexOf('<main>'));
  expect(body).not.toMatch(/\u00c2|&amp;#x27;|&amp;quot;/);
  expect(body).toContain('Narendra Modi');
  expect(cli(['merge', '--help']).stdout + cli(['merge', '--help']).stderr).toContain('--texts-from');
});
