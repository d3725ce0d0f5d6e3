/** held-in: "in the Danish city of Aarhus", "in the port city of Bergen": the settlement named after "city of". */
import { buildMentions } from '../../../../src/relations/meetings/mention.js';
import { findTriggers } from '../../../../src/relations/meetings/triggers.js';
import { meetingSteps } from '../../../../src/relations/meetings/steps.js';
import { discourse, LEXICON, RULES, tagVerbs } from './stream.js';

function place(words: readonly string[]): string | undefined {
  const d = discourse([words]);
  const ts = meetingSteps(RULES).live(findTriggers(tagVerbs(d, [1]), RULES, LEXICON));
  return buildMentions(d, LEXICON, ts, '2024-03-06', () => null)[0]?.place;
}

test('a country followed by "city of" and a place of no known country: the place', () => {
  expect(place(['Ada:PER', 'met', 'Keld:PER', 'in', 'the', 'Danish:CTY:DK', 'city', 'of', 'Aarhus:PLC'])).toBe('place:aarhus');
  // without "city of" the country stays the place
  expect(place(['Ada:PER', 'met', 'Keld:PER', 'in', 'Denmark:CTY:DK', 'and', 'praised', 'Aarhus:PLC'])).toBe('country:DK');
});

test('"in the port city of Bergen": a settlement noun and "of" after "in"', () => {
  expect(place(['Ada:PER', 'met', 'Keld:PER', 'in', 'the', 'southern', 'port', 'city', 'of', 'Bergen:PLC'])).toBe('place:bergen');
});

test('"city of" with no "in" or "at" opening its phrase is no place of the meeting', () => {
  expect(place(['Ada:PER', 'met', 'Keld:PER', 'to', 'discuss', 'aid', 'to', 'the', 'city', 'of', 'Aarhus:PLC'])).toBeUndefined();
  expect(
    place(['Ada:PER', 'met', 'Keld:PER', 'in', 'talks', 'on', 'the', 'future', 'of', 'the', 'city', 'of', 'Aarhus:PLC']),
  ).toBeUndefined();
});
