/** Discourse relations of relations/resolve.ts: predecessors, definite descriptions, counterparts. */
import { extractText } from '../../../src/index.js';
import type { Graph } from '../../../src/index.js';

function graph(text: string): Graph {
  return extractText(text, { docDate: '1997-03-11' });
}

function edge(g: Graph, type: string, source: string, target: string): { attributes: Record<string, unknown> } | undefined {
  return g.edges.find((e) => e.type === type && e.source === source && e.target === target) as
    { attributes: Record<string, unknown> } | undefined;
}

const MORROW = 'Norwegian Prime Minister Ada Morrow spoke on Monday.';

test('"her predecessor, X" after a named leader: X led the same country, not currently (with or without the comma)', () => {
  for (const text of [`${MORROW} Her predecessor, Odd Seim, resigned.`, `${MORROW} Her predecessor Odd Seim resigned.`]) {
    expect(edge(graph(text), 'leader_of', 'person:odd-seim', 'country:NO')?.attributes).toEqual({ current: false, role: 'Prime Minister' });
  }
});

test('a possessive pronoun with no leader named before gives no predecessor', () => {
  const g = graph('Ada Morrow spoke on Monday. Her predecessor, Odd Seim, resigned.');
  expect(g.edges.filter((e) => e.type === 'leader_of')).toEqual([]);
});

test('"the Norwegian premier" is the prime minister named before, not a predecessor named in between', () => {
  const g = graph(`${MORROW} Her predecessor, Odd Seim, resigned. The Norwegian premier will travel to Lima.`);
  expect(edge(g, 'leader_of', 'person:ada-morrow', 'country:NO')?.attributes.current).toBe(true);
  expect(edge(g, 'leader_of', 'person:odd-seim', 'country:NO')?.attributes.current).toBe(false);
  expect(g.edges.filter((e) => e.type === 'leader_of' && e.source === 'person:odd-seim')).toHaveLength(1);
});

test('the counterpart of a minister holds that office in the other country', () => {
  const g = graph("Peru's foreign minister, Luis Ocampo, and his Bolivian counterpart, Mara Quispe, will hold talks in Lima on Friday.");
  expect(edge(g, 'affiliated_with', 'person:luis-ocampo', 'country:PE')?.attributes.role).toBe('Foreign Minister');
  expect(edge(g, 'affiliated_with', 'person:mara-quispe', 'country:BO')?.attributes.role).toBe('Foreign Minister');
  expect(g.edges.some((e) => e.type === 'leader_of')).toBe(false);
});

test('the counterpart of a leader leads the other country; the pattern that read "counterpart" as the office gets the office', () => {
  const g = graph('Chilean President Keld Varno met his Bolivian counterpart Mara Quispe in Lima.');
  expect(edge(g, 'leader_of', 'person:mara-quispe', 'country:BO')?.attributes).toEqual({ current: true, role: 'President' });
  expect(edge(g, 'affiliated_with', 'person:mara-quispe', 'country:BO')?.attributes.role).toBe('President');
});
