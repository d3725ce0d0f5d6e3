/**
 * The locale seam: what stage code needs of a language that is code rather than data. The word
 * lists, patterns and date regexes of a language are data, in its rules folder (rules/en/ for
 * English); a rules folder names its locale in index.json ("locale": "en") and the run reads the
 * locale from the document context (`ctx.locale`). Stage code under src/{clean,tokenize,entities,
 * dates,relations,aliases} never imports a language's modules (or compromise, or world-countries)
 * itself: test/locale-seam.test.ts checks. See docs/rules.md, "Languages".
 */

/** One term of a tokenizer's parse: text, the whitespace and punctuation around it, its tags. */
export interface LocaleTerm {
  text: string;
  pre: string;
  post: string;
  normal?: string;
  /** tags in compromise's tag set (Noun, Verb, PastTense, Person, Place, Date, Value, …): rules match them as `#Tag` */
  tags: Set<string>;
  /** UTF-16 offset and length of `text` in the parsed text */
  offset?: { start: number; length: number };
}

/** A country as the locale's country-name source gives it (names in the locale's language). */
export interface LocaleCountry {
  /** ISO 3166-1 alpha-2 */
  readonly iso: string;
  /** the graph's countries: independent states, UN members and a few others (the source decides) */
  readonly recognized: boolean;
  /** the short name, the node's label ("Japan") */
  readonly name: string;
  readonly official: string;
  /** other spellings and acronyms, as the source lists them */
  readonly altNames: readonly string[];
  /** the demonyms (singular; the locale's `pluralDemonym` makes the plural) */
  readonly demonyms: readonly string[];
  readonly capitals: readonly string[];
}

/** Page-furniture phrases: lines of a page that are not article prose (src/clean/furniture.ts). */
export interface FurniturePhrases {
  /** subscription, paywall, share and navigation boxes ("subscribe", "read more", …) */
  readonly subscription: RegExp;
  /** photo and copyright credits at a line's start ("© …", "Photo: …") */
  readonly credit: RegExp;
  /** other boilerplate line starts ("please direct …") */
  readonly boilerplate: RegExp;
}

export interface Locale {
  /** the id index.json names ("en") */
  readonly id: string;
  readonly name: string;
  /**
   * The tokenizer and tagger: the sentences of `text`, each a list of terms with offsets into
   * `text`. Called on each bounded piece of a document's cleaned view (tokenize/index.ts).
   */
  terms(text: string): LocaleTerm[][];
  /**
   * A word's lemma for `~lemma` patterns, from its lower-case form and its tags ("met" → "meet");
   * optional: without it a word is its own lemma.
   */
  lemma?(norm: string, tags: ReadonlySet<string>): string;
  /** load the tokenizer now (a worker thread does so before its first document); optional */
  warm?(): void;
  /** "Feb.", "February", "sept" or "2" → 2; 0 when not a month */
  monthNumber(word: string): number;
  /** "Friday" → 5 (ISO: Monday 1 … Sunday 7); 0 when not a weekday */
  weekdayNumber(word: string): number;
  /** "fall" → "FA" (TimeML season codes); null when not a season */
  seasonCode(word: string): string | null;
  /** "two", "2", "twenty-four", "a dozen" → the number; null for vague counts and anything else */
  countNumber(word: string): number | null;
  /** the document-date finder's regex sources (dates/doc-date.ts): a month name (one group), a date label ("posted on") */
  readonly docDate: { readonly month: string; readonly label: string };
  readonly furniture: FurniturePhrases;
  /** the countries, with names in this language (read lazily: the bundled lexicon is cached at build time) */
  countries(): readonly LocaleCountry[];
  /** a name of the country source usable as written in this language's texts (e.g. the Latin script for English) */
  usableName(name: string): boolean;
  /** "Kenyan" → "Kenyans"; null when the plural is the singular or not formed by rule */
  pluralDemonym(demonym: string): string | null;
  /** what the countries are read from: the provenance of their lexicon entries ("world-countries") */
  readonly countrySource: string;
  /** the same with its version, for the lexicon cache key ("world-countries@5.1.0") */
  countrySourceVersion(): string;
}
