/**
 * Windows: how a long document is processed in bounded memory. A compromise parse holds about
 * 600 MB of heap per MB of prose, and some per-document scans grow faster than the text, so a
 * document whose cleaned view is longer than WINDOW_CHARS is cut into windows of at most that
 * length, each taken through tokenize → entities → dates → relations on its own (pipeline.ts);
 * the windows' findings, with offsets into the whole text, make one document's result (aliases/).
 *
 * A window is cut where the text breaks the most: at a paragraph break, else at a line end, else
 * after a sentence end, else after whitespace, else (a stretch with no whitespace) at the bound
 * itself, never between the two halves of a surrogate pair. What a window cannot see is lost only
 * where it is cut: a relation or a reference back across the cut.
 *
 * A document no longer than WINDOW_CHARS (every fixture and dev-set article: the longest is under
 * 10,000) is one window, the whole view, so it is processed exactly as before.
 */

/** The longest view (UTF-16 units) processed at once: ~10 × a long news article, ~60 MB of parse. */
export const WINDOW_CHARS = 100_000;

/** A window of the view: [start, end) in UTF-16 units. */
export interface Window {
  readonly start: number;
  readonly end: number;
}

/** Where a window may end, best first; a cut is made after the match (the break stays with the earlier window). */
const BREAKS: readonly RegExp[] = [
  /(?:\r\n|\r|\n)[^\S\r\n]*(?:\r\n|\r|\n)\s*/g, // a paragraph break
  /(?:\r\n|\r|\n)\s*/g, // a line end
  /[.!?]+["'”’)\]]*\s+/g, // a sentence end
  /\s+/g, // whitespace
];

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** The end of the window that starts at `start`: the last break of the best kind in its second half. */
function cutAfter(text: string, start: number, max: number): number {
  const from = start + Math.floor(max / 2);
  const to = start + max;
  const tail = text.slice(from, to);
  for (const re of BREAKS) {
    let end = -1;
    re.lastIndex = 0;
    for (let m = re.exec(tail); m; m = re.exec(tail)) end = m.index + m[0].length;
    if (end > 0) return from + end;
  }
  return isLowSurrogate(text.charCodeAt(to)) ? to - 1 : to;
}

/** The windows of `text`: one (the whole text) when it is no longer than `max`. */
export function documentWindows(text: string, max: number = WINDOW_CHARS): Window[] {
  const out: Window[] = [];
  let start = 0;
  while (text.length - start > max) {
    const end = cutAfter(text, start, max);
    out.push({ start, end });
    start = end;
  }
  out.push({ start, end: text.length });
  return out;
}
