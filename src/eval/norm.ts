/** Name normalization of the reference scorer (shared/eval/score.mjs `norm`), kept byte-for-byte equivalent. */
export function norm(s: string | null | undefined): string {
  let t = (s ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  t = t
    .replace(/[’']s\b/g, '')
    .replace(/[.’'`"“”]/g, '')
    .replace(/[-‐‑–—_/]/g, ' ');
  t = t.replace(/\s+/g, ' ').trim().replace(/^the /, '');
  let prev: string;
  do {
    prev = t;
    t = t.replace(/\b(\w) (?=\w\b)/g, '$1'); // "u s" -> "us"
  } while (t !== prev);
  return t;
}

/** Code-point indexOf: [start, end) index Array.from(text); -1 when absent. */
export function cpIndexOf(cps: readonly string[], needle: string, from = 0): number {
  const n = Array.from(needle);
  outer: for (let i = from; i + n.length <= cps.length; i++) {
    for (let j = 0; j < n.length; j++) if (cps[i + j] !== n[j]) continue outer;
    return i;
  }
  return -1;
}
