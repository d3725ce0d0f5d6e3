/** One meeting mention on item streams: its status, date and place steps, stamped from their records. */
import { buildMentions } from '../../../../src/relations/meetings/mention.js';
import { findTriggers } from '../../../../src/relations/meetings/triggers.js';
import { meetingSteps } from '../../../../src/relations/meetings/steps.js';
import type { RuleSet } from '../../../../src/index.js';
import { discourse, LEXICON, RULES, tagVerbs, withRules } from './stream.js';

const DATES = ['2024-03-01', '2024-03-20'];

function mentions(words: readonly string[], verbs: readonly number[], rules: RuleSet = RULES) {
  const d = discourse([words], { rules });
  const ts = meetingSteps(rules).live(findTriggers(tagVerbs(d, verbs), rules, LEXICON));
  return buildMentions(d, LEXICON, ts, '2024-03-06', (i) => DATES[i] ?? null);
}

const steps = meetingSteps(RULES);

test('no cue: occurred, by the default status step', () => {
  const [m] = mentions(['Ada:PER', 'met', 'Keld:PER'], [1]);
  expect(m).toMatchObject({ status: 'occurred', statusStep: 'default', statusRule: steps.status('default') });
  expect(m!.parties.map((p) => [p.id, p.step])).toEqual([
    ['person:ada', 'clause'],
    ['person:keld', 'object'],
  ]);
});

test('a cancellation cue before the noun: cancelled, by the cancelled step', () => {
  const [m] = mentions(['Ada:PER', 'cancelled', 'a', 'meeting', 'with', 'Keld:PER'], [1]);
  expect(m).toMatchObject({ status: 'cancelled', statusStep: 'cancelled', statusRule: steps.status('cancelled') });
});

test('cueBefore (a param of the record) bounds the reach of the cue; active: false switches the cue off', () => {
  const near = withRules(RULES, { params: { [steps.status('cancelled')]: { cueBefore: 1 } } });
  expect(mentions(['Ada:PER', 'cancelled', 'a', 'meeting', 'with', 'Keld:PER'], [1], near)[0]?.status).toBe('occurred');
  const off = withRules(RULES, { off: [steps.status('cancelled')] });
  expect(mentions(['Ada:PER', 'cancelled', 'a', 'meeting', 'with', 'Keld:PER'], [1], off)[0]?.status).toBe('occurred');
});

test('a future date makes it planned by the future-date step; a past one leaves it occurred', () => {
  expect(mentions(['Ada:PER', 'meets', 'Keld:PER', 'on', 'Wednesday:DATE:1'], [1])[0]).toMatchObject({
    status: 'planned',
    statusStep: 'future-date',
    dates: [1],
  });
  expect(mentions(['Ada:PER', 'met', 'Keld:PER', 'on', 'Friday:DATE:0'], [1])[0]).toMatchObject({ status: 'occurred', dates: [0] });
});

test('held-on: dateWindow bounds how far after the trigger its date is looked for', () => {
  const words = ['Ada:PER', 'met', 'Keld:PER', 'and', 'spoke', 'of', 'trade', 'on', 'Friday:DATE:0'];
  expect(mentions(words, [1])[0]?.dates).toEqual([0]);
  const near = withRules(RULES, { params: { [steps.heldOn]: { dateWindow: 3, dateLookBehind: 0 } } });
  expect(mentions(words, [1], near)[0]?.dates).toEqual([]);
});

test('held-in: a place after "in" within placeWindow; none across a new clause', () => {
  expect(mentions(['Ada:PER', 'met', 'Keld:PER', 'in', 'Oslo:PLC'], [1])[0]?.place).toBe('place:oslo');
  const near = withRules(RULES, { params: { [steps.heldIn]: { placeWindow: 2 } } });
  expect(mentions(['Ada:PER', 'met', 'Keld:PER', 'in', 'Oslo:PLC'], [1], near)[0]?.place).toBeUndefined();
});

test('a visit: the destination country is a party of the destination step', () => {
  const [m] = mentions(['Ada:PER', 'visited', 'Peru:CTY:PE'], [1]);
  expect(m?.kind).toBe('visit');
  expect(m?.parties.map((p) => [p.id, p.step])).toEqual([
    ['person:ada', 'clause'],
    ['country:PE', 'destination'],
  ]);
});
