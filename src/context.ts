import type { Lexicon } from './tokenize/lexicon.js';
import type { RuleSet } from './engine/load.js';
import type { Locale } from './locales/types.js';

export interface ExtractOptions {
  /** the document date (YYYY-MM-DD) given from outside; wins over any date found in the text */
  readonly docDate?: string | null;
}

/** Read-only state built once per process and shared by every document. */
export interface Context {
  readonly rules: RuleSet;
  readonly lexicon: Lexicon;
  /** the rules' locale (their index.json "locale"): tokenizer and tagger, number and month words, country names */
  readonly locale: Locale;
  readonly trace?: (line: string) => void;
}
