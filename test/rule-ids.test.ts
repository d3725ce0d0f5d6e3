/**
 * Stage code names the rules it implements by id: every such id must have a record in rules/
 * (so `active: false` and params reach the code), and every record must be run by something.
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadRules, type Graph } from '../src/index.js';
import { runsStep, STEP_KEYS } from '../src/relations/meetings/steps.js';

const rules = loadRules();
const families = [...new Set(rules.rules.map((r) => r.family))];
const ID = new RegExp(`['"\`]((?:${families.join('|')})/[a-z0-9-]+)['"\`]`, 'g');

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((f) => {
    const p = path.join(dir, f.name);
    return f.isDirectory() ? sources(p) : f.name.endsWith('.ts') ? [p] : [];
  });
}

const named = new Map<string, string[]>();
for (const file of sources('src')) {
  const text = fs.readFileSync(file, 'utf8');
  for (const m of text.matchAll(ID)) named.set(m[1]!, [...(named.get(m[1]!) ?? []), file]);
}

test('every rule id named in src/ has a record in rules/', () => {
  const missing = [...named].filter(([id]) => !rules.byId.has(id)).map(([id, files]) => `${id} (${[...new Set(files)].join(', ')})`);
  expect(missing).toEqual([]);
});

/** Every id on every mention and edge of the golden graphs (its `rule` and `via` chain): ids built at run time too. */
test("every rule id stamped on the fixtures' output has a record in rules/", () => {
  const dir = 'fixtures/news';
  const stamped = new Map<string, string>();
  for (const f of fs.readdirSync(dir).filter((x) => x.endsWith('.graph.json'))) {
    const g = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as Graph;
    const marks = [...g.nodes.flatMap((n) => n.mentions), ...g.edges.flatMap((e) => e.evidence)];
    for (const m of marks) for (const id of [m.rule ?? '', ...(m.via ?? [])]) if (!stamped.has(id)) stamped.set(id, f);
  }
  expect(stamped.size).toBeGreaterThan(50);
  const missing = [...stamped].filter(([id]) => !rules.byId.has(id)).map(([id, f]) => `${id} (first in ${f})`);
  expect(missing).toEqual([]);
});

/** Extractors the engine runs from their records (edgeRuleIds: the records give the ids the code stamps). */
const runFromRecords = new Set(
  [
    ...fs
      .readFileSync('src/relations/index.ts', 'utf8')
      .matchAll(/\[\s*'([a-z-]+)',\s*[A-Za-z]+\s*\]|edgeRuleIds\([^,]+,\s*'([a-z-]+)'\)/g),
  ].map((m) => m[1] ?? m[2]!),
);

test('the relation extractors take their ids from the records: no rule id literal in src/relations/ outside meetings', () => {
  expect([...runFromRecords].sort()).toEqual(
    [
      'context-country',
      'counterpart',
      'definite-description',
      'entity-country',
      'late-remembered',
      'possessive-role',
      'predecessor',
    ].sort(),
  );
  const literals = [...named].flatMap(([id, files]) =>
    files.filter((f) => /src[\\/](relations|aliases)[\\/]/.test(f) && !/meetings|within-doc/.test(f)).map((f) => `${id} in ${f}`),
  );
  expect(literals).toEqual([]);
});

test('every extractor rule is named by the code that implements it, or run from its record (patterns and regexes run from the file)', () => {
  // meeting rules are not named by id: each record runs one meeting step (its callback and outcome param);
  // entity rules are stamped by the engine from the record that maps the extractor's outcome
  // (engine/rule-ref.ts stampOf); rules.test.ts proves each fires on its examples
  const step = (r: (typeof rules.rules)[number]): boolean => STEP_KEYS.some((k) => runsStep(r, k));
  const unnamed = rules.rules
    .filter(
      (r) =>
        r.pattern === undefined &&
        r.regex === undefined &&
        r.stage !== 'entities' &&
        !named.has(r.id) &&
        !step(r) &&
        !(r.extractor !== undefined && runFromRecords.has(r.extractor)),
    )
    .map((r) => r.id);
  expect(unnamed).toEqual([]);
});

test('no meeting rule id is typed in src/: the engine stamps the id of the record that runs each step', () => {
  expect([...named.keys()].filter((id) => id.startsWith('meeting/'))).toEqual([]);
});

test('every meeting step is run by exactly one record, and every meeting record runs exactly one step', () => {
  const meeting = rules.rules.filter((r) => r.family === 'meeting');
  // the triggers callback runs every record that names it, each stamping its own id (relations/meetings/triggers.ts,
  // docs/rules.md "Trigger patterns"): a trigger step has at least one record, every other step exactly one
  for (const k of STEP_KEYS) {
    const n = meeting.filter((r) => runsStep(r, k)).length;
    expect({ step: k, records: k[0] === 'triggers' ? Math.min(n, 1) : n }).toEqual({ step: k, records: 1 });
  }
  for (const r of meeting) expect({ id: r.id, steps: STEP_KEYS.filter((k) => runsStep(r, k)).length }).toEqual({ id: r.id, steps: 1 });
});

test('entity and alias code names no rule id: the engine stamps the id of the record', () => {
  const stamped = [...named].filter(([, files]) => files.some((f) => /^src[\\/](entities|aliases)[\\/]/.test(f))).map(([id]) => id);
  expect(stamped).toEqual([]);
});
