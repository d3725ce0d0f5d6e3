/**
 * The engine stamps entity outputs with the id of the rule record that maps the extractor's named
 * outcome: the outcome names are declared once (registry), each is mapped by one bundled record, and
 * `active: false` (or a dropped record) switches what it produces off.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defaultRulesDir, extractText, loadRules, RunError } from '../../../src/index.js';
import { CALLBACKS, findCallback } from '../../../src/engine/registry.js';
import { outcomeOn, outcomeRecord, stampOf, UNMAPPED } from '../../../src/engine/rule-ref.js';
import { ENTITY_OUTCOMES, SINGLE_RECORD_EXTRACTORS } from '../../../src/entities/outcomes.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'outcomes-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
const bundled = loadRules();

/** A copy of rules/ with one record of `file` patched (or removed, for patch null). */
function copyWith(name: string, file: string, id: string, patch: Record<string, unknown> | null): string {
  const dir = path.join(tmp, name);
  fs.cpSync(defaultRulesDir(), dir, { recursive: true });
  const p = path.join(dir, file);
  const data = JSON.parse(fs.readFileSync(p, 'utf8')) as { rules: Record<string, unknown>[] };
  data.rules = data.rules.flatMap((r) => (r.id !== id ? [r] : patch === null ? [] : [{ ...r, ...patch }]));
  fs.writeFileSync(p, `${JSON.stringify(data, null, 2)}\n`);
  return dir;
}

const stamps = (text: string, rulesDir?: string): string[] =>
  extractText(text, rulesDir ? { rulesDir } : {})
    .nodes.flatMap((n) => n.mentions.map((m) => `${n.id} ${m.text} ${m.rule}`))
    .sort();

test('the outcomes entity code reports are the ones the registry declares', () => {
  for (const [name, outcomes] of Object.entries(ENTITY_OUTCOMES)) expect(findCallback('extractor', name)?.outcomes).toEqual(outcomes);
  const entityExtractors = CALLBACKS.filter((c) => c.kind === 'extractor' && c.stages.includes('entities'));
  expect(entityExtractors.filter((c) => c.outcomes === undefined).map((c) => c.name)).toEqual([...SINGLE_RECORD_EXTRACTORS]);
});

test('every declared outcome is mapped by exactly one bundled record, and every entity record maps one', () => {
  for (const [name, outcomes] of Object.entries(ENTITY_OUTCOMES))
    for (const o of outcomes) expect({ o, id: outcomeRecord(bundled, name, o)?.extractor }).toEqual({ o, id: name });
  for (const name of SINGLE_RECORD_EXTRACTORS) expect(bundled.rules.filter((r) => r.extractor === name)).toHaveLength(1);
  for (const r of bundled.rules.filter((x) => x.stage === 'entities'))
    expect(outcomeRecord(bundled, r.extractor ?? '', r.outcome)?.id).toBe(r.id);
});

test('stampOf gives the id of the record; an outcome no record maps is stamped unmapped and is off', () => {
  expect(stampOf(bundled, 'chunks', 'title-name')).toBe('person/title-name');
  expect(stampOf(bundled, 'sports-teams')).toBe('organization/sports-team');
  expect(outcomeOn(bundled, 'sports-teams')).toBe(true);
  const dropped = loadRules(copyWith('dropped', 'person.rules.json', 'person/title-name', null));
  expect(stampOf(dropped, 'chunks', 'title-name')).toBe(`${UNMAPPED}chunks/title-name`);
  expect(outcomeOn(dropped, 'chunks', 'title-name')).toBe(false);
});

test('active: false on an entity rule switches off what it stamps, and only that', () => {
  const text = 'Officials of the Varnic Trade Council met on Monday. Prime Minister Ada Morrow arrived.';
  expect(stamps(text)).toEqual(
    expect.arrayContaining([
      'organization:varnic-trade-council Varnic Trade Council organization/name-head',
      'person:ada-morrow Ada Morrow person/title-name',
    ]),
  );
  const off = copyWith('org-off', 'organization.rules.json', 'organization/name-head', { active: false });
  const got = stamps(text, off);
  expect(got.some((s) => s.includes('organization/name-head'))).toBe(false);
  expect(got).toContain('person:ada-morrow Ada Morrow person/title-name');
});

test('active: false on a single-record step (sports teams) skips the step', () => {
  const text = 'SOCCER - RESULTS. Ardley 2 Kestow 1. Ardley lead the table.';
  const off = copyWith('teams-off', 'organization.rules.json', 'organization/sports-team', { active: false });
  expect(stamps(text, off).some((s) => s.includes('organization/sports-team'))).toBe(false);
});

test('an unknown, missing or doubly mapped outcome is RULES_INVALID', () => {
  const unknown = copyWith('unknown', 'person.rules.json', 'person/byline', { outcome: 'bylin' });
  expect(() => loadRules(unknown)).toThrow(RunError);
  expect(() => loadRules(unknown)).toThrow(
    /person\.rules\.json:\d+: rules\[\d+\]\.outcome: unknown outcome "bylin" of extractor "chunks" \(did you mean "byline"\?\)/,
  );
  const missing = copyWith('missing', 'person.rules.json', 'person/byline', { outcome: undefined });
  expect(() => loadRules(missing)).toThrow(/extractor "chunks" reports named outcomes: say which one this rule maps/);
  const twice = copyWith('twice', 'person.rules.json', 'person/byline', { outcome: 'speaker' });
  expect(() => loadRules(twice)).toThrow(/outcome "chunks\/speaker" is already mapped by person\/(speaker|byline)/);
  const stray = copyWith('stray', 'organization.rules.json', 'organization/sports-team', { outcome: 'teams' });
  expect(() => loadRules(stray)).toThrow(/extractor "sports-teams" reports no named outcomes/);
});
