/** Issue 19 point 14: the report reads cleanly (entities and mojibake shown once decoded), its labels never overlap, and edges have a legend. */
import { formatGraph, type Graph } from '../../../src/index.js';
import { escapeXml } from '../../../src/format/attributes.js';
import { CHAR_WIDTH, LINE_HEIGHT } from '../../../src/format/html/labels.js';
import { SAMPLE_GRAPH } from '../../helpers/sample-graph.js';

const TEXT = 'Morrow&#x27;s &quot;deal&quot; with Narendra\u00c2 Varno.\n';
const cps = Array.from(TEXT);
const span = (s: string): { start: number; end: number; text: string } => {
  const start = cps.join('').indexOf(s);
  return {
    start: Array.from(cps.join('').slice(0, start)).length,
    end: Array.from(cps.join('').slice(0, start)).length + Array.from(s).length,
    text: s,
  };
};

const graph: Graph = {
  ...SAMPLE_GRAPH,
  documents: [{ ...SAMPLE_GRAPH.documents[0]!, path: 'x.txt', chars: cps.length, title: 'Morrow&#x27;s &quot;deal&quot;' }],
  nodes: [
    {
      id: 'person:ada-morrow',
      type: 'person',
      label: 'Ada Morrow',
      aliases: [],
      attributes: {},
      mentions: [{ doc: 'd1', ...span('Morrow&#x27;s'), rule: 'person/x' }],
    },
    {
      id: 'person:narendra-varno',
      type: 'person',
      label: 'Narendra Varno',
      aliases: [],
      attributes: {},
      mentions: [{ doc: 'd1', ...span('Narendra\u00c2 Varno'), rule: 'person/x' }],
    },
  ],
  edges: [
    {
      id: 'affiliated_with:person:ada-morrow->person:narendra-varno',
      type: 'affiliated_with',
      source: 'person:ada-morrow',
      target: 'person:narendra-varno',
      attributes: {},
      evidence: [{ doc: 'd1', ...span('&quot;deal&quot; with Narendra\u00c2 Varno'), rule: 'affiliated/x' }],
    },
  ],
  errors: [],
};

test('entities and mojibake are decoded once in documents, titles and evidence; offsets still match', () => {
  for (const texts of [new Map([['x.txt', TEXT]]), undefined]) {
    const html = formatGraph(graph, 'html', texts ? { texts } : {});
    const body = html.slice(html.indexOf('<main>'));
    expect(body).not.toMatch(/&amp;#x27;|&amp;quot;|\u00c2/);
    expect(body).toContain(escapeXml('Morrow\'s "deal"'));
    expect(body).toContain('Narendra Varno');
    if (texts)
      expect(body).toContain(`<mark class="t-person" title="person:ada-morrow (person) · person/x">${escapeXml("Morrow's")}</mark>`);
  }
});

test('the picture has a legend for every edge type drawn, in the colour of its lines', () => {
  const html = formatGraph(SAMPLE_GRAPH, 'html');
  const legend = /<ul class="legend edges"[^>]*>([\s\S]*?)<\/ul>/.exec(html)![1]!;
  const types = [...new Set(SAMPLE_GRAPH.edges.map((e) => e.type))];
  for (const t of types) {
    const color = new RegExp(`stroke="(#[0-9a-f]{6})"[^>]*/></svg> ${t} <b>`).exec(legend)?.[1];
    expect(color).toBeDefined();
    const line = SAMPLE_GRAPH.edges.find((e) => e.type === t)!;
    expect(html).toMatch(new RegExp(`<line class="edge"[^>]* stroke="${color!}"[^>]*><title>${line.source} ${t} ${line.target}</title>`));
  }
  expect(new Set([...legend.matchAll(/stroke="(#[0-9a-f]{6})"/g)].map((m) => m[1])).size).toBe(types.length);
});

test('no two labels of the picture overlap, even with many long labels', () => {
  const many: Graph = {
    ...SAMPLE_GRAPH,
    nodes: Array.from({ length: 70 }, (_, i) => ({
      id: `person:p${i}`,
      type: 'person' as const,
      label: `A rather long person label ${i}`,
      aliases: [],
      attributes: {},
      mentions: [],
    })),
    edges: Array.from({ length: 69 }, (_, i) => ({
      id: `leader_of:person:p${i}->person:p${i + 1}`,
      type: 'leader_of' as const,
      source: `person:p${i}`,
      target: `person:p${i + 1}`,
      attributes: {},
      evidence: [],
    })),
  };
  const html = formatGraph(many, 'html');
  const boxes = [...html.matchAll(/<text x="([\d.]+)" y="([\d.]+)" text-anchor="(\w+)">([^<]*)<\/text>/g)].map((m) => {
    const w = Array.from(m[4]!).length * CHAR_WIDTH;
    const x = Number(m[1]);
    const x0 = m[3] === 'start' ? x : m[3] === 'end' ? x - w : x - w / 2;
    return { x0, x1: x0 + w, y0: Number(m[2]) - LINE_HEIGHT + 3, y1: Number(m[2]) + 4 };
  });
  expect(boxes.length).toBeGreaterThan(10);
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      expect(`${i}/${j} ${a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1 ? 'overlap' : 'apart'}`).toBe(`${i}/${j} apart`);
    }
  expect(html).toMatch(/\d+ of them labelled/);
});
