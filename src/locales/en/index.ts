/** English: compromise as tokenizer and tagger, world-countries for the country names, and the English words below. */
import type { Locale, LocaleTerm } from '../types.js';
import { configureNlp, parse } from './nlp.js';
import { needsFullTags, POST_TAGGER_TAGS } from './focus.js';
import { lemmaOf } from './lemma.js';
import { countNumber, monthNumber, seasonCode, weekdayNumber } from './words.js';
import { FURNITURE } from './furniture.js';
import { isLatin, pluralDemonym, worldCountries, worldCountriesVersion } from './countries.js';

/**
 * The terms of one parse, by sentence, with offsets into the parsed text. compromise's post-tagger
 * runs only on the pieces of sentences that hold a candidate, and only its rules that set a name,
 * place, organization or date tag (focus.ts); the rest keep its pre-tagger tags.
 */
function terms(text: string): LocaleTerm[][] {
  const parsed = parse(text, needsFullTags, POST_TAGGER_TAGS);
  parsed.compute('offset');
  return (parsed as unknown as { document: LocaleTerm[][] }).document;
}

export const english: Locale = {
  id: 'en',
  name: 'English',
  terms,
  lemma: lemmaOf,
  warm: () => void configureNlp(),
  monthNumber,
  weekdayNumber,
  seasonCode,
  countNumber,
  docDate: {
    month: '(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?',
    label: '(?:posted(?:\\s+on)?|published(?:_at|\\s+on)?|date|dated|updated(?:_at)?|modified(?:\\s+on)?|dateline|created(?:_at)?)',
  },
  furniture: FURNITURE,
  countries: worldCountries,
  countrySource: 'world-countries',
  usableName: isLatin,
  pluralDemonym,
  countrySourceVersion: worldCountriesVersion,
};
