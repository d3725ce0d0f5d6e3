/** The subject of a meeting: the clause's person, a pronoun's referent, "the two leaders". */
import { clauseSubject, groupReference, reciprocalSubject } from '../../../../src/relations/meetings/subject.js';
import type { Trigger } from '../../../../src/relations/meetings/triggers.js';
import { meetingSteps } from '../../../../src/relations/meetings/steps.js';
import { discourse, leaderEdge, LEXICON, RULES, withRules } from './stream.js';

const steps = meetingSteps(RULES);
const verb = (first: number, si = 0): Trigger => ({ si, first, last: first + 1, kind: 'meeting', verb: true, rule: steps.trigger('verb') });

test('the leftmost unclaimed person before the verb is its subject', () => {
  const d = discourse([['Ada:PER', 'met', 'Keld:PER']]);
  expect(clauseSubject(d, 0, 0, verb(1), new Set([2]))).toEqual({ id: 'person:ada', item: 0, step: 'clause' });
});

test('a person claimed by another meeting is not the subject', () => {
  const d = discourse([['Ada:PER', 'met', 'Keld:PER']]);
  expect(clauseSubject(d, 0, 0, verb(1), new Set([0, 2]))).toBeUndefined();
});

test('"he met": the person of the sentence before, by the pronoun step', () => {
  const d = discourse([
    ['Ada:PER', 'arrived'],
    ['he', 'met', 'Keld:PER'],
  ]);
  expect(clauseSubject(d, 1, 0, verb(1, 1), new Set([2]))).toEqual({ id: 'person:ada', item: 0, step: 'pronoun' });
});

test('pronounSentences (a param of the record) bounds how far back the referent is looked for', () => {
  const near = withRules(RULES, { params: { [steps.party('pronoun')]: { pronounSentences: 1 } } });
  const d = discourse(
    [
      ['Ada:PER', 'arrived'],
      ['it', 'rained'],
      ['he', 'met', 'Keld:PER'],
    ],
    { rules: near },
  );
  expect(clauseSubject(d, 2, 0, verb(1, 2), new Set([2]))).toBeUndefined();
  const d3 = discourse([
    ['Ada:PER', 'arrived'],
    ['it', 'rained'],
    ['he', 'met', 'Keld:PER'],
  ]);
  expect(clauseSubject(d3, 2, 0, verb(1, 2), new Set([2]))?.id).toBe('person:ada');
});

test('"the two leaders met": the two leaders named last, by the two-leaders step', () => {
  const d = discourse([['the', 'two', 'leaders', 'met']], {
    edges: [leaderEdge('person:ada', 'country:DK', -2), leaderEdge('person:keld', 'country:CL', -1)],
  });
  const ps = groupReference(d, LEXICON, d.sentences[0]!, 0, verb(3));
  expect(ps.map((p) => [p.id, p.step]).sort()).toEqual([
    ['person:ada', 'two-leaders'],
    ['person:keld', 'two-leaders'],
  ]);
});

test('"both sides": the two countries named most, by the two-sides step', () => {
  const d = discourse([
    ['Norway:CTY:NO', 'and', 'Peru:CTY:PE', 'disagree'],
    ['Norway:CTY:NO', 'waits'],
    ['both', 'sides', 'met'],
  ]);
  const ps = groupReference(d, LEXICON, d.sentences[2]!, 0, verb(2, 2));
  expect(ps.map((p) => [p.id, p.step])).toEqual([
    ['country:NO', 'two-sides'],
    ['country:PE', 'two-sides'],
  ]);
});

test('"we met" with no object: the two leaders named last, by the we step; not with an object', () => {
  const edges = [leaderEdge('person:ada', 'country:DK', -2), leaderEdge('person:keld', 'country:CL', -1)];
  const d = discourse([['last', 'time', 'we', 'met', 'in', 'Lima:PLC']], { edges });
  const t = verb(3);
  expect(reciprocalSubject(d, LEXICON, d.sentences[0]!, t).map((p) => [p.id, p.step])).toEqual([
    ['person:keld', 'we'],
    ['person:ada', 'we'],
  ]);
  const one = discourse([['we', 'met', 'in', 'Lima:PLC']], { edges: edges.slice(0, 1) });
  expect(reciprocalSubject(one, LEXICON, one.sentences[0]!, verb(1))).toEqual([]);
  const they = discourse([['they', 'met', 'in', 'Lima:PLC']], { edges });
  expect(reciprocalSubject(they, LEXICON, they.sentences[0]!, verb(1))).toEqual([]);
});
