/** Lemmas for `~lemma` patterns: compromise's root forms from a token's tags. */
import { lemmaOf } from '../../../src/locales/en/lemma.js';
import { parse } from '../../../src/locales/en/nlp.js';

const tags = (...t: string[]): ReadonlySet<string> => new Set(t);

test('verbs go to the infinitive, plurals to the singular, irregular forms included', () => {
  expect(lemmaOf('met', tags('Verb', 'PastTense'))).toBe('meet');
  expect(lemmaOf('meets', tags('Verb', 'PresentTense'))).toBe('meet');
  expect(lemmaOf('meeting', tags('Verb', 'PresentTense', 'Gerund'))).toBe('meet');
  expect(lemmaOf('meet', tags('Verb', 'PresentTense', 'Infinitive'))).toBe('meet');
  expect(lemmaOf('held', tags('Verb', 'PastTense'))).toBe('hold');
  expect(lemmaOf('cancelled', tags('Verb', 'PastTense', 'Passive'))).toBe('cancel');
  expect(lemmaOf('talks', tags('Noun', 'Plural'))).toBe('talk');
  expect(lemmaOf('summits', tags('Noun', 'Plural'))).toBe('summit');
  expect(lemmaOf('were', tags('Verb', 'Copula'))).toBe('is');
});

test('other words are their own lemma ("meeting" the noun, adverbs, function words)', () => {
  expect(lemmaOf('meeting', tags('Noun', 'Singular'))).toBe('meeting');
  expect(lemmaOf('quickly', tags('Adverb'))).toBe('quickly');
  expect(lemmaOf('the', tags('Determiner'))).toBe('the');
  expect(lemmaOf('', tags('Verb', 'PastTense'))).toBe('');
});

test('on a parse: the tags the tokenizer keeps give the lemmas', () => {
  const doc = parse('Ada Morrow met Keld Varno and they held talks.') as unknown as {
    document: { text: string; tags: Set<string> }[][];
  };
  const out = doc.document.flat().map((t) => lemmaOf(t.text.toLowerCase(), t.tags));
  expect(out).toEqual(['ada', 'morrow', 'meet', 'keld', 'varno', 'and', 'they', 'hold', 'talk']);
});
