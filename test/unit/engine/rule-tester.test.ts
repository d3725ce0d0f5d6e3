/** The rule tester's verdicts on a fake pipeline: match, count, only, noMatch. */
import { checkMatch, checkNoMatch, formatFailure, partialMatch, ruleOutputs, testRuleExamples } from '../../../src/engine/rule-tester.js';
import type { Graph, Rule } from '../../../src/index.js';
import { SAMPLE_GRAPH } from '../../helpers/sample-graph.js';

const rule = (over: Partial<Rule> = {}): Rule =>
  ({
    id: 'x/y',
    description: 'a rule for this test',
    priority: 0,
    active: true,
    output: {},
    examples: { match: [], noMatch: [] },
    file: 'x.rules.json',
    family: 'x',
    stage: 'relations',
    ...over,
  }) as Rule;

/** A graph with one edge per target, each stamped with x/y. */
function graphWith(targets: readonly string[], id = 'x/y'): Graph {
  const edge = SAMPLE_GRAPH.edges[0]!;
  return {
    ...SAMPLE_GRAPH,
    nodes: [],
    edges: targets.map((t, i) => ({ ...edge, id: `e${i}`, target: t, evidence: [{ ...edge.evidence[0]!, rule: id }] })),
  };
}

test('partialMatch is deep and partial', () => {
  expect(partialMatch({ a: 1, b: { c: 2, d: 3 } }, { b: { c: 2 } })).toBe(true);
  expect(partialMatch({ a: 1 }, { a: 2 })).toBe(false);
  expect(partialMatch({ a: [1, 2] }, { a: [1] })).toBe(true);
});

test('ruleOutputs flattens mentions and evidence with their rule chains', () => {
  const outs = ruleOutputs(SAMPLE_GRAPH);
  expect(outs.length).toBe(
    SAMPLE_GRAPH.nodes.reduce((n, x) => n + x.mentions.length, 0) + SAMPLE_GRAPH.edges.reduce((n, e) => n + e.evidence.length, 0),
  );
});

test('match: some output like expect; count: exactly n; only: nothing else', () => {
  const run = (): Graph => graphWith(['country:DK', 'country:CL']);
  expect(checkMatch(rule(), { text: 't', expect: { target: 'country:DK' } }, 0, run)).toBeNull();
  expect(checkMatch(rule(), { text: 't', expect: { target: 'country:NO' } }, 0, run)?.message).toMatch(/expected an output like/);
  expect(checkMatch(rule(), { text: 't', expect: { target: 'country:DK' }, count: 2 }, 0, run)?.message).toMatch(
    /expected 2 output\(s\).*got 1/,
  );
  expect(checkMatch(rule(), { text: 't', expect: { target: 'country:DK' }, only: true }, 1, run)?.message).toMatch(/got 1 other/);
  expect(checkMatch(rule(), { text: 't', expect: {}, count: 2, only: true }, 0, run)).toBeNull();
});

test('noMatch: nothing stamped with the id; other rules do not count', () => {
  expect(checkNoMatch(rule(), 't', 0, () => graphWith(['country:DK'], 'other/rule'))).toBeNull();
  const f = checkNoMatch(rule(), { text: 't' }, 2, () => graphWith(['country:DK']));
  expect(f?.example).toBe('noMatch[2]');
  expect(formatFailure(f!)).toMatch(/^FAIL x\/y \(x\.rules\.json\) noMatch\[2\]: "t"\n {2}expected no output\n {2}got:\n {4}\{/);
});

test('testRuleExamples skips inactive rules and counts examples', () => {
  const r = rule({ examples: { match: [{ text: 'a', expect: {} }], noMatch: ['b'] } });
  const res = testRuleExamples([r, rule({ id: 'x/off', active: false })], () => graphWith([]));
  expect(res).toMatchObject({ rules: 1, examples: 2, skipped: ['x/off'] });
  expect(res.failures.map((f) => f.example)).toEqual(['match[0]']);
});
