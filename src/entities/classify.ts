import type { Token } from '../tokenize/index.js';
import { isCapitalized } from '../tokenize/norm.js';
import type { LexEntry, Lexicon } from '../tokenize/lexicon.js';
import type { Chunk } from './chunks.js';
import type { LexHit } from './scan.js';
import type { EntMention, TitleHit } from './types.js';
import { slugify } from './types.js';
import type { ParamOf, Stamp } from './outcomes.js';
import type { SlotHits } from './items.js';

export interface DocView {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly lexicon: Lexicon;
  /** token index → lexicon hit covering it */
  readonly hitAt: ReadonlyMap<number, LexHit>;
  readonly headlineSentences: ReadonlySet<number>;
  readonly titles: readonly TitleHit[];
  /** the rule id of an extractor's named outcome (see outcomes.ts) */
  readonly stamp: Stamp;
  /** a window or threshold of the record that maps an extractor's outcome (see outcomes.ts) */
  readonly param: ParamOf;
  /** where the pattern of the record mapping a `chunks` outcome put its name slot (see items.ts) */
  readonly slots: (outcome: PatternStep) => SlotHits;
}

/** The `chunks` outcomes whose rule records decide by a pattern (src/engine/registry.ts PATTERN_STEPS). */
export type PatternStep =
  'apposition' | 'org-apposition' | 'org-business-subject' | 'place-before-lowercase-head' | 'place-city-of' | 'speaker' | 'title-name';

const PERSON_TAGS = ['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName', 'Honorific'];
const PLACE_TAGS = ['Place', 'City', 'Region', 'Country', 'Address'];
/** a regnal or generational number after a name ("Ada Morrow III") */
const REGNAL = /^(?=[IVX]{2,4}$)X{0,3}(?:IX|IV|V?I{0,3})$/;

export function spanText(v: DocView, first: number, last: number): string {
  return v.text.slice(v.tokens[first]!.start, v.tokens[last - 1]!.end);
}

/** A label from tokens, without a trailing possessive. */
export function labelOf(v: DocView, first: number, last: number): string {
  return spanText(v, first, last)
    .replace(/[’']s$/u, '')
    .replace(/[.,;:]+$/u, (m) => (/\p{Lu}\.$/u.test(spanText(v, first, last)) ? m : ''))
    .replace(/\s+/g, ' ')
    .trim();
}

export function list(v: DocView, id: string): ReadonlySet<string> {
  return v.lexicon.lists.get(id) ?? new Set();
}

export function hasKind(hit: LexHit | undefined, ...kinds: LexEntry['kind'][]): boolean {
  return hit !== undefined && hit.entries.some((e) => kinds.includes(e.kind));
}

export function entryOf(hit: LexHit, ...kinds: LexEntry['kind'][]): LexEntry | undefined {
  for (const k of kinds) {
    const e = hit.entries.find((x) => x.kind === k);
    if (e) return e;
  }
  return undefined;
}

function tagged(t: Token, tags: readonly string[]): boolean {
  return tags.some((x) => t.tags.has(x));
}

/** Name tokens for alias matching: lower case, hyphens split, particles and patronymics dropped. */
export function nameTokensOf(label: string, particles: ReadonlySet<string>, patronymics: ReadonlySet<string>): string[] {
  const parts = label
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .split(/[\s\-–]+/)
    .map((w) => w.replace(/[^\p{L}\p{N}]/gu, ''))
    .filter((w) => w !== '');
  const out: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const w = parts[i]!;
    if (patronymics.has(w)) break; // what follows is a father's name, not a surname
    if (particles.has(w)) continue;
    out.push(w);
  }
  return out;
}

export function personMention(v: DocView, first: number, last: number, rule: string, titles: readonly string[]): EntMention {
  const label = labelOf(v, first, last);
  return {
    type: 'person',
    first,
    last,
    id: `person:${slugify(label) || 'unnamed'}`,
    label,
    rule,
    titles,
    nameTokens: nameTokensOf(label, list(v, 'name-particles'), list(v, 'patronymic-markers')),
  };
}

/**
 * "A. Ardley", "(M. Varno 4-55)": an initial right before a capitalized word of its sentence is part of a name,
 * even when its letter is also a word ("A") or an honorific ("M.").
 */
export function initialOfName(v: DocView, i: number): boolean {
  const t = v.tokens[i];
  const next = v.tokens[i + 1];
  return t !== undefined && next !== undefined && isLetterInitial(t) && isCapitalized(next.text);
}

/** Words before a month that make it a date, not a given name: "in May", "last June", "the August". */
const DATE_LEAD_TAGS = ['Preposition', 'Determiner', 'Adjective', 'Value', 'Conjunction'];

/**
 * A word of the not-names list that is a given name here: an entry marked `givenName` (a month that is
 * also a first name: "Jan", "May", "June") right before a capitalized word of the same name run, with no
 * preposition, determiner, adjective or number before it, or right after a first name (a surname: "Ada May").
 * "Foreign Minister Jan Olsen" is a name;
 * "in May Lund said", "last June Varno" and "May 12" are dates.
 */
function givenNameAt(v: DocView, i: number): boolean {
  const t = v.tokens[i]!;
  if (v.lexicon.tables.get('not-names')?.get(t.norm)?.givenName !== true || !isCapitalized(t.text)) return false;
  // the same word as a surname, right after a first name: "Prime Minister Ada May"
  const before = v.tokens[i - 1];
  if (before && before.sent === t.sent && /^\s+$/.test(before.post) && isCapitalized(before.text) && before.tags.has('FirstName'))
    return true;
  const next = v.tokens[i + 1];
  if (!next || next.sent !== t.sent || /\S/.test(t.post) || !isCapitalized(next.text) || /\d/.test(next.text)) return false;
  if (list(v, 'not-names').has(next.norm)) return false;
  const prev = v.tokens[i - 1];
  return !(prev && prev.sent === t.sent && !/[,;:]/.test(prev.post) && DATE_LEAD_TAGS.some((tag) => prev.tags.has(tag)));
}

/** Is token i a word of the not-names list that ends or breaks a name here (not an initial, not a given name)? */
export function notNameAt(v: DocView, i: number): boolean {
  const t = v.tokens[i];
  return t !== undefined && list(v, 'not-names').has(t.norm) && !initialOfName(v, i) && !givenNameAt(v, i);
}

/** A capital letter and its dot, then a space: "H" + ". " (the tokenizer keeps the dot in the space after it). */
export function isLetterInitial(t: Token): boolean {
  return /^\p{Lu}$/u.test(t.text) && /^\.[ \t]+$/.test(t.post);
}

/**
 * Does the document write people as initial and surname ("H. Ardley", "D. Varno")? Then "M. Lund" is one more
 * such name, not "Monsieur Lund": two initials of letters that are neither words nor honorifics are enough.
 */
export function writesInitials(v: DocView): boolean {
  const enough = v.param('initial-names', undefined, 'minInitialNames');
  let n = 0;
  for (let i = 0; i < v.tokens.length && n < enough; i++) {
    if (initialOfName(v, i) && !v.hitAt.has(i) && !list(v, 'not-names').has(v.tokens[i]!.norm)) n++;
  }
  return n >= enough;
}

/** Evidence that a run of capitalized tokens is a person's name. */
export function personEvidence(v: DocView, c: Chunk, titled: boolean): string | null {
  const toks = v.tokens.slice(c.first, c.last);
  if (toks.some((t) => isCapitalized(t.text) && notNameAt(v, t.i))) return null;
  if (toks.some((t) => /\d/.test(t.text))) return null;
  // "Pope County", "Bridge", "the Presidential Palace": a geographic or institutional head is no one's name
  const lastHit = v.hitAt.get(toks[toks.length - 1]!.i);
  if (lastHit && hasKind(lastHit, 'place-head', 'org-head') && !hasKind(lastHit, 'country', 'capital')) return null;
  // acronyms are not parts of personal names ("KST", "NATO"); initials ("W.") and a regnal number after a name ("III") are
  if (toks.some((t, k) => /^\p{Lu}{2,}$/u.test(t.text) && !t.tags.has('Person') && !(k > 0 && REGNAL.test(t.text)))) return null;
  if (titled) return v.stamp('chunks', 'title-name');
  // "the Two Holy Mosques", "MPs": a plural common noun ends no one's name
  const end = toks[toks.length - 1]!;
  if (end.tags.has('Plural') && !tagged(end, PERSON_TAGS)) return null;
  if (toks.some((t) => tagged(t, PERSON_TAGS) && !t.tags.has('Place')))
    return v.stamp('chunks', toks.length > 1 ? 'known-name' : 'known-single-name');
  const next = v.tokens[c.last];
  const prev = v.tokens[c.first - 1];
  if (prev && prev.text === 'By' && prev.pos === 0 && prev.sent === toks[0]!.sent && toks.length >= 2) return v.stamp('chunks', 'byline');
  // a name found by its context alone has from two to `maxNameWords` words (the param of the record of that context)
  const fits = (o: 'apposition' | 'speaker' | 'unknown-full-name'): boolean =>
    toks.length >= 2 && toks.length <= v.param('chunks', o, 'maxNameWords');
  if (toks.length >= 2) {
    const prevTok = v.tokens[c.last - 1]!;
    // the patterns of person/apposition ("Keld Varno, a former minister", "…, Foreign Minister") and person/speaker ("Keld Varno said")
    if (fits('apposition') && v.slots('apposition').last.has(c.last - 1)) return v.stamp('chunks', 'apposition');
    if (fits('speaker') && v.slots('speaker').last.has(c.last - 1)) return v.stamp('chunks', 'speaker');
    // "Keld Varno, spokesman for …": an office word begins with a prefix of lexicon/apposition-role-prefixes (not a word: code)
    if (
      fits('apposition') &&
      /,\s*$/.test(prevTok.post) &&
      next &&
      [...list(v, 'apposition-role-prefixes')].some((w) => next.norm.startsWith(w))
    )
      return v.stamp('chunks', 'apposition');
    if (
      fits('unknown-full-name') &&
      !v.headlineSentences.has(toks[0]!.sent) &&
      toks.every((t) => !v.hitAt.has(t.i) && isCapitalized(t.text) && !tagged(t, PLACE_TAGS))
    ) {
      const first = toks[0]!;
      const sentenceStart = first.pos === 0;
      const verbNext = next !== undefined && next.sent === first.sent && next.tags.has('Verb') && !/[,;:]/.test(prevTok.post);
      if (!sentenceStart || verbNext) return v.stamp('chunks', 'unknown-full-name');
    }
  }
  return null;
}
