/** Parties of a meeting phrase and the modifiers before a meeting noun, on item streams. */
import { phraseParties, premodifiers } from '../../../../src/relations/meetings/participants.js';
import type { Trigger } from '../../../../src/relations/meetings/triggers.js';
import { meetingSteps } from '../../../../src/relations/meetings/steps.js';
import { discourse, RULES, withRules } from './stream.js';

const steps = meetingSteps(RULES);

test('"with A and B": both parties, found by the "with" step', () => {
  const d = discourse([['Ada:PER', 'met', 'with', 'Keld:PER', 'and', 'Tomas:PER', 'in', 'Oslo:PLC']]);
  const r = phraseParties(d, d.sentences[0]!, 3, 'with', Number.MAX_SAFE_INTEGER);
  expect(r.parties).toEqual([
    { id: 'person:keld', item: 3, step: 'with' },
    { id: 'person:tomas', item: 5, step: 'with' },
  ]);
  expect(r.end).toBe(6);
});

test('"between Norway, Peru and Chile": a list of countries, each a party', () => {
  const d = discourse([['talks', 'between', 'Norway:CTY:NO', ',', 'Peru:CTY:PE', 'and', 'Chile:CTY:CL']]);
  const r = phraseParties(d, d.sentences[0]!, 2, 'between', Number.MAX_SAFE_INTEGER);
  expect(r.parties.map((p) => p.id)).toEqual(['country:NO', 'country:PE', 'country:CL']);
});

test('phraseWindow (a param of the record) bounds the phrase', () => {
  const narrow = withRules(RULES, { params: { [steps.party('with')]: { phraseWindow: 1 } } });
  const d = discourse([['Ada:PER', 'met', 'with', 'Keld:PER', 'and', 'Tomas:PER']], { rules: narrow });
  const r = phraseParties(d, d.sentences[0]!, 3, 'with', Number.MAX_SAFE_INTEGER);
  expect(r.parties.map((p) => p.id)).toEqual(['person:keld']);
});

test('a name followed by its own verb after a comma starts the main clause', () => {
  const d = discourse([['talks', 'with', 'Keld:PER', ',', 'Tomas:PER', 'said']]);
  const r = phraseParties(d, d.sentences[0]!, 2, 'with', Number.MAX_SAFE_INTEGER);
  expect(r.parties.map((p) => p.id)).toEqual(['person:keld']);
});

test('"the Norway Peru summit": modifiers before the noun are parties of the modifier step', () => {
  const d = discourse([['officials', 'prepared', 'the', 'Norway:CTY:NO', 'Peru:CTY:PE', 'summit']]);
  const t: Trigger = { si: 0, first: 5, last: 6, kind: 'summit', verb: false, rule: steps.trigger('noun') };
  const pre = premodifiers(d, d.sentences[0]!, t);
  expect(pre.parties.map((p) => [p.id, p.step])).toEqual([
    ['country:PE', 'modifier'],
    ['country:NO', 'modifier'],
  ]);
  expect(pre.start).toBe(2);
  expect(pre.possessive).toBe(false);
});

test('no entity before the noun: no modifier party', () => {
  const d = discourse([['officials', 'prepared', 'a', 'summit']]);
  const t: Trigger = { si: 0, first: 3, last: 4, kind: 'summit', verb: false, rule: steps.trigger('noun') };
  expect(premodifiers(d, d.sentences[0]!, t).parties).toEqual([]);
});
