/**
 * Compiles relation patterns (regular expressions over the item symbols of relations/items.ts)
 * once per process, and matches them against a sentence's item string.
 */
import { RunError } from '../errors.js';
import type { Rule } from './load.js';

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

/** Nested quantifiers ("(a+)+", "(x*)*") can backtrack catastrophically: refuse them. */
const NESTED_QUANTIFIER = /\((?:[^()\\]|\\.)*[+*}](?:[^()\\]|\\.)*\)(?:[+*]|\{\d+,\})/;

export function expandMacros(pattern: string, macros: Readonly<Record<string, string>>, where: string): string {
  return pattern.replace(/\$([A-Z][A-Z0-9_]*)/g, (_m, name: string) => {
    const body = macros[name];
    if (body === undefined) throw new RunError('RULES_INVALID', `${where}: unknown macro $${name}`);
    return `(?:${body})`;
  });
}

function compileOne(source: string, where: string): RegExp {
  if (NESTED_QUANTIFIER.test(source)) throw new RunError('RULES_INVALID', `${where}: nested quantifiers can backtrack catastrophically`);
  try {
    return new RegExp(`(?<= |^)(?:${source})(?= |$)`, 'gd');
  } catch (e) {
    throw new RunError('RULES_INVALID', `${where}: ${(e as Error).message}`);
  }
}

export function compilePattern(rule: Rule, macros: Readonly<Record<string, string>>): CompiledPattern {
  const where = `${rule.file}: ${rule.id}: pattern`;
  const re = compileOne(expandMacros(rule.pattern ?? '', macros, where), where);
  if (rule.unless === undefined) return { rule, re };
  return {
    rule,
    re,
    unless: compileOne(expandMacros(rule.unless, macros, `${rule.file}: ${rule.id}: unless`), `${rule.file}: ${rule.id}: unless`),
  };
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
