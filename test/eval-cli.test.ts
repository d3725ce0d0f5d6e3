/** `extract eval` and `extract diff` through the built binary: exit codes, stdout/stderr, JUnit, baselines. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Graph } from '../src/index.js';
import { cli } from './helpers/cli.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'extract-eval-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

interface EvalJson {
  areas: Record<string, { f1: number }>;
  accuracy: Record<string, { rate: number | null }>;
  details: { doc: string; spurious: { item: string; rules: string[] }[] }[];
  pass: boolean;
}

let fixtureScores: EvalJson;
/** the gold files bundled with the fixtures (one document each) */
const GOLDS = fs.readdirSync('fixtures/news').filter((f) => f.endsWith('.gold.json')).length;

describe('extract eval', () => {
  test('on the fixtures (fixtures/ recursed for *.gold.json): table on stdout, spurious items carry rule ids, exit 0', () => {
    const r = cli(['eval', '--gold', 'fixtures/']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^area {11}P {6}R {6}F1 {5}tp {2}fp {2}fn\nperson /);
    expect(r.stdout).toMatch(/^entities +\d\.\d{3} {2}\d\.\d{3} {2}\d\.\d{3}/m);
    expect(r.stdout).toMatch(/^dateValue +accuracy /m);
    expect(r.stdout).toMatch(/^# 000_3e3b864d0be11ddf\.txt$/m);
    expect(r.stdout).toMatch(/^ {2}spurious {2}\S.* {2}\[[a-z]+\/[a-z-]+/m);
    expect(r.stderr).toMatch(new RegExp(`^OK ${GOLDS} document\\(s\\): entities \\d\\.\\d{3}`, 'm'));
  });

  test('--json; a threshold at the measured score passes, one just above fails (exit 1)', () => {
    const r = cli(['eval', '--gold', 'fixtures/news', '--json']);
    expect(r.code).toBe(0);
    fixtureScores = JSON.parse(r.stdout) as EvalJson;
    const f1 = fixtureScores.areas.entities!.f1;
    expect(fixtureScores.details).toHaveLength(GOLDS);
    const at = Math.floor(f1 * 1000) / 1000;
    expect(cli(['eval', '--gold', 'fixtures/news', '--min', `entities=${at}`]).code).toBe(0);
    if (f1 < 0.999) {
      const above = cli(['eval', '--gold', 'fixtures/news', '--min', `entities=${(at + 0.001).toFixed(3)}`, '-q']);
      expect(above.code).toBe(1);
      expect(above.stderr).toMatch(/BELOW_THRESHOLD entities \d\.\d{3} < /);
    }
  });

  test('the issue gate: --min entities=0.9 on the fixtures agrees with the measured score', () => {
    const r = cli(['eval', '--gold', 'fixtures/', '--min', 'entities=0.9']);
    expect(r.code).toBe(fixtureScores.areas.entities!.f1 >= 0.9 ? 0 : 1);
  });

  test('the broken rule set fails --min entities=0.9 (exit 1) and the JUnit report names the area', () => {
    const junit = path.join(tmp, 'out.xml');
    const r = cli(['eval', '--gold', 'fixtures/news', '--rules-dir', 'fixtures/broken-rules', '--min', 'entities=0.9', '--junit', junit]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/BELOW_THRESHOLD entities 0\.\d{3} < 0\.9/);
    const xml = fs.readFileSync(junit, 'utf8');
    expect(xml).toMatch(
      /<testcase classname="extract.eval.threshold" name="entities &gt;= 0.9">\s*<failure message="entities below threshold/,
    );
    expect(xml).toMatch(/failures="1"/);
  });

  test('baseline: written only with --update-baseline; a regression beyond the tolerance exits 1', () => {
    const base = path.join(tmp, 'baseline.json');
    expect(cli(['eval', '--gold', 'fixtures/news', '--baseline', base]).code).toBe(2); // missing file
    expect(fs.existsSync(base)).toBe(false);
    expect(cli(['eval', '--gold', 'fixtures/news', '--baseline', base, '--update-baseline']).code).toBe(0);
    const written = JSON.parse(fs.readFileSync(base, 'utf8')) as EvalJson;
    expect(Object.keys(written)).toEqual(['areas', 'accuracy']);
    expect(cli(['eval', '--gold', 'fixtures/news', '--baseline', base]).code).toBe(0);
    const raised = { ...written, areas: { ...written.areas, person: { f1: Math.min(1, written.areas.person!.f1 + 0.05) } } };
    fs.writeFileSync(base, JSON.stringify(raised));
    const r = cli(['eval', '--gold', 'fixtures/news', '--baseline', base, '--tolerance', '0.01']);
    expect(r.code).toBe(written.areas.person!.f1 < 0.99 ? 1 : 0);
    if (r.code === 1) expect(r.stderr).toMatch(/REGRESSION person F1 .* vs baseline/);
  });

  test('--pred scores a given graph; an invalid graph is a usage error: one line, exit 2', () => {
    const g = path.join(tmp, 'g.json');
    fs.writeFileSync(g, cli(['fixtures/news/000_3e3b864d0be11ddf.txt', '--doc-date', '2019-02-12']).stdout);
    const r = cli(['eval', '--gold', 'fixtures/news/000_3e3b864d0be11ddf.gold.json', '--pred', g, '--json']);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as EvalJson).details.map((d) => d.doc)).toEqual(['000_3e3b864d0be11ddf.txt']);
    fs.writeFileSync(g, JSON.stringify({ version: '1.0', nodes: [] }));
    const bad = cli(['eval', '--gold', 'fixtures/news/000_3e3b864d0be11ddf.gold.json', '--pred', g]);
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toMatch(/^extract: USAGE --pred \S+ is not a valid graph: [^\n]+\n$/);
    expect(bad.stderr).toContain(g);
  });

  test('a bad gold file: "extract: GOLD_INVALID file: path: message", exit 2, nothing on stdout', () => {
    const dir = path.join(tmp, 'golds');
    fs.mkdirSync(dir);
    const gold = JSON.parse(fs.readFileSync('fixtures/news/000_3e3b864d0be11ddf.gold.json', 'utf8')) as { leaders: { current: unknown }[] };
    gold.leaders[0]!.current = 'yes';
    const file = path.join(dir, 'x.gold.json');
    fs.writeFileSync(file, JSON.stringify(gold));
    const r = cli(['eval', '--gold', dir]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`extract: GOLD_INVALID ${file}: leaders[0].current: must be boolean\n`);
  });

  test('usage errors exit 2', () => {
    expect(cli(['eval']).code).toBe(2);
    expect(cli(['eval', '--gold', 'fixtures/news', '--min', 'entity=0.9']).stderr).toMatch(/unknown area "entity"/);
    expect(cli(['eval', '--gold', 'fixtures/news', '--min', 'entities=2']).code).toBe(2);
    expect(cli(['eval', '--gold', 'fixtures/news', '--update-baseline']).code).toBe(2);
    expect(cli(['eval', '--gold', 'nowhere/']).code).toBe(2);
    expect(cli(['eval', '--gold', 'fixtures/news', '--pred', 'g.json', '--rules-dir', 'rules/en']).code).toBe(2);
  });
});

describe('extract diff', () => {
  const a = path.join(tmp, 'a.json');
  const b = path.join(tmp, 'b.json');
  const graph = JSON.parse(fs.readFileSync('fixtures/news/000_3e3b864d0be11ddf.graph.json', 'utf8')) as Graph;
  const withEdges: Graph = {
    ...graph,
    edges: [
      {
        id: 'leader_of:person:shinzo-abe->country:JP',
        type: 'leader_of',
        source: 'person:shinzo-abe',
        target: 'country:JP',
        attributes: { role: 'Prime Minister', current: true },
        evidence: [{ doc: 'd1', start: 0, end: 5, text: 'Prime Minister', rule: 'leader/title-name' }],
      },
    ],
  };

  test('a graph against itself: exit 0, nothing on stdout or stderr', () => {
    fs.writeFileSync(a, JSON.stringify(withEdges));
    const r = cli(['diff', a, a]);
    expect([r.code, r.stdout, r.stderr]).toEqual([0, '', '']);
  });

  test('one edge removed: exit 1, the edge and its rule are named', () => {
    fs.writeFileSync(b, JSON.stringify({ ...withEdges, edges: [] }));
    const r = cli(['diff', a, b]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('- edge removed leader_of:person:shinzo-abe->country:JP');
    expect(r.stdout).toContain('rule leader/title-name');
    expect(r.stdout).not.toMatch(/\u001b\[/);
    const json = JSON.parse(cli(['diff', a, b, '--json']).stdout) as { equal: boolean; items: { id: string; rules: string[] }[] };
    expect(json.equal).toBe(false);
    expect(json.items).toEqual([expect.objectContaining({ id: 'leader_of:person:shinzo-abe->country:JP', rules: ['leader/title-name'] })]);
    expect(cli(['diff', a, b], { env: { NO_COLOR: '', FORCE_COLOR: '1' } }).stdout).toMatch(/\u001b\[/);
  });

  test('unreadable input and an invalid graph are usage errors: one line, exit 2', () => {
    expect(cli(['diff', a, path.join(tmp, 'missing.json')]).code).toBe(2);
    fs.writeFileSync(b, '{"nodes": 1}');
    const r = cli(['diff', a, b]);
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toMatch(/^extract: USAGE \S+ is not a valid graph: [^\n]+\n$/);
    expect(r.stderr).toContain(b);
    // a dangling edge (referential integrity) is an invalid graph too
    const g = JSON.parse(fs.readFileSync(a, 'utf8')) as { edges: { source: string }[] };
    g.edges[0]!.source = 'person:nobody-at-all';
    fs.writeFileSync(b, JSON.stringify(g));
    const d = cli(['diff', a, b]);
    expect([d.code, d.stdout]).toEqual([2, '']);
    expect(d.stderr).toMatch(/^extract: USAGE .* is not a valid graph: .*is not a node of the graph\n$/);
  });
});
