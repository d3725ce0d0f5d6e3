/**
 * Rules are data: patterns are matched, never evaluated. Regular expressions in rules (a `regex`
 * field, or `/…/` terms inside compromise patterns) must compile and must not be able to backtrack
 * catastrophically: safe-regex2 rejects nested quantifiers (star height > 1) such as `(a+)+$`.
 */
import safeRegex from 'safe-regex2';

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

/** Why a regular expression is refused, or null when it is fine. */
export function regexProblem(source: string, flags = ''): string | null {
  try {
    new RegExp(source, flags);
  } catch (e) {
    return `invalid regular expression (${(e as Error).message})`;
  }
  if (!safeRegex(source)) return `regular expression /${source}/ can backtrack catastrophically (nested quantifiers); rewrite it`;
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
