/** Every name a rule references resolves at load, or the load fails with file:line: message (RULES_INVALID). */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadRules, defaultRulesDir, RunError } from '../../../src/index.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'check-names-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const EXAMPLES = { match: [{ text: 'Ada Morrow spoke.', expect: {} }], noMatch: ['Nothing here.'] };

function write(name: string, rule: Record<string, unknown>, extra: Record<string, unknown> = {}): string {
  const data = {
    family: 'leader',
    ...extra,
    rules: [{ id: 'leader/user-test', description: 'A rule written for this test.', examples: EXAMPLES, ...rule }],
  };
  const p = path.join(tmp, name);
  fs.writeFileSync(p, `${JSON.stringify(data, null, 2)}\n`);
  return p;
}

function loadError(p: string): string {
  try {
    loadRules(defaultRulesDir(), [p]);
  } catch (e) {
    expect(e).toBeInstanceOf(RunError);
    expect((e as RunError).code).toBe('RULES_INVALID');
    expect((e as RunError).exitCode).toBe(2);
    return (e as Error).message;
  }
  throw new Error('expected RULES_INVALID');
}

const edge = (attributes: Record<string, unknown> = { role: '@role', current: '@current' }): Record<string, unknown> => ({
  edge: { type: 'leader_of', source: '$person', target: '$country', attributes },
});

test('a misspelt guard, attribute or extractor is refused with its line and a did-you-mean', () => {
  const p = write('guard.json', {
    pattern: '(?<person>PER) (?<role>LEAD) of (?<country>CTY)',
    guards: ['leader-title-vaild'],
    output: edge(),
  });
  expect(loadError(p)).toMatch(
    new RegExp(
      `^${p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+: rules\\[0\\]\\.guards\\[0\\]: unknown guard "leader-title-vaild" \\(did you mean "leader-title-valid"\\?\\)`,
    ),
  );
  const a = write('attr.json', {
    pattern: '(?<person>PER) (?<role>LEAD) of (?<country>CTY)',
    output: edge({ role: '@rol', current: '@current' }),
  });
  expect(loadError(a)).toMatch(/attributes\.role: unknown attribute "rol" \(did you mean "role"\?\)/);
  const x = write('extractor.json', { extractor: 'countrpart', pattern: 'PER', output: edge() });
  expect(loadError(x)).toMatch(/rules\[0\]\.extractor: unknown extractor "countrpart" \(did you mean "counterpart"\?\)/);
});

test('a guard of another stage, an unknown item class, lexicon or macro is refused', () => {
  const g = write('stage.json', { pattern: '(?<person>PER) (?<role>LEAD) of (?<country>CTY)', guards: ['not-a-count'], output: edge() });
  expect(loadError(g)).toMatch(/guard "not-a-count" is registered for the dates stage, not relations/);
  const c = write('class.json', { pattern: '(?<person>PERS) (?<role>LEAD) of (?<country>CTY)', output: edge() });
  expect(loadError(c)).toMatch(/unknown item class PERS \(did you mean "PERs"\?\)/);
  const l = write('lexicon.json', { pattern: '(?<person>PER) @leader-title (?<role>LEAD) (?<country>CTY)', output: edge() });
  expect(loadError(l)).toMatch(/unknown lexicon @leader-title \(did you mean @leader-titles\?\)/);
  const m = write('macro.json', { pattern: '(?<person>$NAMES) (?<role>LEAD) (?<country>CTY)', output: edge() });
  expect(loadError(m)).toMatch(/unknown macro \$NAMES \(did you mean \$NAME\?\)/);
});

test('unbounded or nested repetition, a bad param, a pattern that would never run are refused', () => {
  const u = write('unbounded.json', { pattern: '(?<person>PER) .* (?<role>LEAD) (?<country>CTY)', output: edge() });
  expect(loadError(u)).toMatch(/unbounded repetition of a wildcard/);
  const n = write('nested.json', { pattern: '(?<person>PER) (?:(?:a|b)+ )+(?<role>LEAD) (?<country>CTY)', output: edge() });
  expect(loadError(n)).toMatch(/backtrack catastrophically/);
  const p = write('param.json', { pattern: '(?<person>PER) (?<role>LEAD) (?<country>CTY)', params: { window: 3 }, output: edge() });
  expect(loadError(p)).toMatch(/params\.window: unknown param "window"; this rule takes no params/);
  const e = write('entity.json', { pattern: '#Person', output: { mention: { type: 'person' } } }, { family: 'person' });
  expect(loadError(e)).toMatch(/patterns run in the relations stage with an "edge" output only .* it would never run/);
  const f = write('family.json', { pattern: 'PER', output: edge() }, { family: 'custom' });
  expect(loadError(f)).toMatch(/family "custom" is not a bundled family; give the file a "stage"/);
});

test('a well-formed user relation rule loads', () => {
  const ok = write('ok.json', { pattern: '(?<person>PER) , (?<role>LEAD) of (?<country>CTY)', output: edge() });
  const rules = loadRules(defaultRulesDir(), [ok]);
  expect(rules.byId.get('leader/user-test')?.stage).toBe('relations');
});

test('a fixed date value that the graph schema would refuse is RULES_INVALID, not an invalid output', () => {
  const rule = (value: string): Record<string, unknown> => ({
    id: 'date/user-test',
    regex: '\\bblue moon\\b',
    output: { date: { normalizer: 'fixed', value } },
  });
  const bad = write('timex.json', rule('not a timex'), { family: 'date' });
  expect(loadError(bad)).toMatch(/rules\[0\]\.output\.date\.value: "not a timex" is not a TimeML value/);
  const ok = write('timex-ok.json', rule('PAST_REF'), { family: 'date' });
  expect(loadRules(defaultRulesDir(), [ok]).byId.get('date/user-test')?.stage).toBe('dates');
});

test("a #Tag must be one of compromise's tags (with a did-you-mean); a known tag or a lemma loads", () => {
  const t = write('tag.json', { pattern: '(?<person>PER) #Verbb (?<role>LEAD) of (?<country>CTY)', output: edge() });
  expect(loadError(t)).toMatch(/:\d+: rules\[0\]\.pattern: unknown tag #Verbb \(did you mean #Verb\?\)/);
  const low = write('tag-case.json', { pattern: '(?<person>PER) ~meet#pasttense (?<role>LEAD) of (?<country>CTY)', output: edge() });
  expect(loadError(low)).toMatch(/unknown tag #pasttense \(did you mean #PastTense\?\)/);
  const ok = write('tag-ok.json', {
    pattern: '(?<person>PER) (?:#Adverb )?~lead#Verb (?<country>CTY) as (?<role>LEAD)',
    output: edge({ role: '@role', current: true }),
  });
  expect(loadRules(defaultRulesDir(), [ok]).byId.get('leader/user-test')?.pattern).toContain('~lead#Verb');
});

test('a meeting step pattern must name the slot its callback reads; the places step is not an edge rule', () => {
  const dir = path.join(tmp, 'rules-copy');
  fs.cpSync(defaultRulesDir(), dir, { recursive: true });
  const p = path.join(dir, 'meeting.rules.json');
  const data = JSON.parse(fs.readFileSync(p, 'utf8')) as { rules: Record<string, unknown>[] };
  data.rules = data.rules.map((r) => (r.id === 'meeting/held-in' ? { ...r, pattern: 'in (?<where>PLC)' } : r));
  fs.writeFileSync(p, `${JSON.stringify(data, null, 2)}\n`);
  let message = '';
  try {
    loadRules(dir);
  } catch (e) {
    message = (e as Error).message;
  }
  expect(message).toMatch(/meeting\.rules\.json:\d+: rules\[\d+\]\.pattern: extractor "places" reads the slot "place"/);
});

test('an added file may name the triggers extractor with a pattern (userRecords), not another extractor that runs its pattern', () => {
  const trigger = {
    id: 'meeting/user-huddle',
    extractor: 'triggers',
    pattern: '(?<trigger>huddled with)',
    params: { trigger: 'verb', kind: 'talks' },
    output: { meeting: { type: 'meeting' } },
  };
  const ok = write('trigger.json', trigger, { family: 'meeting' });
  const rules = loadRules(defaultRulesDir(), [ok]);
  expect(rules.byId.get('meeting/user-huddle')?.params).toMatchObject({ trigger: 'verb', kind: 'talks', partyWindow: 16 });
  expect(loadError(write('trigger-slot.json', { ...trigger, pattern: 'huddled with' }, { family: 'meeting' }))).toMatch(
    /trigger-slot\.json:\d+: rules\[0\]\.pattern: extractor "triggers" reads the slot "trigger"/,
  );
  // the status callback runs its pattern too, but only for the bundled records
  const status = { ...trigger, extractor: 'status', pattern: '(?<cue>scrapped)', params: { statusCue: 'cancelled' } };
  expect(loadError(write('status.json', status, { family: 'meeting' }))).toMatch(
    /status\.json:\d+: rules\[0\]\.pattern: patterns run in the relations stage with an "edge" output only/,
  );
});
