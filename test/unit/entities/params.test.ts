/**
 * The windows and thresholds of the entity stage are params of the rule records that use them
 * (declared with type, bounds and default in src/engine/registry.ts, stated in rules/*.rules.json):
 * a value in a --rules-dir copy drives the code, and a bad value is RULES_INVALID file:line, exit 2.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defaultRulesDir, extractText, loadRules } from '../../../src/index.js';
import { findCallback } from '../../../src/engine/registry.js';
import { cli } from '../../helpers/cli.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'entity-params-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** A copy of rules/ with `params` merged into the record `id` of `file`. */
function withParams(file: string, id: string, params: Record<string, unknown>): string {
  const dir = path.join(tmp, `${id.replace('/', '-')}-${Object.values(params).join('-')}`);
  fs.cpSync(defaultRulesDir(), dir, { recursive: true });
  const p = path.join(dir, file);
  const data = JSON.parse(fs.readFileSync(p, 'utf8')) as { rules: { id: string; params?: Record<string, unknown> }[] };
  data.rules = data.rules.map((r) => (r.id === id ? { ...r, params: { ...(r.params ?? {}), ...params } } : r));
  fs.writeFileSync(p, `${JSON.stringify(data, null, 2)}\n`);
  return dir;
}

/** `node-id text rule` for every mention. */
function found(text: string, rulesDir?: string): string[] {
  const g = extractText(text, rulesDir ? { rulesDir } : {});
  return g.nodes.flatMap((n) => n.mentions.map((m) => `${n.id} ${m.text} ${m.rule ?? ''}`));
}

const STATED: readonly (readonly [string, Record<string, number>])[] = [
  ['alias/surname-of-full-name', { kinWindow: 4, longNameWords: 4, minNamePartLength: 3 }],
  ['person/title-name', { titleHolderWindow: 10 }],
  ['person/known-single-name', { headlineCapWords: 2 }],
  ['person/apposition', { maxNameWords: 4 }],
  ['person/speaker', { maxNameWords: 4 }],
  ['person/unknown-full-name', { maxNameWords: 4 }],
  ['person/initial-name', { maxInitialNameWords: 3, minInitialNames: 2 }],
  ['place/after-preposition', { maxPlaceWords: 3 }],
  ['place/dateline', { datelineRegionWords: 3 }],
];

test.each(STATED)('%s states its windows in the rule file, as the registry declares them', (id, params) => {
  const rule = loadRules().byId.get(id)!;
  const declared = findCallback('extractor', rule.extractor!)!.params!;
  for (const [name, value] of Object.entries(params)) {
    expect(rule.params?.[name]).toBe(value);
    expect(declared[name]?.default).toBe(value);
    expect(declared[name]?.type).toBe('integer');
  }
});

test('the sports-teams windows are declared (the record may omit them: the loader fills the defaults)', () => {
  const rule = loadRules().byId.get('organization/sports-team')!;
  expect(rule.params).toMatchObject({ fixtureLookBehind: 4, headlineRunWords: 4 });
});

test('kinWindow: a possessive surname before a kin word is not the person named after it, within the window', () => {
  const text = "Keld Lund spoke. Lund's father and mentor Ivar Lund said no.";
  expect(found(text)).toContain('person:keld-lund Lund person/surname');
  expect(found(text, withParams('alias.rules.json', 'alias/surname-of-full-name', { kinWindow: 0 }))).toContain(
    'person:ivar-lund Lund person/surname',
  );
});

test('maxNameWords: a name found by a speech verb alone has at most that many words', () => {
  const text = 'Later, Kelm Varno Ostrun said the plan failed.';
  expect(found(text)).toContain('person:kelm-varno-ostrun Kelm Varno Ostrun person/speaker');
  expect(found(text, withParams('person.rules.json', 'person/speaker', { maxNameWords: 2 })).join('\n')).not.toMatch(/person\/speaker/);
});

test('maxInitialNameWords: the words an initial may open', () => {
  const text = 'Kestow 259 (A. Varno Lund Holt 69, H. Lund 42; D. Brill 4-43).';
  expect(found(text)).toContain('person:a-varno-lund-holt A. Varno Lund Holt person/initial-name');
  // one word is too short for the name here: the longer mention found inside the list stays
  const narrow = found(text, withParams('person.rules.json', 'person/initial-name', { maxInitialNameWords: 1 }));
  expect(narrow).toContain('person:a-varno-lund-holt A. Varno Lund Holt person/known-name');
  expect(narrow).not.toContain('person:a-varno-lund-holt A. Varno Lund Holt person/initial-name');
});

describe('a bad entity param stops the run: file:line, exit 2', () => {
  const doc = path.join(tmp, 'doc.txt');
  beforeAll(() => fs.writeFileSync(doc, 'Prime Minister Ada Morrow arrived.\n'));
  test.each([
    ['alias.rules.json', 'alias/surname-of-full-name', { kinWindow: 'four' }, 'param "kinWindow" must be an integer, got "four"'],
    ['person.rules.json', 'person/speaker', { maxNameWords: 1 }, 'param "maxNameWords" must be ≥ 2'],
    ['place.rules.json', 'place/dateline', { datelineRegionWords: 2.5 }, 'param "datelineRegionWords" must be an integer, got 2.5'],
    [
      'person.rules.json',
      'person/title-name',
      { titleHolderWindw: 10 },
      'unknown param "titleHolderWindw" (did you mean "titleHolderWindow"?)',
    ],
  ])('%s %s %j', (file, id, params, message) => {
    const dir = withParams(file, id, params);
    const r = cli([doc, '--rules-dir', dir]);
    expect({ code: r.code, stdout: r.stdout }).toEqual({ code: 2, stdout: '' });
    expect(r.stderr).toMatch(new RegExp(`RULES_INVALID ${file.replace('.', '\\.')}:\\d+: rules\\[\\d+\\]\\.params\\.\\w+: `));
    expect(r.stderr).toContain(message);
  });
});
