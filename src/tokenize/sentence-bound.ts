/**
 * The sentence-length bound. compromise's parse is linear in the number of sentences but
 * super-linear in the length of one sentence (a 200 KB run-on took minutes), and every later
 * per-sentence scan is too. So before parsing, the view is cut into pieces such that no stretch
 * without a sentence end is longer than MAX_SENTENCE_CHARS; each piece is parsed on its own.
 *
 * A text with no over-long stretch is one piece (the whole text), so ordinary prose is parsed
 * exactly as before: the longest sentence in the fixtures and dev corpora is under 700 chars.
 */

/** The longest stretch (UTF-16 units) parsed as one sentence; compromise is near-linear up to ~4,000. */
export const MAX_SENTENCE_CHARS = 2000;

/** Where a sentence may end for this bound: a run of newlines, or . ! ? followed by whitespace. */
const SENTENCE_END = /(?:\r\n|\r|\n)+|[.!?]+\s/g;
const SPACE = /\s/;

/** A piece of the text to parse on its own: [start, end) in UTF-16 units of the view. */
export interface Piece {
  readonly start: number;
  readonly end: number;
}

/**
 * The cut for a stretch [from, to) longer than `max`: at the last whitespace of each window of
 * `max` chars (after it, so the space stays with the earlier piece), or at `max` itself when the
 * window's second half has none (never between the two halves of a surrogate pair).
 */
function cutsInside(text: string, from: number, to: number, max: number): number[] {
  const cuts: number[] = [];
  let start = from;
  while (to - start > max) {
    let cut = start + max;
    let ws = cut - 1;
    while (ws > start + max / 2 && !SPACE.test(text[ws]!)) ws--;
    if (ws > start + max / 2) cut = ws + 1;
    else if (isLowSurrogate(text.charCodeAt(cut))) cut--;
    cuts.push(cut);
    start = cut;
  }
  return cuts;
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** The pieces of `text`: one when no stretch between sentence ends is longer than `max`. */
export function boundedPieces(text: string, max: number = MAX_SENTENCE_CHARS): Piece[] {
  const cuts: number[] = [];
  let from = 0;
  for (const m of text.matchAll(SENTENCE_END)) {
    if (m.index - from > max) cuts.push(...cutsInside(text, from, m.index, max));
    from = m.index + m[0].length;
  }
  if (text.length - from > max) cuts.push(...cutsInside(text, from, text.length, max));
  const pieces: Piece[] = [];
  let start = 0;
  for (const cut of cuts) {
    pieces.push({ start, end: cut });
    start = cut;
  }
  pieces.push({ start, end: text.length });
  return pieces;
}
