/**
 * The rule tester (ESLint RuleTester style): runs the `examples` of rules through the real
 * pipeline. A `match` example needs an output stamped with the rule's id that deep-partially
 * equals `expect`; `count` asks for exactly that many such outputs and `only` for nothing else
 * from the rule. A `noMatch` example must produce nothing stamped with the rule's id. Used by
 * `extract rules test [FILE…]` and by test/rules.test.ts.
 */
import type { Graph } from '../types.js';
import type { NoMatchExample, Rule, RuleExample } from './load.js';

export type RunText = (text: string, docDate: string | undefined) => Graph;

export interface RuleOutput {
  readonly kind: 'node' | 'edge';
  /** the rule that stamped it and its `via` chain */
  readonly rules: readonly string[];
  readonly record: Readonly<Record<string, unknown>>;
}

export interface ExampleFailure {
  readonly rule: string;
  readonly file: string;
  readonly example: string;
  readonly text: string;
  readonly message: string;
  /** what the rule produced on the text */
  readonly got: readonly Readonly<Record<string, unknown>>[];
}

/** Every output of a graph with the rules that produced it, flattened for example matching. */
export function ruleOutputs(g: Graph): RuleOutput[] {
  const out: RuleOutput[] = [];
  for (const n of g.nodes) {
    for (const m of n.mentions) {
      out.push({
        kind: 'node',
        rules: [m.rule ?? '', ...(m.via ?? [])],
        record: { id: n.id, type: n.type, label: n.label, text: m.text, ...n.attributes },
      });
    }
  }
  for (const e of g.edges) {
    for (const ev of e.evidence) {
      out.push({
        kind: 'edge',
        rules: [ev.rule, ...(ev.via ?? [])],
        record: { type: e.type, source: e.source, target: e.target, text: ev.text, attributes: e.attributes, ...e.attributes },
      });
    }
  }
  return out;
}

/** Deep-partial equality: every key of `expect` is in `actual` with an equal (or deep-partial) value. */
export function partialMatch(actual: unknown, expect: unknown): boolean {
  if (expect === null || typeof expect !== 'object') return actual === expect;
  if (Array.isArray(expect)) return Array.isArray(actual) && expect.every((e, i) => partialMatch(actual[i], e));
  if (actual === null || typeof actual !== 'object') return false;
  return Object.entries(expect as Record<string, unknown>).every(([k, v]) => partialMatch((actual as Record<string, unknown>)[k], v));
}

function stamped(run: RunText, text: string, docDate: string | undefined, id: string): RuleOutput[] {
  return ruleOutputs(run(text, docDate)).filter((o) => o.rules.includes(id));
}

/** The failure of one `match` example, or null when it passes. */
export function checkMatch(rule: Rule, ex: RuleExample, index: number, run: RunText): ExampleFailure | null {
  const outs = stamped(run, ex.text, ex.docDate, rule.id);
  const hits = outs.filter((o) => partialMatch(o.record, ex.expect));
  const fail = (message: string): ExampleFailure => ({
    rule: rule.id,
    file: rule.file,
    example: `match[${index}]`,
    text: ex.text,
    message,
    got: outs.map((o) => o.record),
  });
  if (hits.length === 0) return fail(`expected an output like ${JSON.stringify(ex.expect)}`);
  if (ex.count !== undefined && hits.length !== ex.count)
    return fail(`expected ${ex.count} output(s) like ${JSON.stringify(ex.expect)}, got ${hits.length}`);
  if (ex.only === true && hits.length !== outs.length)
    return fail(`expected only outputs like ${JSON.stringify(ex.expect)}, got ${outs.length - hits.length} other(s)`);
  return null;
}

/** The failure of one `noMatch` example, or null when it passes. */
export function checkNoMatch(rule: Rule, ex: NoMatchExample, index: number, run: RunText): ExampleFailure | null {
  const text = typeof ex === 'string' ? ex : ex.text;
  const outs = stamped(run, text, typeof ex === 'string' ? undefined : ex.docDate, rule.id);
  if (outs.length === 0) return null;
  return {
    rule: rule.id,
    file: rule.file,
    example: `noMatch[${index}]`,
    text,
    message: 'expected no output',
    got: outs.map((o) => o.record),
  };
}

export interface RuleTestResult {
  readonly rules: number;
  readonly examples: number;
  /** inactive rules, whose examples are not run */
  readonly skipped: readonly string[];
  readonly failures: readonly ExampleFailure[];
}

/** Run every example of these rules. */
export function testRuleExamples(rules: readonly Rule[], run: RunText): RuleTestResult {
  const failures: ExampleFailure[] = [];
  const skipped: string[] = [];
  let examples = 0;
  let tested = 0;
  for (const rule of rules) {
    if (!rule.active) {
      skipped.push(rule.id);
      continue;
    }
    tested++;
    rule.examples.match.forEach((ex, i) => {
      examples++;
      const f = checkMatch(rule, ex, i, run);
      if (f) failures.push(f);
    });
    rule.examples.noMatch.forEach((ex, i) => {
      examples++;
      const f = checkNoMatch(rule, ex, i, run);
      if (f) failures.push(f);
    });
  }
  return { rules: tested, examples, skipped, failures };
}

/** One failure as the CLI prints it. */
export function formatFailure(f: ExampleFailure): string {
  const got = f.got.length === 0 ? '  got: nothing' : `  got:\n${f.got.map((g) => `    ${JSON.stringify(g)}`).join('\n')}`;
  return `FAIL ${f.rule} (${f.file}) ${f.example}: ${JSON.stringify(f.text)}\n  ${f.message}\n${got}`;
}
