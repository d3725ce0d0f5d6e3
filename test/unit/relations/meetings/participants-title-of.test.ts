/** "met with Prime Minister of Chile A, Prime Minister of the Netherlands B and …": each titled person of the list takes part. */
import { buildMentions } from '../../../../src/relations/meetings/mention.js';
import { findTriggers } from '../../../../src/relations/meetings/triggers.js';
import { meetingSteps } from '../../../../src/relations/meetings/steps.js';
import { discourse, LEXICON, RULES, tagVerbs } from './stream.js';

function parties(words: readonly string[]): string[] {
  const d = discourse([words]);
  const ts = meetingSteps(RULES).live(findTriggers(tagVerbs(d, [1]), RULES, LEXICON));
  return (buildMentions(d, LEXICON, ts, '2024-03-06', () => null)[0]?.parties ?? []).map((p) => p.id).sort();
}

test('"Title of (the) Country Name" after a comma starts a new conjunct of the list', () => {
  const words = ['Keld:PER', 'met', 'with', 'Premier:LEAD', 'of', 'Chile:CTY:CL', 'Ada:PER', ',', 'Premier:LEAD', 'of', 'the'];
  expect(parties([...words, 'Netherlands:CTY:NL', 'Lena:PER', 'and', 'Premier:LEAD', 'of', 'Peru:CTY:PE', 'Piet:PER'])).toEqual([
    'person:ada',
    'person:keld',
    'person:lena',
    'person:piet',
  ]);
});

test('a comma before a title and "of" with no country and name after it starts no conjunct', () => {
  const words = ['Keld:PER', 'met', 'with', 'Premier:LEAD', 'of', 'Chile:CTY:CL', 'Ada:PER', ',', 'Premier:LEAD', 'of', 'trade'];
  expect(parties(words)).toEqual(['person:ada', 'person:keld']);
});
