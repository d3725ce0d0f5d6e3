/** Named guards date rules list in `guards`: each may veto a match from its context. */
import type { Token } from '../tokenize/index.js';

export interface GuardInput {
  /** the view text */
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** the token that starts at or covers a view offset, if any */
  readonly tokenAt: (offset: number) => Token | undefined;
}

/** true keeps the match */
export type Guard = (input: GuardInput) => boolean;

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
export function notInName({ text, start, end }: GuardInput): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  const after = text.slice(end, end + 40);
  if (/^\s+(?:programme|program|show|newspaper)\b/i.test(after)) return false;
  return !/\p{Lu}[\p{L}'’]*\s+$/u.test(before) || /(?:^|[.!?:;"“”]\s*)\p{Lu}[\p{L}'’]*\s+$/u.test(before);
}

const QUARTER = /quarter/i;

/** A quarter is being talked about in the text before (an earnings report): "the quarter", "a year earlier" refer to one. */
export function quarterBefore({ text, start }: GuardInput): boolean {
  return QUARTER.test(text.slice(Math.max(0, start - 600), start));
}

/** "the period", "the quarter" as a time only where quarters are talked about (before it or just after it). */
export function quarterContext({ text, start, end }: GuardInput): boolean {
  if (/quarter/i.test(text.slice(start, end)))
    return (
      QUARTER.test(text.slice(Math.max(0, start - 600), start)) ||
      /^\s+(?:ended|ending)\b/.test(text.slice(end, end + 12)) ||
      /(?:profit|earnings|net|loss|sales|revenue)/i.test(text.slice(Math.max(0, start - 200), end + 100))
    );
  return QUARTER.test(text.slice(Math.max(0, start - 600), start));
}

export const GUARDS: Readonly<Record<string, Guard>> = {
  'not-a-count': notACount,
  'not-a-percent': notAPercent,
  'not-in-name': notInName,
  'quarter-before': quarterBefore,
  'quarter-context': quarterContext,
};
