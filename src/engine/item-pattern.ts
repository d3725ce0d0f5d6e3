/**
 * The relation pattern language: regular expressions over the item symbols of relations/items.ts,
 * compiled once per rule set and matched against a sentence's item string. Besides regex syntax a
 * pattern may use `$MACRO` (the family's macros), `@lexicon-id` (the lower-case entries of a word
 * list under rules/lexicon/, as an alternation) and the item classes below.
 */
import { RunError } from '../errors.js';
import { ruleError, type LexiconFile, type Rule } from './load.js';
import { nestedRepetition } from './safety.js';
import { backtrackingProblem } from './backtracking.js';

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
}

export interface ItemMatch {
  /** item range [first, last) of the whole match */
  readonly first: number;
  readonly last: number;
  /** named group → item range [first, last) */
  readonly groups: ReadonlyMap<string, readonly [number, number]>;
}

export type LexiconTexts = ReadonlyMap<string, readonly string[]>;

export function lexiconTexts(lexicons: ReadonlyMap<string, LexiconFile>): LexiconTexts {
  return new Map([...lexicons].map(([id, lf]) => [id, lf.entries.map((e) => e.text)]));
}

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** `@id` → an alternation of the list's lower-case entries as item symbols (longest first). */
function lexiconAlternation(texts: readonly string[]): string {
  const words = [...new Set(texts.map((t) => t.toLowerCase().trim().split(/\s+/).join(' ')))].filter((t) => t !== '');
  words.sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
  return `(?:${words.map(escapeRegex).join('|')})`;
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
    .replace(/@([a-z][a-z0-9-]*)/g, (_m, name: string) => {
      const texts = lexicons.get(name);
      if (texts === undefined) throw new RunError('RULES_INVALID', `${where}: unknown lexicon @${name}`);
      return lexiconAlternation(texts);
    });
}

export interface PatternSymbol {
  readonly kind: 'class' | 'macro' | 'lexicon';
  readonly name: string;
}

/** The macros, lexicons and item classes a pattern names (classes after expanding known macros). */
export function patternSymbols(source: string, macros: Readonly<Record<string, string>>): PatternSymbol[] {
  const out: PatternSymbol[] = [];
  for (const m of source.matchAll(/\$([A-Z][A-Z0-9_]*)/g)) out.push({ kind: 'macro', name: m[1]! });
  const expanded = source.replace(/\$([A-Z][A-Z0-9_]*)/g, (all, name: string) => macros[name] ?? '');
  for (const m of expanded.matchAll(/@([a-z][a-z0-9-]*)/g)) out.push({ kind: 'lexicon', name: m[1]! });
  const outsideClasses = expanded.replace(/\\./g, '__').replace(/\[(?:\\.|[^\]\\])*\]/g, ' ');
  for (const m of outsideClasses.matchAll(/(?<![\w<{@$#])([A-Z][A-Za-z]*)(?![\w>])/g)) out.push({ kind: 'class', name: m[1]! });
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
): RegExp {
  const where = `${rule.file}: ${rule.id}: ${field}`;
  try {
    return new RegExp(`(?<= |^)(?:${expandMacros(source, macros, where, lexicons)})(?= |$)`, 'gd');
  } catch (e) {
    const message = (e as Error).message;
    throw ruleError(rule, field, message.startsWith(`${where}: `) ? message.slice(where.length + 2) : message);
  }
}

export function compilePattern(rule: Rule, macros: Readonly<Record<string, string>>, lexicons: LexiconTexts = new Map()): CompiledPattern {
  const re = compileOne(rule, 'pattern', rule.pattern ?? '', macros, lexicons);
  if (rule.unless === undefined) return { rule, re };
  return { rule, re, unless: compileOne(rule, 'unless', rule.unless, macros, lexicons) };
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
    const range = (s: number, e: number): [number, number] => [itemAt[s]!, itemAt[e - 1]! + 1];
    const groups = new Map<string, readonly [number, number]>();
    const idx = m.indices?.groups ?? {};
    for (const [name, span] of Object.entries(idx)) if (span) groups.set(name, range(span[0], span[1]));
    const [first, last] = range(m.index, m.index + m[0].length);
    if (p.unless) {
      p.unless.lastIndex = 0;
      let vetoed = false;
      for (let u = p.unless.exec(text); u; u = p.unless.exec(text)) {
        const [uf, ul] = range(u.index, u.index + Math.max(1, u[0].length));
        if (uf < last && ul >= first) vetoed = true;
        if (u[0] === '') p.unless.lastIndex++;
      }
      if (vetoed) continue;
    }
    out.push({ first, last, groups });
  }
  return out;
}
