/** Named guards date rules list in `guards`: each may veto a match from its context. */
import type { LexiconFile } from '../engine/load.js';
import type { Token } from '../tokenize/index.js';
import { listAlternation } from '../tokenize/lexicon.js';

export interface GuardInput {
  /** the view text */
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** the token that starts at or covers a view offset, if any */
  readonly tokenAt: (offset: number) => Token | undefined;
}

/** true keeps the match; `lexicons` are the rule set's word lists (rules/lexicon/) */
export type Guard = (input: GuardInput, lexicons: ReadonlyMap<string, LexiconFile>) => boolean;

const listRegexes = new WeakMap<ReadonlyMap<string, LexiconFile>, Map<string, RegExp>>();

/** A regex built around a word list's alternation (`source(group)`), compiled once per rule set. */
function listRegex(lexicons: ReadonlyMap<string, LexiconFile>, id: string, source: (group: string) => string, flags: string): RegExp {
  let byKey = listRegexes.get(lexicons);
  if (!byKey) listRegexes.set(lexicons, (byKey = new Map<string, RegExp>()));
  const group = listAlternation(lexicons, id);
  const key = `${id}\u0000${source(group)}\u0000${flags}`;
  let re = byKey.get(key);
  if (!re) byKey.set(key, (re = new RegExp(source(group), flags)));
  return re;
}

const UNITS = /^(?:metres?|meters?|km|kilometres?|kilometers?|miles?|feet|foot|yards?|tons?|tonnes?|kg|acres?|hectares?|strong|square)$/;

function nextWord(text: string, end: number): string | null {
  const after = /^\s*(%|[\p{L}]+)/u.exec(text.slice(end, end + 40));
  return after ? after[1]! : null;
}

/** Not a percentage: "2003 percent", "1999 %". */
export function notAPercent({ text, end }: GuardInput): boolean {
  const next = nextWord(text, end);
  return !(next === '%' || next === 'percent' || next === 'per');
}

/**
 * A year is not a count: "a 1500 metre race", "the 2000 troops" (a round number before a plural)
 * are numbers, while "the 2018 elections" and "a 2005 peace agreement" are years.
 */
export function notACount(input: GuardInput): boolean {
  if (!notAPercent(input)) return false;
  const next = nextWord(input.text, input.end) ?? '';
  if (UNITS.test(next)) return false;
  const round = Number(input.text.slice(input.start, input.end)) % 10 === 0;
  return !(round && /^\p{Ll}+[^s']s$/u.test(next));
}

/** Not part of a title or name: "Today" in "the Today programme", "May" in "Theresa May said". */
export function notInName({ text, start, end }: GuardInput, lexicons: ReadonlyMap<string, LexiconFile>): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  const after = text.slice(end, end + 40);
  if (listRegex(lexicons, 'programme-nouns', (g) => `^\\s+${g}\\b`, 'i').test(after)) return false;
  return !/\p{Lu}[\p{L}'’]*\s+$/u.test(before) || /(?:^|[.!?:;"“”]\s*)\p{Lu}[\p{L}'’]*\s+$/u.test(before);
}

const QUARTER = /quarter/i;
/** the latest period an earnings report names: a quarter, or a span of months ("the first nine months") */
const PERIOD = /quarter|months\b/gi;

/**
 * A quarter is being talked about in the text before (an earnings report): "the quarter", "a year
 * earlier" refer to one, unless a span of months was named after the last quarter ("for the nine
 * months, … a year earlier" compares with the year before).
 */
export function quarterBefore({ text, start }: Pick<GuardInput, 'text' | 'start'>): boolean {
  const before = text.slice(Math.max(0, start - 600), start);
  let last: string | null = null;
  for (const m of before.matchAll(PERIOD)) last = m[0];
  return last !== null && QUARTER.test(last);
}

/** "the period", "the quarter" as a time only where quarters are talked about (before it or just after it). */
export function quarterContext({ text, start, end }: GuardInput, lexicons: ReadonlyMap<string, LexiconFile>): boolean {
  if (/quarter/i.test(text.slice(start, end)))
    return (
      QUARTER.test(text.slice(Math.max(0, start - 600), start)) ||
      /^\s+(?:ended|ending)\b/.test(text.slice(end, end + 12)) ||
      listRegex(lexicons, 'earnings-words', (g) => g, 'i').test(text.slice(Math.max(0, start - 200), end + 100))
    );
  return quarterBefore({ text, start });
}

export const GUARDS: Readonly<Record<string, Guard>> = {
  'not-a-count': notACount,
  'not-a-percent': notAPercent,
  'not-in-name': notInName,
  'quarter-before': quarterBefore,
  'quarter-context': quarterContext,
};
