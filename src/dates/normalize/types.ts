/** The contract between a date rule's match and the named normalizer its output refers to. */
import type { Timex } from '../../types.js';
import type { Locale } from '../../locales/types.js';

/** Which way an underspecified expression points, from the tense and cue words around it. */
export type Direction = 'past' | 'future' | null;

export interface NormalizeInput {
  /** the rule's named groups (undefined when a group did not take part) */
  readonly groups: Readonly<Record<string, string | undefined>>;
  /** the matched text */
  readonly text: string;
  /** the document date as a day number, or null when the document has no date */
  readonly anchor: number | null;
  readonly direction: Direction;
  /** day number of the closest day-granular date mentioned before this one, if any */
  readonly previous: number | null;
  /** the quarter (1998-Q3) mentioned last before this one, if any: "the quarter", "a year earlier" refer to it */
  readonly lastQuarter?: string | null;
  /**
   * the quarter an earnings report is about: of the quarters mentioned before this one, the latest
   * that had ended by the document date ("third-quarter profit … after a flat second quarter … the
   * year-earlier period" is the third; a fourth quarter still under way is not reported on yet)
   */
  readonly reportQuarter?: string | null;
  /** the value of the DATE or TIME mentioned last before this one (years and months too), if any */
  readonly lastDate?: string | null;
  /** the rule's output.date object (extra settings such as a fixed value) */
  readonly params: Readonly<Record<string, unknown>>;
  /** the document's locale: its month, weekday, season and number words */
  readonly locale: Locale;
}

/**
 * `{value}` (value null: a date that cannot be resolved) or null: not a date after all. `timex`, when
 * the normalizer decides it, overrides the rule's `output.date.timex` (default DATE).
 */
export type Normalized = { readonly value: string | null; readonly timex?: Timex } | null;

export type Normalizer = (input: NormalizeInput) => Normalized;

export function value(v: string | null, timex?: Timex): Normalized {
  return timex === undefined ? { value: v } : { value: v, timex };
}
