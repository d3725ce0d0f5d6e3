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

/** A year is not a count: "2000 troops", "1500 people", "2019 %" are numbers, not years. */
export function notACount({ text, end, tokenAt }: GuardInput): boolean {
  const after = /^\s*(%|percent\b|per\b|[a-z]+)/.exec(text.slice(end, end + 40));
  if (!after) return true;
  if (after[1] === '%' || after[1] === 'percent' || after[1] === 'per') return false;
  const next = tokenAt(end + after[0].length - after[1]!.length);
  return !(next?.tags.has('Plural') ?? false);
}

/** Not part of a title or name: "Today" in "the Today programme", "May" in "Theresa May said". */
export function notInName({ text, start, end }: GuardInput): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  const after = text.slice(end, end + 40);
  if (/^\s+(?:programme|program|show|newspaper)\b/i.test(after)) return false;
  return !/\p{Lu}[\p{L}'’]*\s+$/u.test(before) || /(?:^|[.!?:;"“”]\s*)\p{Lu}[\p{L}'’]*\s+$/u.test(before);
}

export const GUARDS: Readonly<Record<string, Guard>> = {
  'not-a-count': notACount,
  'not-in-name': notInName,
};
