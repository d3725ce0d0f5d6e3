import { diffGraphs, renderDiff, type Graph, type GraphEdge } from '../../../src/index.js';

const ev = (text: string, rule: string) => ({ doc: 'd1', start: 0, end: Array.from(text).length, text, rule });
const base: Graph = {
  version: '1.0',
  generator: { name: 'newsgraph', version: '0', rules: '0'.repeat(64) },
  documents: [],
  nodes: [
    { id: 'country:DK', type: 'country', label: 'Denmark', attributes: { iso: 'DK' }, mentions: [ev('Danish', 'country/demonym')] },
    {
      id: 'person:ada-morrow',
      type: 'person',
      label: 'Ada Morrow',
      aliases: ['Morrow'],
      attributes: {},
      mentions: [ev('Ada Morrow', 'person/title-name')],
    },
  ],
  edges: [
    {
      id: 'leader_of:person:ada-morrow->country:DK',
      type: 'leader_of',
      source: 'person:ada-morrow',
      target: 'country:DK',
      attributes: { role: 'Prime Minister', current: true },
      evidence: [ev('Danish Prime Minister Ada Morrow', 'leader/demonym-title-name')],
    },
  ],
  errors: [],
};

test('equal graphs: nothing to report (key order does not count)', () => {
  const reordered = JSON.parse(
    JSON.stringify(base, (_k, v: unknown) =>
      v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).reverse()) : v,
    ),
  ) as Graph;
  const d = diffGraphs(base, reordered);
  expect(d.equal).toBe(true);
  expect(d.items).toEqual([]);
  expect(renderDiff(d)).toBe('');
});

test('a removed edge is named with its rule and evidence', () => {
  const d = diffGraphs(base, { ...base, edges: [] });
  expect(d.equal).toBe(false);
  expect(d.items).toEqual([
    {
      kind: 'removed',
      what: 'edge',
      id: 'leader_of:person:ada-morrow->country:DK',
      type: 'leader_of',
      label: 'person:ada-morrow -> country:DK',
      rules: ['leader/demonym-title-name'],
      evidence: 'Danish Prime Minister Ada Morrow',
    },
  ]);
  const text = renderDiff(d);
  expect(text).toContain('- edge removed leader_of:person:ada-morrow->country:DK');
  expect(text).toContain('rule leader/demonym-title-name; "Danish Prime Minister Ada Morrow"');
  expect(text).toMatch(/edges: \+0 -1 ~0\n$/);
});

test('added and changed nodes and edges; changed lists the fields', () => {
  const edge = base.edges[0]!;
  const changedEdge: GraphEdge = { ...edge, attributes: { role: 'Prime Minister', current: false } };
  const after: Graph = {
    ...base,
    nodes: [
      base.nodes[0]!,
      { ...base.nodes[1]!, label: 'Ada K. Morrow' },
      { id: 'place:oslo', type: 'place', label: 'Oslo', attributes: {}, mentions: [ev('Oslo', 'place/capital')] },
    ],
    edges: [changedEdge],
  };
  const d = diffGraphs(base, after);
  expect(d.summary).toEqual({ node: { added: 1, removed: 0, changed: 1 }, edge: { added: 0, removed: 0, changed: 1 } });
  expect(d.items.map((i) => [i.kind, i.id, i.fields ?? []])).toEqual([
    ['changed', 'person:ada-morrow', ['label']],
    ['added', 'place:oslo', []],
    ['changed', edge.id, ['attributes']],
  ]);
  const colored = renderDiff(d, { added: (s) => `<g>${s}`, removed: (s) => `<r>${s}`, changed: (s) => `<y>${s}`, dim: (s) => s });
  expect(colored).toContain('<g>+ node added   place:oslo (place) "Oslo"');
});
