import { extractText, type Graph, type GraphNode, type GraphEdge } from '../../src/index.js';

export function run(text: string, docDate?: string): Graph {
  return extractText(text, docDate ? { docDate } : {});
}

export interface Output {
  readonly kind: 'node' | 'edge';
  readonly rules: readonly string[];
  readonly record: Readonly<Record<string, unknown>>;
}

/** Every output of a graph with the rules that produced it, flattened for example matching. */
export function outputs(g: Graph): Output[] {
  const out: Output[] = [];
  for (const n of g.nodes as GraphNode[]) {
    for (const m of n.mentions) {
      out.push({
        kind: 'node',
        rules: [m.rule ?? '', ...(m.via ?? [])],
        record: { id: n.id, type: n.type, label: n.label, text: m.text, ...n.attributes },
      });
    }
  }
  for (const e of g.edges as GraphEdge[]) {
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
