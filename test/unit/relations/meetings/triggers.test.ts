/** Meeting triggers on item streams: nouns and verbs from the lexicons, stamped from their records. */
import { findTriggers } from '../../../../src/relations/meetings/triggers.js';
import { meetingSteps } from '../../../../src/relations/meetings/steps.js';
import { discourse, LEXICON, RULES, withRules } from './stream.js';

const steps = meetingSteps(RULES);
const verbAt = (verbs: readonly number[]) => (ti: number) => verbs.includes(ti);

test('a meeting verb tagged as a verb is a verb trigger; a meeting noun a noun trigger', () => {
  const d = discourse([['Ada:PER', 'met', 'Keld:PER', 'for', 'talks']]);
  const ts = findTriggers(d.sentences, LEXICON, verbAt([1]), steps);
  expect(ts.map((t) => [t.first, t.kind, t.verb, t.rule])).toEqual([
    [1, 'meeting', true, steps.trigger('verb')],
    [4, 'talks', false, steps.trigger('noun')],
  ]);
});

test('the longest phrase wins: "spoke by phone" is one call trigger', () => {
  const d = discourse([['Ada:PER', 'spoke', 'by', 'phone', 'with', 'Keld:PER']]);
  const ts = findTriggers(d.sentences, LEXICON, verbAt([1]), steps);
  expect(ts).toHaveLength(1);
  expect(ts[0]).toMatchObject({ first: 1, last: 4, kind: 'call' });
});

test('"visiting" before a title describes the visitor: no trigger', () => {
  const d = discourse([['Ada:PER', 'and', 'visiting', 'President:LEAD', 'Keld:PER', 'held', 'talks']]);
  const ts = findTriggers(d.sentences, LEXICON, verbAt([2, 5]), steps);
  expect(ts.map((t) => t.kind)).toEqual(['talks']);
});

test('no meeting word, no trigger', () => {
  const d = discourse([['Ada:PER', 'praised', 'the', 'weather']]);
  expect(findTriggers(d.sentences, LEXICON, verbAt([1]), steps)).toEqual([]);
});

test('with the verb-trigger record switched off the verb is stamped with an id that is off', () => {
  const off = meetingSteps(withRules(RULES, { off: [steps.trigger('verb')] }));
  const d = discourse([['Ada:PER', 'met', 'Keld:PER']]);
  const ts = findTriggers(d.sentences, LEXICON, verbAt([1]), off);
  expect(off.live(ts)).toEqual([]);
});

test('a capitalized summit noun mid-sentence is a trigger when the token is readable; other capitalized kinds are not', () => {
  const d = discourse([['the', 'Norway:CTY:NO', 'Peru:CTY:PE', 'Summits:Cap', 'and', 'the', 'Grand:Cap', 'Tour:Cap']]);
  const norm = (ti: number): string => d.tokens[ti]!.norm;
  const ts = findTriggers(d.sentences, LEXICON, verbAt([]), steps, norm);
  expect(ts.map((t) => [t.first, t.kind, t.plural ?? false])).toEqual([[3, 'summit', true]]);
  expect(findTriggers(d.sentences, LEXICON, verbAt([]), steps)).toEqual([]);
});
