/** Finding the other mentions of a name in a document, one sense per document (teams, short names of companies). */
import type { Token } from '../tokenize/index.js';
import type { DocView } from './classify.js';

export interface TokenRange {
  readonly first: number;
  readonly last: number;
}

export const sameName = (token: string, name: string): boolean =>
  token === name || (token === token.toUpperCase() && token === name.toUpperCase());

/** A word without a possessive 's or a trailing stop, comma, semicolon or colon: "Kestow's" → "Kestow". */
const bareText = (word: string): string => word.replace(/[’']s$|[.,;:]$/u, '');

interface TokenIndex {
  /** each token's text without a possessive 's or a trailing stop, comma, semicolon or colon */
  readonly bare: readonly string[];
  /** bare text → the tokens that have it, in order */
  readonly at: ReadonlyMap<string, readonly number[]>;
}

const indexes = new WeakMap<readonly Token[], TokenIndex>();

/** The tokens' bare texts and where each stands, made once per token list (a document asks for many names). */
function indexOf(tokens: readonly Token[]): TokenIndex {
  let index = indexes.get(tokens);
  if (!index) {
    const bare = tokens.map((t) => bareText(t.text));
    const at = new Map<string, number[]>();
    bare.forEach((b, i) => {
      const list = at.get(b);
      if (list) list.push(i);
      else at.set(b, [i]);
    });
    indexes.set(tokens, (index = { bare, at }));
  }
  return index;
}

/**
 * All token ranges whose words spell a name, as a name of its own (not a word of a longer capitalized
 * name: "Ardley" of "Ardley Park"); an all-capitals headline spells it in capitals.
 */
export function nameOccurrences(v: DocView, nameWords: readonly string[]): TokenRange[] {
  const out: TokenRange[] = [];
  const { bare, at } = indexOf(v.tokens);
  // a name's own words are compared as the tokens are: "Queen's Park" is found where its tokens spell it
  const words = nameWords.map(bareText);
  const first = words[0];
  if (first === undefined) return out;
  // a first word sameName accepts is the name's word itself or that word in capitals
  const starts = [...(at.get(first) ?? []), ...(first.toUpperCase() !== first ? (at.get(first.toUpperCase()) ?? []) : [])].sort(
    (a, b) => a - b,
  );
  for (const i of starts) {
    if (i + words.length > v.tokens.length) continue;
    let ok = true;
    for (let k = 0; k < words.length && ok; k++) {
      const t = v.tokens[i + k]!;
      ok = sameName(bare[i + k]!, words[k]!) && (k === 0 || v.tokens[i + k - 1]!.sent === t.sent);
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
