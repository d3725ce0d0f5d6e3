/**
 * Date rules (rules/date.rules.json) compiled once per rule set: macros expanded, regexes
 * checked for catastrophic backtracking, normalizer and guard names resolved.
 */
import { ruleError, ruleVerified, type Rule, type RuleSet } from '../engine/load.js';
import { RunError } from '../errors.js';
import { backtrackingProblem } from '../engine/backtracking.js';
import type { Timex } from '../types.js';
import { GUARDS, type GuardInput } from './guards.js';
import { NORMALIZERS, type Normalizer } from './normalize/index.js';

export interface CompiledDateRule {
  readonly id: string;
  readonly priority: number;
  readonly regex: RegExp;
  readonly normalizer: Normalizer;
  readonly normalizerName: string;
  /** the rule's guards, bound to the rule set's word lists */
  readonly guards: readonly ((input: GuardInput) => boolean)[];
  readonly params: Readonly<Record<string, unknown>>;
  /** output.date.timex: the TimeML type of what the rule finds (DATE unless it says otherwise) */
  readonly timex: Timex;
}

const TIMEX: readonly Timex[] = ['DATE', 'TIME', 'DURATION', 'SET'];

const cache = new WeakMap<RuleSet, readonly CompiledDateRule[]>();

/** `$NAME` (upper case) → the family's macro, repeatedly (macros may use macros). */
export function expandMacros(source: string, macros: Readonly<Record<string, string>>, where: string): string {
  let out = source;
  for (let round = 0; round < 5 && /\$[A-Z][A-Z0-9_]*/.test(out); round++) {
    out = out.replace(/\$([A-Z][A-Z0-9_]*)/g, (_m, name: string) => {
      const body = macros[name];
      if (body === undefined) throw new RunError('RULES_INVALID', `${where}: unknown macro $${name}`);
      return body;
    });
  }
  return out;
}

/**
 * A regex is refused when a group that contains a quantifier is itself repeated without bound
 * ("(a+)+", "(?:\s*x)*"): the shape behind catastrophic backtracking.
 */
export function unsafeRepetition(source: string): string | null {
  const stack: { quantified: boolean; start: number }[] = [];
  let inClass = false;
  let quantified = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '(') {
      stack.push({ quantified, start: i });
      quantified = false;
    } else if (c === ')') {
      const inner = quantified;
      const open = stack.pop();
      quantified = open?.quantified ?? false;
      const next = source[i + 1];
      const unbounded = next === '*' || next === '+' || (next === '{' && /^\{\d+,\}/.test(source.slice(i + 1)));
      if (inner && unbounded) return source.slice(open?.start ?? 0, i + 2);
      if (inner || next === '*' || next === '+' || next === '?' || next === '{') quantified = true;
    } else if (c === '*' || c === '+' || c === '{' || (c === '?' && source[i - 1] !== '(')) quantified = true;
  }
  return null;
}

function compileRule(rule: Rule, macros: Readonly<Record<string, string>>, lexicons: RuleSet['lexicons']): CompiledDateRule {
  const date = rule.output.date as Readonly<Record<string, unknown>> | undefined;
  const name = typeof date?.normalizer === 'string' ? date.normalizer : '';
  const normalizer = NORMALIZERS[name];
  if (!normalizer) throw ruleError(rule, 'output.date.normalizer', `unknown normalizer "${name}"`);
  if (rule.regex === undefined) throw ruleError(rule, '', 'a date rule needs a regex');
  let source: string;
  try {
    source = expandMacros(rule.regex, macros, rule.id);
  } catch (e) {
    throw ruleError(rule, 'regex', (e as Error).message.slice(rule.id.length + 2));
  }
  // a bundled rule the build already checked (engine/verified.ts) is not checked again
  if (!ruleVerified(rule)) {
    const unsafe = unsafeRepetition(source);
    if (unsafe !== null)
      throw ruleError(rule, 'regex', `nested repetition may backtrack catastrophically: ${unsafe} (after macro expansion)`);
    const ambiguous = backtrackingProblem(source, `${rule.flags ?? ''}u`);
    if (ambiguous !== null)
      throw ruleError(rule, 'regex', `can backtrack catastrophically (${ambiguous}, after macro expansion); rewrite it`);
  }
  let regex: RegExp;
  try {
    regex = new RegExp(source, `${rule.flags ?? ''}gdu`);
  } catch (e) {
    throw ruleError(rule, 'regex', (e as Error).message);
  }
  const guards = (rule.guards ?? []).map((g, i) => {
    const fn = GUARDS[g];
    if (!fn) throw ruleError(rule, `guards.${i}`, `unknown guard "${g}"`);
    return (input: GuardInput): boolean => fn(input, lexicons);
  });
  const timex = date?.timex ?? 'DATE';
  if (!TIMEX.includes(timex as Timex))
    throw ruleError(rule, 'output.date.timex', `${JSON.stringify(timex)} is not one of ${TIMEX.join(', ')}`);
  return {
    id: rule.id,
    priority: rule.priority,
    regex,
    normalizer,
    normalizerName: name,
    guards,
    params: date ?? {},
    timex: timex as Timex,
  };
}

/** The active date rules of a rule set, compiled on first use and cached for the process. */
export function compileDateRules(rules: RuleSet): readonly CompiledDateRule[] {
  const hit = cache.get(rules);
  if (hit) return hit;
  const compiled = rules.rules
    .filter((r) => r.active && r.stage === 'dates')
    .map((r) => compileRule(r, rules.macros[r.family] ?? {}, rules.lexicons));
  cache.set(rules, compiled);
  return compiled;
}
