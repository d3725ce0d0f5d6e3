/** Merge one graph per document into one, prefixing every id (r0/, r1/, …) as shared/eval/run-gold.mjs does. */
import type { Graph, GraphDocument, GraphEdge, GraphNode, InputError } from '../types.js';

export function mergeRunGraphs(graphs: readonly Graph[]): Graph {
  const documents: GraphDocument[] = [];
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  const errors: InputError[] = [];
  graphs.forEach((g, i) => {
    const p = (id: string): string => `r${i}/${id}`;
    for (const d of g.documents) documents.push({ ...d, id: p(d.id) });
    for (const n of g.nodes) nodes.push({ ...n, id: p(n.id), mentions: n.mentions.map((m) => ({ ...m, doc: p(m.doc) })) });
    for (const e of g.edges)
      edges.push({
        ...e,
        id: p(e.id),
        source: p(e.source),
        target: p(e.target),
        evidence: e.evidence.map((v) => ({ ...v, doc: p(v.doc) })),
      });
    errors.push(...g.errors);
  });
  const generator = graphs[0]?.generator ?? { name: 'newsgraph', version: '0.0.0', rules: '0'.repeat(64) };
  return { version: '1.0', generator, documents, nodes, edges, errors };
}
