/** Cytoscape.js elements JSON: `{ elements: { nodes: [{ data }], edges: [{ data }] } }`, loadable with cy.add() / cytoscape({ elements }). */
import type { Graph } from '../types.js';
import { ruleIds } from './attributes.js';

export function toCytoscape(graph: Graph): object {
  return {
    elements: {
      nodes: graph.nodes.map((n) => ({
        data: { ...n.attributes, id: n.id, label: n.label, type: n.type, mentions: n.mentions.length },
        classes: n.type,
      })),
      edges: graph.edges.map((e) => ({
        data: {
          ...e.attributes,
          id: e.id,
          source: e.source,
          target: e.target,
          label: e.type,
          type: e.type,
          rules: ruleIds(e.evidence),
          evidence: e.evidence.map((x) => x.text),
        },
        classes: e.type,
      })),
    },
  };
}

export function formatCytoscape(graph: Graph, pretty = false): string {
  return `${JSON.stringify(toCytoscape(graph), null, pretty ? 2 : undefined)}\n`;
}
