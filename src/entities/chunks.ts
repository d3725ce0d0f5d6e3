import type { Token } from '../tokenize/index.js';
import { isCapitalized } from '../tokenize/norm.js';

/** A maximal run of name-like tokens inside one sentence: [first, last). */
export interface Chunk {
  readonly first: number;
  readonly last: number;
}

export interface ChunkWords {
  readonly particles: ReadonlySet<string>;
  readonly notNames: ReadonlySet<string>;
  /** token index → first token of the lexicon phrase covering it (titles such as "Secretary of State") */
  readonly phraseStart: ReadonlyMap<number, number>;
  /** a dateline's region after its comma has at most this many words ("KOLVAR, North Varnland 1996-08-30") */
  readonly datelineRegionWords: number;
}

const BREAK_AFTER = /[,;:()"“”[\]|!?]|\s[-–—]+\s|—/;

export function isInitial(t: Token): boolean {
  return /^\p{Lu}\.$/u.test(t.text);
}

function isAllCapsWord(t: Token): boolean {
  return t.text.length > 3 && !/\p{Ll}/u.test(t.text) && /\p{Lu}{3}/u.test(t.text);
}

/** "Ada-Mira Lund": a capitalized word after the hyphenated pair makes the pair one compound name. */
function nameGoesOn(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  return next !== undefined && next.sent === t.sent && !BREAK_AFTER.test(t.post) && !t.post.endsWith('-') && isCapitalized(next.text);
}

/** Can token i continue a name that token i-1 belongs to? */
function continues(tokens: readonly Token[], i: number, words: ChunkWords, start: number): boolean {
  const prev = tokens[i - 1]!;
  const t = tokens[i]!;
  // "Lund-Varno talks": two capitalized names joined by a hyphen at the start of a run are two names
  if (
    i - 1 === start &&
    prev.post.endsWith('-') &&
    isCapitalized(prev.text) &&
    isCapitalized(t.text) &&
    !words.particles.has(prev.norm) &&
    !(prev.tags.has('FirstName') && t.tags.has('FirstName')) &&
    !nameGoesOn(tokens, i)
  )
    return false;
  if (prev.sent !== t.sent) return false;
  // "Ada Morrow (L)": a bracket opened before a word ends the name
  if (BREAK_AFTER.test(prev.post) || /[([]/.test(t.pre)) return false;
  const phrase = words.phraseStart.get(i);
  if (phrase !== undefined && phrase < i && isCapitalized(tokens[phrase]!.text)) return true;
  if (/[’']s$/u.test(prev.text) && !/\p{Lu}/u.test(t.text.charAt(0))) return false;
  if (/[’']s$/u.test(prev.text)) return false;
  if (prev.post.endsWith('-') || prev.post === '-') return /^\p{L}/u.test(t.text);
  if (isCapitalized(t.text)) return true;
  if (words.particles.has(t.norm)) {
    const next = tokens[i + 1];
    return next !== undefined && next.sent === t.sent && (isCapitalized(next.text) || t.post.endsWith('-'));
  }
  return false;
}

/**
 * "KOLVARSTAD 1996-08-30", "KOLVARSTAD, Varnland 1996-08-30": upper-case words opening a sentence right before its
 * date (or before a comma, a short region and the date) are a dateline, however long the words.
 */
function opensDateline(tokens: readonly Token[], i: number, words: ChunkWords): boolean {
  const t = tokens[i]!;
  if (t.pos !== 0) return false;
  let k = i;
  while (tokens[k]?.sent === t.sent && /^[\p{Lu}][\p{Lu}\-'.]+$/u.test(tokens[k]!.text) && !/[,;:()]/.test(tokens[k]!.post)) k++;
  const last = tokens[k];
  if (last?.sent !== t.sent) return false;
  if (last.tags.has('Date')) return k > i;
  if (!/^[\p{Lu}][\p{Lu}\-'.]+$/u.test(last.text) || !/^,\s*$/.test(last.post)) return false;
  let r = k + 1;
  while (
    r <= k + words.datelineRegionWords &&
    tokens[r]?.sent === t.sent &&
    /^\p{Lu}/u.test(tokens[r]!.text) &&
    !tokens[r]!.tags.has('Date')
  )
    r++;
  return r > k + 1 && tokens[r]?.sent === t.sent && tokens[r]!.tags.has('Date');
}

function startsName(tokens: readonly Token[], i: number, words: ChunkWords): boolean {
  const t = tokens[i]!;
  if (isCapitalized(t.text)) return !isAllCapsWord(t) || t.text.length <= 6 || opensDateline(tokens, i, words);
  // "al-Varno", "el-Dunn"
  return words.particles.has(t.norm) && t.post.endsWith('-') && isCapitalized(tokens[i + 1]?.text ?? '');
}

/** Runs of capitalized tokens (with particles, initials and hyphen parts) per sentence. */
export function findChunks(tokens: readonly Token[], words: ChunkWords): Chunk[] {
  const chunks: Chunk[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!startsName(tokens, i, words)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < tokens.length && continues(tokens, j, words, i)) j++;
    // never end on a particle
    while (j - 1 > i && words.particles.has(tokens[j - 1]!.norm) && !isCapitalized(tokens[j - 1]!.text)) j--;
    chunks.push({ first: i, last: j });
    i = j;
  }
  return chunks;
}
