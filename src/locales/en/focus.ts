/**
 * Where compromise's post-tagger runs (see post-tagger.ts and docs/performance.md, "Throughput").
 * The post-tagger matches its rules within the comma-split pieces of a sentence, on the pre-tagger's
 * tags, so each piece's tags depend on that piece alone and a piece can be left out exactly.
 * The rules read compromise's tags around what could be a name, a date or a number: a capitalized
 * word (not the sentence's first), a digit, a word the lexicon or pre-tagger already takes for a name,
 * a place, an organization, an acronym or a date. A piece with none of these keeps the tags of
 * compromise's lexicon and pre-tagger — what its post-tagger would have started from. On the three
 * dev sets (22 articles, CoNLL dev, TimeBank) the graphs are the same as with the full post-tagger.
 */

/** compromise's tags for the words of a name (a person's, a place's): both lists below hold them */
const NAME_TAGS = ['ProperNoun', 'Person', 'FirstName', 'LastName', 'Honorific', 'Place'] as const;

/**
 * The post-tagger rules the pipeline runs: those that set a name, place, organization or date tag
 * (or a tag under one of these). The other 466 rules refine the part-of-speech tags (Auxiliary,
 * PresentTense, Adjective, Imperative, Unit, …); without them the pre-tagger's part of speech stays.
 * Measured on the three dev sets against all rules (docs/performance.md, "Throughput, third pass"):
 * the 22-article scorecard is the same, CoNLL dev micro F1 0.887 → 0.888, TimeBank value F1
 * 0.833 → 0.830 (won back in dates/tense.ts: a present-tense word the pre-tagger leaves as a verb
 * after an article, a number or a preposition is a noun), for ~25 % less CPU time per document.
 */
export const POST_TAGGER_TAGS: ReadonlySet<string> = new Set([
  ...NAME_TAGS,
  'City',
  'Region',
  'Country',
  'Address',
  'Organization',
  'SportsTeam',
  'Date',
  'Month',
  'WeekDay',
]);

/** What the test reads of a compromise term after the pre-tagger. */
export interface PreTaggedTerm {
  readonly text: string;
  readonly tags: ReadonlySet<string>;
  /** [sentence, position in the sentence] */
  readonly index: readonly [number, number];
}

/** pre-tagger tags that mark a candidate wherever they stand (the sentence's first word included) */
const CANDIDATE_TAGS = [...NAME_TAGS, 'Organization', 'Acronym', 'Date', 'Duration'];

/** Do these terms (a sentence, or a piece of one) hold a candidate for the rules, so that they need compromise's full tags? */
export function needsFullTags(terms: readonly PreTaggedTerm[]): boolean {
  for (const t of terms) {
    if (t.index[1] > 0 && /^\p{Lu}/u.test(t.text)) return true;
    if (/\p{N}/u.test(t.text)) return true;
    for (const tag of CANDIDATE_TAGS) if (t.tags.has(tag)) return true;
  }
  return false;
}
