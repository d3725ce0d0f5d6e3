/** The output side of the CLI: formats, folders, render, explain, the summary and colours. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FORMATS, validateGraph, type Graph } from '../src/index.js';
import { cli } from './helpers/cli.js';
import { parseCsv } from './helpers/csv.js';
import { SAMPLE_GRAPH, SAMPLE_PATH, SAMPLE_TEXT } from './helpers/sample-graph.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'extract-formats-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
const ONE = 'fixtures/news/000_3e3b864d0be11ddf.txt';

test.each([...FORMATS.values()].filter((f) => f.multiFile !== true).map((f) => f.name))(
  '--format %s writes to stdout, summary to stderr',
  (name) => {
    const r = cli([ONE, '--format', name]);
    expect(r.code).toBe(0);
    expect(r.stdout.length).toBeGreaterThan(100);
    expect(r.stdout).not.toMatch(/documents? in|\u001b\[/);
    expect(r.stderr).toMatch(/1 document in .*\n {2}entities +person \d+/);
  },
);

test('--format neo4j needs --out DIR (exit 2, nothing read or written)', () => {
  const r = cli([ONE, '--format', 'neo4j']);
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr).toMatch(/USAGE .*--out DIR/);
});

test('--format neo4j --out DIR writes nodes.csv and relationships.csv', () => {
  const dir = path.join(tmp, 'neo');
  const r = cli(['fixtures/news', '--format', 'neo4j', '--out', dir, '--quiet']);
  expect(r.code).toBe(0);
  expect(r.stderr).toBe('');
  expect(fs.readdirSync(dir).sort()).toEqual(['nodes.csv', 'relationships.csv']);
  expect(parseCsv(fs.readFileSync(path.join(dir, 'nodes.csv'), 'utf8'))[0]!.slice(0, 2)).toEqual(['id:ID', ':LABEL']);
  expect(parseCsv(fs.readFileSync(path.join(dir, 'relationships.csv'), 'utf8'))[0]!.slice(0, 3)).toEqual([':START_ID', ':END_ID', ':TYPE']);
});

test('an unknown format is a usage error', () => {
  const r = cli([ONE, '--format', 'pdf']);
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
});

test('--format html reads the documents and highlights their mentions', () => {
  const out = path.join(tmp, 'report.html');
  const r = cli(['fixtures/news', '--format', 'html', '--out', out]);
  expect(r.code).toBe(0);
  const html = fs.readFileSync(out, 'utf8');
  expect(html).toMatch(/<mark class="t-country" title="country:JP \(country\)[^"]*">Japan<\/mark>/);
  expect(html).not.toContain('was not available');
});

test('render: a saved graph to html, with the texts found by --texts-from', () => {
  const dir = path.join(tmp, 'saved');
  fs.mkdirSync(path.join(dir, 'texts', 'news'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'texts', SAMPLE_PATH), SAMPLE_TEXT);
  fs.writeFileSync(path.join(dir, 'graph.json'), JSON.stringify(SAMPLE_GRAPH));
  const r = cli(['render', path.join(dir, 'graph.json'), '--format', 'html', '--texts-from', path.join(dir, 'texts')]);
  expect(r.code).toBe(0);
  expect(r.stdout).toContain('<mark class="t-place" title="place:oslo (place) · place/gazetteer">Oslo</mark> on Friday.');
  expect(r.stderr).toMatch(/changed since the graph was made/);
  const bare = cli(['render', path.join(dir, 'graph.json'), '--format', 'html']);
  expect(bare.code).toBe(0);
  expect(bare.stdout).toContain('was not available');
  expect(bare.stderr).toMatch(/--texts-from/);
});

test('render: any format from a saved graph or stdin; a non-graph is refused', () => {
  const saved = cli([ONE]).stdout;
  const viaStdin = cli(['render', '-', '--format', 'json', '--pretty'], { input: saved });
  expect(viaStdin.code).toBe(0);
  expect(validateGraph(JSON.parse(viaStdin.stdout) as Graph)).toEqual([]);
  expect(cli(['render', '-', '--format', 'dot'], { input: saved }).stdout).toMatch(/^digraph/);
  const bad = cli(['render', '-', '--format', 'dot'], { input: '{"nodes": 3}' });
  expect(bad.code).toBe(2);
  expect(bad.stdout).toBe('');
});

test('explain prints the document with the rules that fired', () => {
  const r = cli(['explain', '-', '--doc-date', '2024-03-06'], { input: 'The Danish Prime Minister Ada Morrow flew to Oslo on Friday.' });
  expect(r.code).toBe(0);
  expect(r.stdout).toMatch(/\[Danish\]\(country:DK\)/);
  expect(r.stdout).toMatch(/── rules that fired: \d+ ──\n[a-z-]+\/[a-z-]+ \(\d+\)\n/);
  expect(r.stdout).toMatch(/rules that did not fire/);
  expect(r.stdout).toMatch(/country\/demonym \(1\)\n +\[4, 10\) "Danish" → country:DK/);
  expect(cli(['explain', ONE]).stdout).toMatch(/^fixtures\/news\/000_3e3b864d0be11ddf\.txt\n {2}d1 · 2852 characters/);
});

test('summary: --quiet silences it; NO_COLOR plain; FORCE_COLOR colours it', () => {
  expect(cli([ONE, '--quiet']).stderr).toBe('');
  expect(cli([ONE]).stderr).not.toMatch(/\u001b\[/);
  const forced = cli([ONE], { env: { NO_COLOR: '', FORCE_COLOR: '1' } });
  expect(forced.stderr).toMatch(/\u001b\[/);
  expect(forced.stdout).not.toMatch(/\u001b\[/);
});

test('no progress bar when stderr is not a terminal', () => {
  const r = cli(['fixtures/news']);
  expect(r.stderr).not.toMatch(/extracting/);
});
