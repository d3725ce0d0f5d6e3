/** Finding the other mentions of a name in a document, one sense per document (teams, short names of companies). */
import type { Token } from '../tokenize/index.js';
import type { DocView } from './classify.js';

export interface TokenRange {
  readonly first: number;
  readonly last: number;
}

export const sameName = (token: string, name: string): boolean =>
  token === name || (token === token.toUpperCase() && token === name.toUpperCase());

/**
 * All token ranges whose words spell a name, as a name of its own (not a word of a longer capitalized
 * name: "Ardley" of "Ardley Park"); an all-capitals headline spells it in capitals.
 */
export function nameOccurrences(v: DocView, words: readonly string[]): TokenRange[] {
  const out: TokenRange[] = [];
  for (let i = 0; i + words.length <= v.tokens.length; i++) {
    let ok = true;
    for (let k = 0; k < words.length && ok; k++) {
      const t = v.tokens[i + k]!;
      ok = sameName(t.text.replace(/[’']s$|[.,;:]$/u, ''), words[k]!) && (k === 0 || v.tokens[i + k - 1]!.sent === t.sent);
    }
    if (!ok) continue;
    const next = v.tokens[i + words.length];
    const prev = v.tokens[i - 1];
    // in an all-capitals line every word is capitalized
    const caps = (t: Token | undefined): boolean => t !== undefined && t.text.length > 1 && t.text === t.text.toUpperCase();
    const glued = (a: Token | undefined, b: Token | undefined): boolean =>
      a !== undefined &&
      b !== undefined &&
      a.sent === b.sent &&
      /^\p{Lu}/u.test(a.text) &&
      /^\p{Lu}/u.test(b.text) &&
      !/[,;:()]/.test(a.post + b.pre) &&
      !(caps(a) && caps(b));
    if (glued(v.tokens[i + words.length - 1], next) || glued(prev, v.tokens[i])) continue;
    out.push({ first: i, last: i + words.length });
  }
  return out;
}
