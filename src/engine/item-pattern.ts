/**
 * The relation pattern language: regular expressions over the item symbols of relations/items.ts,
 * compiled once per rule set and matched against a sentence's item string. Besides regex syntax a
 * pattern may use `$MACRO` (the family's macros), `@lexicon-id` (the lower-case entries of a word
 * list under rules/lexicon/, as an alternation), the item classes below, and two item tests on
 * word items: `#Tag` (a word compromise tagged so, e.g. `#PastTense`) and `~lemma` (a word whose
 * lemma is this, e.g. `~meet` for met/meets/meeting/meet), combinable as `~meet#Verb`.
 *
 * A pattern without `#`/`~` runs on the plain item string ("PER met PER"). One with them runs on
 * the annotated string, where each word item carries its lemma and tags
 * ("met\u001emeet\u001fPastTense\u001fVerb\u001f"): the compiler rewrites every item boundary
 * (a space, the pattern's end) to step over a word's annotation, and each `#Tag`/`~lemma` to
 * one item whose annotation holds them, so a literal still matches only its word.
 *
 * `@lexicon-id/i` names the entries in any case: each of their words lower-case or capitalized
 * (a `Cap` item, whose annotation also holds its lower-case form). It runs on the annotated string.
 *
 * Two ways to match: every non-overlapping match of a sentence (matchSentence, for edge rules and
 * step patterns), or the match that starts at one item (matchSentenceAt, for a callback that scans
 * word by word and keeps the longest match at each, as the meeting triggers do).
 */
import { RunError } from '../errors.js';
import { ruleError, type LexiconFile, type Rule } from './load.js';
import { nestedRepetition } from './safety.js';
import { backtrackingProblem } from './backtracking.js';
import { POS_TAGS } from './pos-tags.js';
import { phraseKey } from '../tokenize/lexicon.js';

/** The upper-case symbols of the item stream (see relations/items.ts). */
export const ITEM_CLASSES: Readonly<Record<string, string>> = {
  CTY: 'a country by name',
  CTYs: 'a country by name, possessive ("Denmark\'s")',
  Cap: 'a capitalized word that is no entity, title or date',
  DATE: 'a time expression',
  DEM: 'a demonym standing for a country ("Danish")',
  HON: 'an honorific ("Mr", "Dr")',
  LEAD: 'a leader title ("Prime Minister", "President")',
  ORG: 'an organization',
  ORGs: 'an organization, possessive',
  PER: 'a person',
  PERs: 'a person, possessive ("Morrow\'s")',
  PLC: 'a place',
  PLCs: 'a place, possessive',
  ROLE: 'another office ("Foreign Minister", "spokesman")',
};

export interface CompiledPattern {
  readonly rule: Rule;
  readonly re: RegExp;
  readonly unless?: RegExp;
  /** it uses `#Tag` or `~lemma`: match it against the annotated item string (annotatedText) */
  readonly annotated?: boolean;
}

/** The compromise tags a `#Tag` may name. */
export { POS_TAGS };

/**
 * Annotated item string: a word item is `symbol ANN_START lemma ANN_SEP (tag ANN_SEP)*` (tags sorted),
 * and a capitalized one (`Cap`) ends in `ANN_FORM form`, its lower-case form (for `@list/i`).
 */
export const ANN_START = '\u001e';
export const ANN_SEP = '\u001f';
export const ANN_FORM = '\u001d';
/** At an item boundary: step over a word's annotation (and only there: not inside a symbol). */
const ANN = '(?:\\u001e[^ ]*|(?<!\\u001e[^ ]*))';

/** An annotation part holds no space (the item separator) and no separator of its own. */
function cleanPart(t: string): string {
  if (!/\s/.test(t) && !t.includes(ANN_START) && !t.includes(ANN_SEP) && !t.includes(ANN_FORM)) return t;
  return t.replace(/\s+/g, '_').split(ANN_START).join('_').split(ANN_SEP).join('_').split(ANN_FORM).join('_');
}

/**
 * The tag part of annotated symbols, by the tags in their given order: a document's words share a
 * few hundred tag sets, so each is sorted and cleaned once per thread, not once per word.
 */
const tagParts = new Map<string, string>();

function tagPart(tags: Iterable<string>): string {
  let key = '';
  for (const t of tags) key += `${t}${ANN_SEP}`;
  let hit = tagParts.get(key);
  if (hit === undefined) {
    hit = [...tags]
      .sort()
      .map((t) => `${cleanPart(t)}${ANN_SEP}`)
      .join('');
    if (tagParts.size < 100_000) tagParts.set(key, hit);
  }
  return hit;
}

/**
 * The string a pattern is matched against: the item symbols joined by single spaces, and for each
 * character the index of the item it belongs to (a space belongs to the item after it).
 */
export function itemString(symbols: readonly string[]): { text: string; itemAt: Int32Array } {
  const text = symbols.join(' ');
  const itemAt = new Int32Array(text.length);
  let c = 0;
  for (let k = 0; k < symbols.length; k++) {
    const end = c + symbols[k]!.length + (k > 0 ? 1 : 0);
    itemAt.fill(k, c, end);
    c = end;
  }
  return { text, itemAt };
}

/** The annotated form of one word item (`form`: a capitalized word's lower-case form). */
export function annotatedSymbol(symbol: string, lemma: string, tags: Iterable<string>, form?: string): string {
  return `${symbol}${ANN_START}${cleanPart(lemma)}${ANN_SEP}${tagPart(tags)}${form !== undefined ? `${ANN_FORM}${cleanPart(form)}` : ''}`;
}

/** `~lemma`, `#Tag`, `~lemma#Tag#Tag`: one word item (at a position outside classes and escapes). */
const TERM = /^(?:~([a-z][a-z0-9'_-]*))?((?:#[A-Za-z][A-Za-z0-9]*)*)/;

function termAt(src: string, i: number): { lemma?: string; tags: string[]; length: number } | undefined {
  const c = src[i];
  if (c !== '~' && c !== '#') return undefined;
  const m = TERM.exec(src.slice(i));
  if (!m || m[0] === '' || (c === '~' && m[1] === undefined)) return undefined;
  const tags = m[2] ? m[2].slice(1).split('#') : [];
  return { ...(m[1] !== undefined ? { lemma: m[1] } : {}), tags, length: m[0].length };
}

/** The end of the escape or character class at i (or i + 1 for any other character). */
function skipAtom(src: string, i: number): number {
  const c = src[i];
  if (c === '\\') {
    if (/^\\[pPk][{<]/.test(src.slice(i, i + 3))) {
      const close = src.indexOf(src[i + 2] === '{' ? '}' : '>', i);
      return close < 0 ? src.length : close + 1;
    }
    return i + 2;
  }
  if (c === '[') {
    let j = i + 1;
    if (src[j] === '^') j++;
    if (src[j] === ']') j++;
    while (j < src.length && src[j] !== ']') j += src[j] === '\\' ? 2 : 1;
    return j + 1;
  }
  return i + 1;
}

/** The `#Tag`/`~lemma` terms of an (expanded) pattern, outside classes and escapes. */
function patternTerms(src: string): { lemma?: string; tags: string[] }[] {
  const out: { lemma?: string; tags: string[] }[] = [];
  for (let i = 0; i < src.length;) {
    const t = termAt(src, i);
    if (t) {
      out.push(t);
      i += t.length;
    } else i = skipAtom(src, i);
  }
  return out;
}

/** Does a pattern use `#Tag`, `~lemma` or `@list/i` (its lexicons expanded or not)? */
export function usesAnnotations(src: string): boolean {
  return patternTerms(src).length > 0 || ANY_CASE.test(src) || [...src.matchAll(LEXICON_REF)].some((m) => m[2] !== undefined);
}

/** Rewrite an expanded pattern for the annotated item string (see the module comment). */
export function annotatedSource(src: string): string {
  let out = '';
  for (let i = 0; i < src.length;) {
    const t = termAt(src, i);
    if (t) {
      const checks = [
        ...(t.lemma !== undefined ? [`(?=[^ \\u001e]*\\u001e${escapeRegex(t.lemma)}\\u001f)`] : []),
        ...t.tags.map((tag) => `(?=[^ ]*\\u001f${tag}\\u001f)`),
      ];
      out += `(?:${checks.join('')}[^ \\u001e]+)`;
      i += t.length;
      continue;
    }
    const next = skipAtom(src, i);
    out += src[i] === ' ' ? `${ANN} ` : src[i] === '$' ? `${ANN}$` : src.slice(i, next);
    i = next;
  }
  return out;
}

export interface ItemMatch {
  /** item range [first, last) of the whole match */
  readonly first: number;
  readonly last: number;
  /** named group → item range [first, last) */
  readonly groups: ReadonlyMap<string, readonly [number, number]>;
}

export type LexiconTexts = ReadonlyMap<string, readonly string[]>;

/**
 * Each word list by id, and each part of it by `id[attribute=value]`: the entries whose string
 * attribute has that value (`@meeting-status[status=cancelled]`).
 */
export function lexiconTexts(lexicons: ReadonlyMap<string, LexiconFile>): LexiconTexts {
  const out = new Map<string, string[]>();
  for (const [id, lf] of lexicons) {
    out.set(
      id,
      lf.entries.map((e) => e.text),
    );
    for (const e of lf.entries)
      for (const [k, v] of Object.entries(e)) {
        if (k === 'text' || typeof v !== 'string' || !/^[A-Za-z0-9_-]+$/.test(v)) continue;
        const key = `${id}[${k}=${v}]`;
        const list = out.get(key) ?? [];
        list.push(e.text);
        out.set(key, list);
      }
  }
  return out;
}

/** `@id` or `@id[attribute=value]` in a pattern, with `/i` for any case. */
const LEXICON_REF = /@([a-z][a-z0-9-]*(?:\[[A-Za-z][A-Za-z0-9]*=[A-Za-z0-9_-]+\])?)(\/i)?/g;
/** An expanded `@list/i` word tests the lower-case form of a `Cap` item (ANN_FORM). */
const ANY_CASE = /\\u001d/;

function escapeRegex(s: string): string {
  // `#` and `~` too: in a pattern they start a tag or lemma test
  return s.replace(/[.*+?^${}()|[\]\\#~]/g, '\\$&');
}

/**
 * `@id` → an alternation of the list's entries as item symbols (longest first), each written as the
 * tokenizer splits and normalizes it (tokenize/lexicon.ts phraseKey: "get-together" is the two
 * items `get together`). `@id/i`: each word also as a `Cap` item whose lower-case form it is.
 */
function lexiconAlternation(texts: readonly string[], anyCase = false): string {
  const phrases = [...new Set(texts.map(phraseKey))].filter((t) => t !== '');
  phrases.sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
  const word = (w: string): string =>
    anyCase ? `(?:${escapeRegex(w)}|Cap(?=\\u001e[^ ]*\\u001d${escapeRegex(w)}(?![^ ])))` : escapeRegex(w);
  return `(?:${phrases.map((p) => p.split(' ').map(word).join(' ')).join('|')})`;
}

export function expandMacros(
  pattern: string,
  macros: Readonly<Record<string, string>>,
  where: string,
  lexicons: LexiconTexts = new Map(),
): string {
  return pattern
    .replace(/\$([A-Z][A-Z0-9_]*)/g, (_m, name: string) => {
      const body = macros[name];
      if (body === undefined) throw new RunError('RULES_INVALID', `${where}: unknown macro $${name}`);
      return `(?:${body})`;
    })
    .replace(LEXICON_REF, (_m, name: string, anyCase: string | undefined) => {
      const texts = lexicons.get(name);
      if (texts === undefined) throw new RunError('RULES_INVALID', `${where}: unknown lexicon @${name}`);
      return lexiconAlternation(texts, anyCase !== undefined);
    });
}

export interface PatternSymbol {
  readonly kind: 'class' | 'macro' | 'lexicon' | 'tag' | 'lemma';
  readonly name: string;
}

/** The macros, lexicons, item classes, `#Tag`s and `~lemma`s a pattern names (after expanding known macros). */
export function patternSymbols(source: string, macros: Readonly<Record<string, string>>): PatternSymbol[] {
  const out: PatternSymbol[] = [];
  for (const m of source.matchAll(/\$([A-Z][A-Z0-9_]*)/g)) out.push({ kind: 'macro', name: m[1]! });
  const expanded = source.replace(/\$([A-Z][A-Z0-9_]*)/g, (all, name: string) => macros[name] ?? '');
  for (const m of expanded.matchAll(LEXICON_REF)) out.push({ kind: 'lexicon', name: m[1]! });
  const outsideClasses = expanded
    .replace(LEXICON_REF, ' ')
    .replace(/\\./g, '__')
    .replace(/\[(?:\\.|[^\]\\])*\]/g, ' ');
  for (const m of outsideClasses.matchAll(/(?<![\w<{@$#])([A-Z][A-Za-z]*)(?![\w>])/g)) out.push({ kind: 'class', name: m[1]! });
  for (const t of patternTerms(expanded.replace(LEXICON_REF, ' '))) {
    for (const tag of t.tags) out.push({ kind: 'tag', name: tag });
    if (t.lemma !== undefined) out.push({ kind: 'lemma', name: t.lemma });
  }
  return out;
}

/** The atom ranges [start, end) under an unbounded quantifier (*, +, {n,}). */
function unboundedAtoms(source: string): string[] {
  const out: string[] = [];
  const groups: number[] = [];
  let atom: [number, number] | undefined;
  let i = 0;
  while (i < source.length) {
    const c = source[i]!;
    let next = i + 1;
    if (c === '\\') {
      next = /^\\[pPk][{<]/.test(source.slice(i, i + 3)) ? source.indexOf(source[i + 2] === '{' ? '}' : '>', i) + 1 : i + 2;
      atom = [i, next];
    } else if (c === '[') {
      while (next < source.length && source[next] !== ']') next += source[next] === '\\' ? 2 : 1;
      next++;
      atom = [i, next];
    } else if (c === '(') {
      groups.push(i);
      atom = undefined;
    } else if (c === ')') {
      atom = [groups.pop() ?? 0, next];
    } else if (c === '*' || c === '+' || c === '{') {
      const bound = c === '{' ? /^\{\d+(,(\d*))?\}/.exec(source.slice(i)) : null;
      if (c === '{' && bound) next = i + bound[0].length;
      const unbounded = c !== '{' || (bound !== null && bound[1] !== undefined && bound[2] === '');
      if (unbounded && atom) out.push(source.slice(atom[0], atom[1]));
      atom = undefined;
    } else if (c === '?' || c === '|') atom = undefined;
    else atom = [i, next];
    i = next;
  }
  return out;
}

/** Can an atom, repeated, run over words it does not name ("qzxv zzqx")? Then it is a wildcard. */
function spansUnknownItems(atom: string): boolean {
  let re: RegExp;
  try {
    re = new RegExp(`^(?:${atom})+$`);
  } catch {
    return false;
  }
  return ['qzxv zzqx', 'qzxv zzqx ', ' qzxv zzqx', 'qzxv , zzqx'].some((s) => re.test(s));
}

/** Why an (expanded) item pattern is refused, or null. */
export function itemPatternProblem(source: string, macros: Readonly<Record<string, string>>, lexicons: LexiconTexts): string | null {
  let expanded: string;
  try {
    expanded = expandMacros(source, macros, '', lexicons);
  } catch {
    return null; // unknown names are reported by name
  }
  try {
    new RegExp(expanded, 'd');
  } catch (e) {
    return `invalid pattern (${(e as Error).message})`;
  }
  if (nestedRepetition(expanded)) return 'nested repetition ("(a+)+") can backtrack catastrophically; rewrite it';
  const why = backtrackingProblem(expanded);
  if (why !== null) return `can backtrack catastrophically (${why}); rewrite it`;
  const wild = unboundedAtoms(expanded).find(spansUnknownItems);
  if (wild !== undefined) return `unbounded repetition of a wildcard (${wild}) can run over a whole sentence; give it a bound, e.g. {0,6}`;
  return null;
}

function compileOne(
  rule: Rule,
  field: 'pattern' | 'unless',
  source: string,
  macros: Readonly<Record<string, string>>,
  lexicons: LexiconTexts,
  annotated: boolean,
): RegExp {
  const where = `${rule.file}: ${rule.id}: ${field}`;
  try {
    const expanded = expandMacros(source, macros, where, lexicons);
    if (annotated) return new RegExp(`(?<= |^)(?:${annotatedSource(expanded)})${ANN}(?= |$)`, 'gd');
    return new RegExp(`(?<= |^)(?:${expanded})(?= |$)`, 'gd');
  } catch (e) {
    const message = (e as Error).message;
    throw ruleError(rule, field, message.startsWith(`${where}: `) ? message.slice(where.length + 2) : message);
  }
}

/** Does this source (with its macros) use `#Tag`/`~lemma`? Unknown names are the loader's to report. */
function annotatedIn(source: string | undefined, macros: Readonly<Record<string, string>>): boolean {
  if (source === undefined) return false;
  return usesAnnotations(source.replace(/\$([A-Z][A-Z0-9_]*)/g, (_all, name: string) => macros[name] ?? ''));
}

export function compilePattern(rule: Rule, macros: Readonly<Record<string, string>>, lexicons: LexiconTexts = new Map()): CompiledPattern {
  // a pattern and its `unless` run on the same string
  const annotated = annotatedIn(rule.pattern, macros) || annotatedIn(rule.unless, macros);
  const re = compileOne(rule, 'pattern', rule.pattern ?? '', macros, lexicons, annotated);
  const flag = annotated ? { annotated } : {};
  if (rule.unless === undefined) return { rule, re, ...flag };
  return { rule, re, unless: compileOne(rule, 'unless', rule.unless, macros, lexicons, annotated), ...flag };
}

/** The item range of a regex match (and of each of its named groups) in an item string. */
function toItemMatch(m: RegExpExecArray, itemAt: Int32Array): ItemMatch {
  const range = (st: number, e: number): [number, number] => [itemAt[st]!, itemAt[e - 1]! + 1];
  const groups = new Map<string, readonly [number, number]>();
  const idx = m.indices?.groups ?? {};
  for (const [name, span] of Object.entries(idx)) if (span) groups.set(name, range(span[0], span[1]));
  const [first, last] = range(m.index, m.index + m[0].length);
  return { first, last, groups };
}

/** All non-overlapping matches of a pattern in an item string. */
export function matchItems(p: CompiledPattern, text: string, itemAt: Int32Array): ItemMatch[] {
  const out: ItemMatch[] = [];
  p.re.lastIndex = 0;
  for (let m = p.re.exec(text); m; m = p.re.exec(text)) {
    if (m[0] === '') {
      p.re.lastIndex++;
      continue;
    }
    const match = toItemMatch(m, itemAt);
    const { first, last } = match;
    if (p.unless) {
      p.unless.lastIndex = 0;
      let vetoed = false;
      for (let u = p.unless.exec(text); u; u = p.unless.exec(text)) {
        const uf = itemAt[u.index]!;
        const ul = itemAt[u.index + Math.max(1, u[0].length) - 1]! + 1;
        if (uf < last && ul >= first) vetoed = true;
        if (u[0] === '') p.unless.lastIndex++;
      }
      if (vetoed) continue;
    }
    out.push(match);
  }
  return out;
}

/** The sticky copies of a pattern (and its `unless`), for matching at one offset. */
const sticky = new WeakMap<CompiledPattern, { readonly re: RegExp; readonly unless?: RegExp }>();

function stickyOf(p: CompiledPattern): { readonly re: RegExp; readonly unless?: RegExp } {
  let hit = sticky.get(p);
  if (!hit) {
    const re = new RegExp(p.re.source, 'yd');
    hit = p.unless ? { re, unless: new RegExp(p.unless.source, 'yd') } : { re };
    sticky.set(p, hit);
  }
  return hit;
}

const startsCache = new WeakMap<Int32Array, Int32Array>();

/** The offset of each item's symbol in its item string (a space belongs to the item after it). */
function itemStarts(itemAt: Int32Array): Int32Array {
  let starts = startsCache.get(itemAt);
  if (!starts) {
    starts = new Int32Array(itemAt.length > 0 ? itemAt[itemAt.length - 1]! + 1 : 0);
    for (let c = 0; c < itemAt.length; c++) if (c === 0 || itemAt[c] !== itemAt[c - 1]) starts[itemAt[c]!] = c === 0 ? 0 : c + 1;
    startsCache.set(itemAt, starts);
  }
  return starts;
}

/**
 * The match of a pattern that starts at item k of an item string (the regex's own choice there:
 * a lexicon alternation tries its longest entries first), or undefined. Its `unless`, tried at
 * the same item, vetoes it when it matches there and every named slot the two share covers the
 * same items (with no shared slot: whenever it matches there).
 */
export function matchItemsAt(p: CompiledPattern, text: string, itemAt: Int32Array, k: number): ItemMatch | undefined {
  const starts = itemStarts(itemAt);
  if (k < 0 || k >= starts.length) return undefined;
  const { re, unless } = stickyOf(p);
  re.lastIndex = starts[k]!;
  const m = re.exec(text);
  if (!m || m[0] === '') return undefined;
  const match = toItemMatch(m, itemAt);
  if (unless) {
    unless.lastIndex = starts[k]!;
    const u = unless.exec(text);
    if (u) {
      const veto = toItemMatch(u, itemAt);
      const shared = [...match.groups.keys()].filter((g) => veto.groups.has(g));
      const same = (g: string): boolean =>
        match.groups.get(g)![0] === veto.groups.get(g)![0] && match.groups.get(g)![1] === veto.groups.get(g)![1];
      if (shared.every(same)) return undefined;
    }
  }
  return match;
}

/** The item strings a sentence offers a pattern: the plain one, and the annotated one (built on demand). */
export interface PatternInput {
  readonly text: string;
  readonly itemAt: Int32Array;
  readonly annotated: () => { readonly text: string; readonly itemAt: Int32Array };
}

/** All non-overlapping matches of a pattern in a sentence, on the string it needs. */
export function matchSentence(p: CompiledPattern, s: PatternInput): ItemMatch[] {
  if (!p.annotated) return matchItems(p, s.text, s.itemAt);
  const a = s.annotated();
  return matchItems(p, a.text, a.itemAt);
}

/** The match of a pattern that starts at item k of a sentence (matchItemsAt), on the string it needs. */
export function matchSentenceAt(p: CompiledPattern, s: PatternInput, k: number): ItemMatch | undefined {
  if (!p.annotated) return matchItemsAt(p, s.text, s.itemAt, k);
  const a = s.annotated();
  return matchItemsAt(p, a.text, a.itemAt, k);
}
