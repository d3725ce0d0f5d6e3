/** Spawns the real binary: stdout is one valid graph, stderr is for people, exit codes mean something. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { validateGraph, type Graph } from '../src/index.js';
import { cli } from './helpers/cli.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'extract-cli-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

test('extract fixtures/ prints one valid graph with every fixture document', () => {
  const r = cli(['fixtures/news']);
  expect(r.code).toBe(0);
  const g = JSON.parse(r.stdout) as Graph;
  expect(validateGraph(g)).toEqual([]);
  const texts = fs.readdirSync('fixtures/news').filter((f) => f.endsWith('.txt'));
  expect(g.documents.length).toBe(texts.length);
  expect(r.stdout.trim().split('\n').length).toBe(1);
});

test('two runs are byte-identical', () => {
  expect(cli(['fixtures/news']).stdout).toBe(cli(['fixtures/news']).stdout);
});

test('--pretty indents; --out writes the file and nothing to stdout', () => {
  const out = path.join(tmp, 'g.json');
  const r = cli(['fixtures/news/000_3e3b864d0be11ddf.txt', '--pretty', '--out', out]);
  expect(r.code).toBe(0);
  expect(r.stdout).toBe('');
  expect(fs.readFileSync(out, 'utf8')).toMatch(/^\{\n {2}"version": "1.0"/);
});

test('stdin with -', () => {
  const r = cli(['-', '--doc-date', '2024-03-06'], { input: 'Danish Prime Minister Ada Morrow met Keld Varno in Oslo on Friday.' });
  expect(r.code).toBe(0);
  const g = JSON.parse(r.stdout) as Graph;
  expect(g.documents[0]!.date).toBe('2024-03-06');
  expect(g.documents[0]!.dateSource).toBe('option');
});

test('a missing path is an error entry, the rest is processed, exit 1', () => {
  const r = cli(['fixtures/news/000_3e3b864d0be11ddf.txt', path.join(tmp, 'nope.txt')]);
  expect(r.code).toBe(1);
  const g = JSON.parse(r.stdout) as Graph;
  expect(g.documents.length).toBe(1);
  expect(g.errors.map((e) => e.code)).toEqual(['NOT_FOUND']);
  expect(r.stderr).toMatch(/NOT_FOUND .*nope\.txt/);
});

test('a binary file is NOT_TEXT', () => {
  const bin = path.join(tmp, 'image.txt');
  fs.writeFileSync(bin, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3]));
  const r = cli([bin]);
  expect(r.code).toBe(1);
  expect((JSON.parse(r.stdout) as Graph).errors[0]!.code).toBe('NOT_TEXT');
});

test('bad options exit 2 with one line on stderr', () => {
  const bad = cli(['fixtures/news', '--doc-date', '2019-02-30']);
  expect(bad.code).toBe(2);
  expect(bad.stdout).toBe('');
  expect(bad.stderr.trim().split('\n')).toHaveLength(1);
  expect(bad.stderr).toMatch(/BAD_DATE/);
  expect(cli(['--no-such-flag']).code).toBe(2);
  expect(cli([]).code).toBe(2);
});

test('--version and --help go to stdout and exit 0', () => {
  const v = cli(['--version']);
  expect(v.code).toBe(0);
  expect(v.stdout).toMatch(/^\d/);
  const h = cli(['--help']);
  expect(h.code).toBe(0);
  expect(h.stdout).toMatch(/Examples:/);
});

test('rules list names every rule', () => {
  const r = cli(['rules', 'list', '--json']);
  expect(r.code).toBe(0);
  const list = JSON.parse(r.stdout) as { id: string }[];
  expect(list.map((x) => x.id)).toContain('person/title-name');
});
