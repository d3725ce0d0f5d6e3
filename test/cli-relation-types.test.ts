/**
 * Open relation types through the built binary (issue 14 point 5): a graph made with a user's
 * rule file that declares `signed_agreement_with` (examples/rules/agreements.rules.json) carries
 * the declaration (generator.relationTypes), so every command that reads a saved graph accepts
 * it and still checks it: render in every format, diff, merge (JSON and JSON Lines parts), eval --pred.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FORMATS, type Graph } from '../src/index.js';
import { cli } from './helpers/cli.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'extract-relation-types-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const RULES = 'examples/rules/agreements.rules.json';
const TYPE = 'signed_agreement_with';
const TEXT =
  'Danish Prime Minister Ada Morrow met Chilean President Keld Varno in Oslo on Friday.\n\nLater, Morrow signed a trade agreement with Varno.\n';
const doc = path.join(tmp, 'agreement.txt');
fs.writeFileSync(doc, TEXT);
const saved = path.join(tmp, 'graph.json');
const plain = path.join(tmp, 'plain.json');

beforeAll(() => {
  expect(cli([doc, '--doc-date', '2024-03-06', '--rules', RULES, '--pretty', '-o', saved, '-q']).code).toBe(0);
  expect(cli([doc, '--doc-date', '2024-03-06', '--pretty', '-o', plain, '-q']).code).toBe(0);
});

const read = (f: string): Graph => JSON.parse(fs.readFileSync(f, 'utf8')) as Graph;

test('the graph declares the type it uses; a graph made without the file declares nothing', () => {
  const g = read(saved);
  expect(g.generator.relationTypes?.map((t) => [t.type, t.source, t.target])).toEqual([
    [TYPE, ['person', 'country'], ['person', 'country']],
  ]);
  expect(g.edges.filter((e) => e.type === TYPE).map((e) => [e.source, e.target])).toEqual([['person:ada-morrow', 'person:keld-varno']]);
  expect(read(plain).generator.relationTypes).toBeUndefined();
});

describe('render: every format writes the user edge', () => {
  const formats = [...FORMATS.keys()];
  test.each(formats.filter((f) => FORMATS.get(f)?.multiFile !== true))('%s', (f) => {
    const r = cli(['render', saved, '-f', f, '-q']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(TYPE);
  });
  test.each(formats.filter((f) => FORMATS.get(f)?.multiFile === true))('%s (a folder)', (f) => {
    const out = path.join(tmp, `render-${f}`);
    const r = cli(['render', saved, '-f', f, '-o', out, '-q']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const all = fs
      .readdirSync(out)
      .map((x) => fs.readFileSync(path.join(out, x), 'utf8'))
      .join('\n');
    expect(all.toLowerCase()).toContain(TYPE);
  });
  test('the run itself writes them too (the formats test/cli-rules.test.ts does not try)', () => {
    for (const f of ['jsonl', 'jgf', 'cytoscape']) {
      const r = cli([doc, '--doc-date', '2024-03-06', '--rules', RULES, '-f', f, '-q']);
      expect({ f, code: r.code }).toEqual({ f, code: 0 });
      expect(r.stdout).toContain(TYPE);
    }
  });
});

test('render still refuses an edge of a type the graph does not declare (exit 2, not 3)', () => {
  const g = read(saved) as unknown as { generator: Record<string, unknown> };
  delete g.generator.relationTypes;
  const p = path.join(tmp, 'undeclared.json');
  fs.writeFileSync(p, JSON.stringify(g));
  const r = cli(['render', p, '-f', 'dot']);
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(/is not a newsgraph graph: graph: edges\[\d+\]\.type: must be equal to one of the allowed values/);
});

test('render refuses a user edge whose ends do not fit its declaration', () => {
  const g = read(saved) as unknown as { edges: { type: string; target: string }[] };
  for (const e of g.edges) if (e.type === TYPE) e.target = 'meeting:d1:1';
  const p = path.join(tmp, 'misfit.json');
  fs.writeFileSync(p, JSON.stringify(g));
  const r = cli(['render', p, '-f', 'dot']);
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(/edges\[\d+\]\.target: must match pattern/);
});

test('diff: the user edge is an added edge (exit 1); a graph against itself is equal (exit 0)', () => {
  const r = cli(['diff', plain, saved]);
  expect(r.code).toBe(1);
  expect(r.stdout).toContain(`+ edge added   ${TYPE}:person:ada-morrow->person:keld-varno`);
  expect(r.stdout).toContain('rule agreement/signed-with');
  expect(cli(['diff', saved, saved]).code).toBe(0);
});

test('merge: JSON Lines parts and JSON graph parts keep the type and its declaration', () => {
  const part = path.join(tmp, 'part.jsonl');
  const r = cli([doc, '--doc-date', '2024-03-06', '--rules', RULES, '-f', 'jsonl', '-o', part, '-q']);
  expect(r.code).toBe(0);
  const header = JSON.parse(fs.readFileSync(part, 'utf8').split('\n')[0]!) as { generator: Graph['generator'] };
  expect(header.generator.relationTypes?.map((t) => t.type)).toEqual([TYPE]);
  for (const input of [part, saved]) {
    const m = cli(['merge', input, '--pretty']);
    expect(m.stderr).toBe('');
    expect(m.code).toBe(0);
    const g = JSON.parse(m.stdout) as Graph;
    expect(g.edges.filter((e) => e.type === TYPE)).toHaveLength(1);
    expect(g.generator.relationTypes?.map((t) => t.type)).toEqual([TYPE]);
    expect(cli(['merge', input, '-f', 'dot']).stdout).toContain(TYPE);
  }
});

test('eval --pred scores a graph with a user edge type (and eval --rules extracts with it)', () => {
  const gold = {
    doc: 'agreement.txt',
    docDate: '2024-03-06',
    entities: [
      { id: 'morrow', type: 'person', name: 'Ada Morrow', aliases: ['Morrow'] },
      { id: 'varno', type: 'person', name: 'Keld Varno', aliases: ['Varno'] },
    ],
    leaders: [],
    affiliations: [],
    meetings: [],
    dates: [],
  };
  fs.writeFileSync(path.join(tmp, 'agreement.gold.json'), JSON.stringify(gold, null, 2));
  const r = cli(['eval', '--gold', path.join(tmp, 'agreement.gold.json'), '--pred', saved, '--json']);
  expect(r.stderr).not.toMatch(/OUTPUT_INVALID|USAGE/);
  expect(r.code).not.toBe(2);
  expect(r.code).not.toBe(3);
  expect((JSON.parse(r.stdout) as { areas: Record<string, unknown> }).areas).toHaveProperty('entities');
  const s = cli(['eval', '--gold', path.join(tmp, 'agreement.gold.json'), '--rules', RULES, '--json']);
  expect(s.code).not.toBe(2);
  expect(s.code).not.toBe(3);
});
