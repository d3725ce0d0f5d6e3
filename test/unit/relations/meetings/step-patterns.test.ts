/**
 * The meeting steps that run from their records' patterns: status cues (slot "cue"), held-in
 * places (slot "place") and the words that introduce a phrase of parties ("with", "between": slot "cue").
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defaultRulesDir, extractText, loadRules } from '../../../../src/index.js';
import { buildMentions } from '../../../../src/relations/meetings/mention.js';
import { findTriggers } from '../../../../src/relations/meetings/triggers.js';
import { meetingSteps } from '../../../../src/relations/meetings/steps.js';
import type { RuleSet } from '../../../../src/index.js';
import { discourse, LEXICON, RULES, tagVerbs } from './stream.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'status-patterns-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** A copy of rules/ with one meeting record patched (a key set to undefined is removed). */
function copyWith(name: string, id: string, patch: Record<string, unknown>): string {
  const dir = path.join(tmp, name);
  fs.cpSync(defaultRulesDir(), dir, { recursive: true });
  const p = path.join(dir, 'meeting.rules.json');
  const data = JSON.parse(fs.readFileSync(p, 'utf8')) as { rules: Record<string, unknown>[] };
  data.rules = data.rules.map((r) => (r.id === id ? JSON.parse(JSON.stringify({ ...r, ...patch })) : r));
  fs.writeFileSync(p, `${JSON.stringify(data, null, 2)}\n`);
  return dir;
}

const withPattern = (id: string, pattern: string | undefined): RuleSet => {
  const rules = RULES.rules.map((r) => {
    if (r.id !== id) return r;
    const { pattern: _old, ...rest } = r;
    return pattern === undefined ? rest : { ...rest, pattern };
  });
  return { ...RULES, rules, byId: new Map(rules.map((r) => [r.id, r])) };
};

function statusOf(words: readonly string[], verbs: readonly number[], rules: RuleSet = RULES): unknown {
  const d = discourse([words], { rules });
  const steps = meetingSteps(rules);
  const ts = steps.live(findTriggers(tagVerbs(d, verbs), rules, LEXICON));
  const [m] = buildMentions(d, LEXICON, ts, '2024-03-06', () => null);
  return m && { status: m.status, rule: m.statusRule };
}

test('each cue step has a pattern over its part of the cue list', () => {
  for (const st of ['cancelled', 'negated', 'proposed', 'planned', 'occurred'])
    expect(RULES.byId.get(`meeting/status-${st}`)?.pattern).toBe(`(?<cue>@meeting-status[status=${st}])`);
});

test('the cue comes from the pattern: a longer cue covers its words, a record without pattern finds none', () => {
  const words = ['Ada:PER', 'called', 'off', 'her', 'meeting', 'with', 'Keld:PER'];
  expect(statusOf(words, [1])).toEqual({ status: 'cancelled', rule: 'meeting/status-cancelled' });
  expect(statusOf(words, [1], withPattern('meeting/status-cancelled', undefined))).toEqual({
    status: 'occurred',
    rule: 'meeting/status-default',
  });
  // an edited pattern finds the words it names
  const scrubbed = withPattern('meeting/status-cancelled', '(?<cue>scrubbed)');
  expect(statusOf(['Ada:PER', 'scrubbed', 'her', 'meeting', 'with', 'Keld:PER'], [1], scrubbed)).toEqual({
    status: 'cancelled',
    rule: 'meeting/status-cancelled',
  });
  expect(statusOf(['Ada:PER', 'scrubbed', 'her', 'meeting', 'with', 'Keld:PER'], [1])).toEqual({
    status: 'occurred',
    rule: 'meeting/status-default',
  });
});

test('a --rules-dir copy can give a cue step a lemma: ~delay covers delayed, delays, delaying (the verb)', () => {
  const dir = copyWith('lemma', 'meeting/status-cancelled', { pattern: '(?<cue>@meeting-status[status=cancelled]|~delay)' });
  const status = (text: string, rulesDir?: string): unknown =>
    extractText(text, { docDate: '2024-03-06', ...(rulesDir ? { rulesDir } : {}) }).nodes.find((n) => n.type === 'meeting')?.attributes
      .status;
  for (const verb of ['delayed', 'delays', 'is delaying']) {
    const text = `Prime Minister Ada Morrow ${verb} her talks with President Keld Varno.`;
    expect({ verb, status: status(text) }).toEqual({ verb, status: 'occurred' });
    expect({ verb, status: status(text, dir) }).toEqual({ verb, status: 'cancelled' });
  }
});

test('a cue pattern without the slot its callback reads is RULES_INVALID', () => {
  const dir = copyWith('no-slot', 'meeting/status-negated', { pattern: '@meeting-status[status=negated]' });
  expect(() => loadRules(dir)).toThrow(/meeting\.rules\.json:\d+: rules\[\d+\]\.pattern: extractor "status" reads the slot "cue"/);
  const bad = copyWith('bad-part', 'meeting/status-negated', { pattern: '(?<cue>@meeting-status[status=negatd])' });
  expect(() => loadRules(bad)).toThrow(
    /unknown lexicon @meeting-status\[status=negatd\] \(did you mean @meeting-status\[status=negated\]\?\)/,
  );
});

function placeOf(words: readonly string[], verbs: readonly number[], rules: RuleSet = RULES): string | undefined {
  const d = discourse([words], { rules });
  const steps = meetingSteps(rules);
  const ts = steps.live(findTriggers(tagVerbs(d, verbs), rules, LEXICON));
  return buildMentions(d, LEXICON, ts, '2024-03-06', () => null)[0]?.place;
}

test('held-in: the places the record\'s pattern introduces ("in", "at the", "in the capital"), slot "place"', () => {
  expect(RULES.byId.get('meeting/held-in')?.pattern).toMatch(/\(\?<place>/);
  expect(placeOf(['Ada:PER', 'met', 'Keld:PER', 'in', 'Oslo:PLC'], [1])).toBe('place:oslo');
  expect(placeOf(['Ada:PER', 'met', 'Keld:PER', 'at', 'the', 'Forum:ORG'], [1])).toBe('organization:forum');
  expect(placeOf(['Ada:PER', 'met', 'Keld:PER', 'in', 'the', 'capital', 'Oslo:PLC'], [1])).toBe('place:oslo');
  expect(placeOf(['Ada:PER', 'met', 'Keld:PER', 'near', 'Oslo:PLC'], [1])).toBeUndefined();
  // the pattern decides: edited, "near" introduces a place; removed, "in" no longer does
  const near = withPattern('meeting/held-in', '(?:in|at|near) (?<place>PLC|CTY|ORG)');
  expect(placeOf(['Ada:PER', 'met', 'Keld:PER', 'near', 'Oslo:PLC'], [1], near)).toBe('place:oslo');
  expect(placeOf(['Ada:PER', 'met', 'Keld:PER', 'in', 'Oslo:PLC'], [1], withPattern('meeting/held-in', undefined))).toBeUndefined();
});

test("held-in: a visit's destination is still found by the callback, with or without the pattern", () => {
  const words = ['Ada:PER', 'visited', 'Chile:CTY:CL'];
  expect(placeOf(words, [1])).toBe('country:CL');
  expect(placeOf(words, [1], withPattern('meeting/held-in', undefined))).toBe('country:CL');
});

/** The parties of the first meeting mention of one sentence: [id, step]. */
function partiesOf(words: readonly string[], verbs: readonly number[], rules: RuleSet = RULES): unknown {
  const d = discourse([words], { rules });
  const steps = meetingSteps(rules);
  const ts = steps.live(findTriggers(tagVerbs(d, verbs), rules, LEXICON));
  const [m] = buildMentions(d, LEXICON, ts, '2024-03-06', () => null);
  return m?.parties.map((p) => [p.id, p.step]);
}

test('with, between: the phrase of parties the record\'s pattern introduces (slot "cue")', () => {
  expect(RULES.byId.get('meeting/with')?.pattern).toBe('(?<cue>with|(?<=courtesy call )on|(?<=(?:dinner|lunch|luncheon|banquet) )for)');
  expect(RULES.byId.get('meeting/between')?.pattern).toBe('(?<cue>between)');
  const talks = ['talks', 'between', 'Ada:PER', 'and', 'Keld:PER', 'began'];
  expect(partiesOf(talks, [])).toEqual([
    ['person:ada', 'between'],
    ['person:keld', 'between'],
  ]);
  // an edited pattern finds the words it names, for its step
  const among = withPattern('meeting/between', '(?<cue>among|between)');
  expect(partiesOf(['talks', 'among', 'Ada:PER', 'and', 'Keld:PER', 'began'], [], among)).toEqual([
    ['person:ada', 'between'],
    ['person:keld', 'between'],
  ]);
  const held = ['Ada:PER', 'held', 'talks', 'alongside', 'Keld:PER'];
  expect(partiesOf(held, [1])).toEqual([]);
  expect(partiesOf(held, [1], withPattern('meeting/with', '(?<cue>alongside|with)'))).toEqual([
    ['person:ada', 'clause'],
    ['person:keld', 'with'],
  ]);
  // a record without a pattern introduces no phrase
  const meeting = ['a', 'meeting', 'with', 'Keld:PER', 'and', 'Ada:PER'];
  expect(partiesOf(meeting, [])).toEqual([
    ['person:keld', 'with'],
    ['person:ada', 'with'],
  ]);
  expect(partiesOf(meeting, [], withPattern('meeting/with', undefined))).toEqual([]);
  // "on" introduces the one called on after a courtesy call only
  expect(partiesOf(['Ada:PER', 'paid', 'a', 'courtesy', 'call', 'on', 'Keld:PER'], [])).toEqual([
    ['person:ada', 'clause'],
    ['person:keld', 'with'],
  ]);
  expect(partiesOf(['Ada:PER', 'held', 'talks', 'on', 'Keld:PER'], [1])).toEqual([]);
  // "for" introduces the guest after a meal only
  expect(partiesOf(['Ada:PER', 'hosted', 'a', 'dinner', 'for', 'Keld:PER'], [])).toEqual([
    ['person:ada', 'clause'],
    ['person:keld', 'with'],
  ]);
  expect(partiesOf(['Ada:PER', 'held', 'talks', 'for', 'Keld:PER'], [1])).toEqual([]);
});
