/** JSON Graph Format v2 (https://jsongraphformat.info): one directed graph, nodes keyed by id. */
import type { Graph } from '../types.js';

interface JgfNode {
  readonly label: string;
  readonly metadata: Readonly<Record<string, unknown>>;
}

export function toJgf(graph: Graph): object {
  const nodes: Record<string, JgfNode> = {};
  for (const n of graph.nodes) {
    nodes[n.id] = {
      label: n.label,
      metadata: { type: n.type, ...(n.aliases ? { aliases: n.aliases } : {}), attributes: n.attributes, mentions: n.mentions },
    };
  }
  return {
    graph: {
      id: 'newsgraph',
      type: 'newsgraph',
      label: 'newsgraph',
      directed: true,
      metadata: { version: graph.version, generator: graph.generator, documents: graph.documents, errors: graph.errors },
      nodes,
      edges: graph.edges.map((e) => ({
        id: e.id,
        source: e.source,
        target: e.target,
        relation: e.type,
        directed: true,
        label: e.type,
        metadata: { attributes: e.attributes, evidence: e.evidence },
      })),
    },
  };
}

export function formatJgf(graph: Graph, pretty = false): string {
  return `${JSON.stringify(toJgf(graph), null, pretty ? 2 : undefined)}\n`;
}
