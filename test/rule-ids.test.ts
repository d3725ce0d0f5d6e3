/**
 * Stage code names the rules it implements by id: every such id must have a record in rules/
 * (so `active: false` and params reach the code), and every record must be run by something.
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadRules } from '../src/index.js';
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

/** Ids stage code names that still lack a record. This list may only shrink; the target is empty. */
const KNOWN_WITHOUT_RECORD: string[] = [];

test('every rule id named in src/ has a record in rules/', () => {
  const missing = [...named]
    .filter(([id]) => !rules.byId.has(id) && !KNOWN_WITHOUT_RECORD.includes(id))
    .map(([id, files]) => `${id} (${[...new Set(files)].join(', ')})`);
  expect(missing).toEqual([]);
  for (const id of KNOWN_WITHOUT_RECORD) expect({ id, hasRecord: rules.byId.has(id) }).toEqual({ id, hasRecord: false }); // drop an entry once it has one
});

test('every extractor rule is named by the code that implements it (patterns and regexes run from the file)', () => {
  // meeting rules are not named by id: each record runs one meeting step (its callback and outcome param);
  // entity rules are stamped by the engine from the record that maps the extractor's outcome
  // (engine/rule-ref.ts stampOf); rules.test.ts proves each fires on its examples
  const step = (r: (typeof rules.rules)[number]): boolean => STEP_KEYS.some((k) => runsStep(r, k));
  const unnamed = rules.rules
    .filter((r) => r.pattern === undefined && r.regex === undefined && r.stage !== 'entities' && !named.has(r.id) && !step(r))
    .map((r) => r.id);
  expect(unnamed).toEqual([]);
});

test('no meeting rule id is typed in src/: the engine stamps the id of the record that runs each step', () => {
  expect([...named.keys()].filter((id) => id.startsWith('meeting/'))).toEqual([]);
});

test('every meeting step is run by exactly one record, and every meeting record runs exactly one step', () => {
  const meeting = rules.rules.filter((r) => r.family === 'meeting');
  for (const k of STEP_KEYS) expect({ step: k, records: meeting.filter((r) => runsStep(r, k)).length }).toEqual({ step: k, records: 1 });
  for (const r of meeting) expect({ id: r.id, steps: STEP_KEYS.filter((k) => runsStep(r, k)).length }).toEqual({ id: r.id, steps: 1 });
});

test('entity and alias code names no rule id: the engine stamps the id of the record', () => {
  const stamped = [...named].filter(([, files]) => files.some((f) => /^src[\\/](entities|aliases)[\\/]/.test(f))).map(([id]) => id);
  expect(stamped).toEqual([]);
});
