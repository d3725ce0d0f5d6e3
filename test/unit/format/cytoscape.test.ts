import { formatGraph } from '../../../src/index.js';
import { SAMPLE_GRAPH } from '../../helpers/sample-graph.js';

interface Element {
  data: Record<string, unknown> & { id: string };
  classes: string;
}

test('cytoscape elements: one node element per node, edges reference existing nodes', () => {
  const out = JSON.parse(formatGraph(SAMPLE_GRAPH, 'cytoscape')) as { elements: { nodes: Element[]; edges: Element[] } };
  const ids = new Set(out.elements.nodes.map((n) => n.data.id));
  expect([...ids]).toEqual(SAMPLE_GRAPH.nodes.map((n) => n.id));
  for (const e of out.elements.edges) {
    expect(ids.has(e.data.source as string)).toBe(true);
    expect(ids.has(e.data.target as string)).toBe(true);
  }
  const lead = out.elements.edges.find((e) => e.data.id === 'e1')!;
  expect(lead.data).toMatchObject({ type: 'leader_of', role: 'Prime Minister', current: true, rules: ['leader/demonym-title-name'] });
  expect(out.elements.nodes.find((n) => n.data.id === 'country:DK')).toMatchObject({
    data: { iso: 'DK', type: 'country' },
    classes: 'country',
  });
});
