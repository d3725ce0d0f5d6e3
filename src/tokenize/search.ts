import type { Token } from './index.js';

/** Index of the first token that ends after `offset` (tokens are in text order): a binary search. */
export function tokenIndexAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first token overlapping the view range [start, end), if any. */
export function firstTokenIn(tokens: readonly Token[], start: number, end: number): Token | undefined {
  const t = tokens[tokenIndexAt(tokens, start)];
  return t !== undefined && t.start < end ? t : undefined;
}
