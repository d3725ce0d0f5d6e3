import type { Token } from '../tokenize/index.js';
import { isCapitalized } from '../tokenize/norm.js';
import type { LexEntry, Lexicon, LexKind } from '../tokenize/lexicon.js';

/** A lexicon phrase found in the text: tokens [first, last). */
export interface LexHit {
  readonly first: number;
  readonly last: number;
  readonly entries: readonly LexEntry[];
}

const PROPER_KINDS: ReadonlySet<LexKind> = new Set(['country', 'demonym', 'capital', 'place', 'organization']);

function letters(s: string): string {
  return s.replace(/[^\p{L}\p{N}]/gu, '');
}

function caseMatches(entry: LexEntry, tokens: readonly Token[], first: number, last: number): boolean {
  const head = tokens[first]!.text;
  if (entry.caseSensitive) {
    const written = tokens
      .slice(first, last)
      .map((t) => t.text.replace(/[’']s$/u, ''))
      .join('');
    return letters(written) === letters(entry.text);
  }
  if (PROPER_KINDS.has(entry.kind)) return isCapitalized(head) || /^(al|el)$/i.test(tokens[first]!.norm);
  return true;
}

const prefixSets = new WeakMap<Lexicon, ReadonlySet<string>>();

/** Every phrase of the lexicon and every run of its first words ("a", "a b" of "a b c"), built once per lexicon. */
function prefixesOf(lexicon: Lexicon): ReadonlySet<string> {
  let set = prefixSets.get(lexicon);
  if (!set) {
    const built = new Set<string>();
    for (const phrase of lexicon.phrases.keys()) {
      for (let at = phrase.indexOf(' '); at >= 0; at = phrase.indexOf(' ', at + 1)) built.add(phrase.slice(0, at));
      built.add(phrase);
    }
    prefixSets.set(lexicon, (set = built));
  }
  return set;
}

/** Longest-match scan of the lexicon over the tokens of each sentence. */
export function scanLexicon(tokens: readonly Token[], lexicon: Lexicon): LexHit[] {
  const prefixes = prefixesOf(lexicon);
  const hits: LexHit[] = [];
  let i = 0;
  while (i < tokens.length) {
    let best: LexHit | undefined;
    const sent = tokens[i]!.sent;
    let words = '';
    for (let j = i; j < tokens.length && j - i < lexicon.maxWords; j++) {
      const t = tokens[j]!;
      if (t.sent !== sent) break;
      if (j > i && /[,;:()"“”]/.test(tokens[j - 1]!.post)) break;
      // a hyphenated word kept as one token ("President-elect") reads as its parts, as phraseKey() keys the lexicon
      const norm = t.norm.includes('-') ? t.norm.replace(/-+/g, ' ') : t.norm;
      words = j > i ? `${words} ${norm}` : norm;
      // no phrase is these words or goes on from them
      if (!prefixes.has(words)) break;
      const found = lexicon.phrases.get(words);
      if (found) {
        const ok = found.filter((e) => caseMatches(e, tokens, i, j + 1));
        if (ok.length > 0) best = { first: i, last: j + 1, entries: ok };
      }
    }
    if (best) {
      hits.push(best);
      i = best.last;
    } else i++;
  }
  return hits;
}

export function hitKinds(hit: LexHit): ReadonlySet<LexKind> {
  return new Set(hit.entries.map((e) => e.kind));
}

export function firstEntry(hit: LexHit, kinds: readonly LexKind[]): LexEntry | undefined {
  for (const k of kinds) {
    const e = hit.entries.find((x) => x.kind === k);
    if (e) return e;
  }
  return undefined;
}
