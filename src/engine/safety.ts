/**
 * Rules are data: patterns are matched, never evaluated. Regular expressions in rules (a `regex`
 * field, or `/…/` terms inside compromise patterns) must compile and must not be able to backtrack
 * catastrophically: an unbounded repetition inside an unboundedly repeated group (star height > 1,
 * `(a+)+$`, `(?:x*y)*`) is refused. Lookarounds, named groups and bounded counts are fine.
 */

import { backtrackingProblem } from './backtracking.js';

export interface RegexProblem {
  /** JSON pointer of the offending field, e.g. "/rules/2/regex" */
  readonly pointer: string;
  readonly message: string;
}

interface RawRule {
  readonly regex?: string;
  readonly flags?: string;
  readonly pattern?: string;
  readonly unless?: string;
}

/** `/…/` terms of a compromise match pattern. */
export function inlineRegexes(pattern: string): string[] {
  const out: string[] = [];
  const re = /(?:^|[\s([|!])\/((?:\\.|[^/\\\s])(?:\\.|[^/\\])*)\/(?=$|[\s)\]|?*+{}])/g;
  for (let m = re.exec(pattern); m; m = re.exec(pattern)) out.push(m[1]!);
  return out;
}

/** Is an unboundedly repeated group holding an unbounded repetition? (a small scan of the source) */
export function nestedRepetition(source: string): boolean {
  const stack: boolean[] = [false];
  let i = 0;
  const unboundedAt = (k: number): { unbounded: boolean; quantified: boolean; end: number } => {
    const c = source[k];
    if (c === '*' || c === '+') return { unbounded: true, quantified: true, end: k + 1 };
    if (c === '?') return { unbounded: false, quantified: true, end: k + 1 };
    if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(k));
      if (m) return { unbounded: m[2] !== undefined && m[3] === '', quantified: true, end: k + m[0].length };
    }
    return { unbounded: false, quantified: false, end: k };
  };
  while (i < source.length) {
    const c = source[i]!;
    if (c === '\\') {
      i += 2;
    } else if (c === '[') {
      i++;
      while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
      i++;
    } else if (c === '(') {
      stack.push(false);
      i++;
      continue;
    } else if (c === ')') {
      const inner = stack.length > 1 ? stack.pop()! : false;
      const q = unboundedAt(i + 1);
      if (q.unbounded && inner) return true;
      if (inner || q.unbounded) stack[stack.length - 1] = true;
      i = q.end;
      continue;
    } else i++;
    const q = unboundedAt(i);
    if (q.unbounded) stack[stack.length - 1] = true;
    i = q.end;
  }
  return false;
}

/** Why a regular expression is refused, or null when it is fine. */
export function regexProblem(source: string, flags = ''): string | null {
  try {
    new RegExp(source, flags);
  } catch (e) {
    return `invalid regular expression (${(e as Error).message})`;
  }
  if (nestedRepetition(source)) return `regular expression /${source}/ can backtrack catastrophically (nested quantifiers); rewrite it`;
  const why = backtrackingProblem(source, flags);
  if (why !== null) return `regular expression /${source}/ can backtrack catastrophically (${why}); rewrite it`;
  return null;
}

/** Every unsafe or invalid regular expression of a rule file's data (already schema-valid). */
export function checkRegexes(data: {
  readonly rules: readonly RawRule[];
  readonly macros?: Readonly<Record<string, string>>;
}): RegexProblem[] {
  const problems: RegexProblem[] = [];
  const check = (pointer: string, source: string, flags?: string): void => {
    const why = regexProblem(source, flags);
    if (why !== null) problems.push({ pointer, message: why });
  };
  for (const [name, macro] of Object.entries(data.macros ?? {})) {
    for (const r of inlineRegexes(macro)) check(`/macros/${name}`, r);
  }
  data.rules.forEach((rule, i) => {
    if (rule.regex !== undefined) check(`/rules/${i}/regex`, rule.regex, rule.flags);
    for (const field of ['pattern', 'unless'] as const) {
      const p = rule[field];
      if (p !== undefined) for (const r of inlineRegexes(p)) check(`/rules/${i}/${field}`, r);
    }
  });
  return problems;
}
