import type { Context } from '../context.js';
import type { CleanDoc } from '../clean/index.js';
import { boundedPieces } from './sentence-bound.js';
import { normToken } from './norm.js';

export { normToken, isCapitalized } from './norm.js';

export interface Token {
  /** index in the document's token list */
  readonly i: number;
  /** sentence index, and index within that sentence (compromise's pointer) */
  readonly sent: number;
  readonly pos: number;
  readonly text: string;
  /** lower case, without possessive 's and edge punctuation */
  readonly norm: string;
  readonly pre: string;
  readonly post: string;
  /** UTF-16 range of `text` in the view */
  readonly start: number;
  readonly end: number;
  readonly tags: ReadonlySet<string>;
}

export interface Sentence {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  /** [first, last) token indexes */
  readonly first: number;
  readonly last: number;
}

export interface Tokenized extends CleanDoc {
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
}

/**
 * An abbreviation keeps its last dot: compromise gives "(U.S.)" as "U.S" + ".)", but the name is "U.S."
 * (a sentence-final "U.S." already keeps it); so does a capitalized word of lexicon dotted-abbreviations
 * inside a sentence ("Kestow Corp. said" is "Corp." + " "); at a sentence's end the dot ends the sentence.
 */
export function abbreviationDot(
  text: string,
  post: string,
  dotted: ReadonlySet<string> = new Set(),
  sentenceEnd = true,
): { text: string; post: string } {
  const abbreviation =
    /^(?:\p{L}\.)+\p{L}$/u.test(text) ||
    (!sentenceEnd && /^\p{Lu}/u.test(text) && dotted.has(text.toLowerCase()) && !post.startsWith('..'));
  return abbreviation && post.startsWith('.') ? { text: `${text}.`, post: post.slice(1) } : { text, post };
}

/**
 * tokenize: a parse of the view by the locale's tokenizer (`ctx.locale.terms`; English: compromise,
 * src/locales/en/) — one, unless a stretch without a sentence end is longer than the sentence bound:
 * then one per piece, see sentence-bound.ts; sentences and terms with view offsets.
 */
export function tokenize(doc: CleanDoc, ctx: Context): Tokenized {
  const dotted = ctx.lexicon.lists.get('dotted-abbreviations') ?? new Set<string>();
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  for (const piece of boundedPieces(doc.view.text)) {
    const document = ctx.locale.terms(doc.view.text.slice(piece.start, piece.end));
    for (const terms of document) {
      const s = sentences.length;
      const first = tokens.length;
      terms.forEach((t, p) => {
        if (t.text === '') return; // an implicit word of a contraction ("BBC's" → "BBC is")
        const start = piece.start + (t.offset?.start ?? 0);
        const { text, post } = abbreviationDot(t.text, t.post, dotted, p === terms.length - 1);
        tokens.push({
          i: tokens.length,
          sent: s,
          pos: p,
          text,
          norm: normToken(text),
          pre: t.pre,
          post,
          start,
          end: start + text.length,
          tags: t.tags,
        });
      });
      const last = tokens.length;
      if (last > first) {
        sentences.push({ index: s, start: tokens[first]!.start, end: tokens[last - 1]!.end, first, last });
      } else {
        sentences.push({ index: s, start: 0, end: 0, first, last });
      }
    }
  }
  return { ...doc, tokens, sentences };
}
