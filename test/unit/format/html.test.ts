import { formatGraph } from '../../../src/index.js';
import { SAMPLE_GRAPH, SAMPLE_TEXTS } from '../../helpers/sample-graph.js';

const html = formatGraph(SAMPLE_GRAPH, 'html', { texts: SAMPLE_TEXTS });

test('html is one self-contained page: no script, nothing loaded from outside', () => {
  expect(html.startsWith('<!DOCTYPE html>\n')).toBe(true);
  expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\((?!#)/i);
  expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
  expect(html).toContain('Content-Security-Policy');
});

test('every mention is highlighted with its type and a title giving id and type', () => {
  expect(html).toContain('<mark class="t-person" title="person:ada-morrow (person) · person/title-name">Ada Morrow</mark>');
  expect(html).toContain('<mark class="t-country" title="country:DK (country) · country/demonym">Danish</mark>');
  expect(html).toContain('<mark class="t-organization"');
  expect(html).toContain('🙂 <mark class="t-meeting"');
  expect(html.match(/<mark /g)).toHaveLength(SAMPLE_GRAPH.nodes.reduce((n, x) => n + x.mentions.length, 0));
});

test('all text is escaped', () => {
  expect(html).not.toContain('<Varno>');
  expect(html).toContain('Keld &lt;Varno&gt;');
  expect(html).not.toContain('<b>"title"</b>');
  expect(html).toContain('Danish &lt;b&gt;&quot;title&quot;&lt;/b&gt; &amp; more');
  expect(html).toContain('bad/&lt;file&gt;.bin');
});

test('the legend names every node type; the relation table shows evidence and rule ids', () => {
  for (const t of ['person', 'country', 'place', 'organization', 'date', 'meeting']) expect(html).toContain(`<li class="t-${t}">${t} <b>`);
  expect(html).toContain('<code>leader/demonym-title-name</code>');
  expect(html).toContain('<b>Danish Prime Minister Ada Morrow</b>');
  expect(html).toContain('<code class="via">');
  expect(html.match(/<tbody>[\s\S]*?<\/tbody>/)![0].match(/<tr>/g)).toHaveLength(SAMPLE_GRAPH.edges.length);
});

test('the graph picture is an inline SVG with a titled node per node', () => {
  const svg = html.match(/<svg[\s\S]*?<\/svg>/)![0];
  expect(svg.match(/<g class="node">/g)).toHaveLength(SAMPLE_GRAPH.nodes.length);
  expect(svg.match(/<line class="edge"/g)).toHaveLength(SAMPLE_GRAPH.edges.length);
  expect(svg).toContain('<title>person:keld-varno (person)</title>');
  expect(svg).not.toMatch(/NaN|Infinity/);
});

test('byte-identical for the same graph', () => {
  expect(formatGraph(SAMPLE_GRAPH, 'html', { texts: SAMPLE_TEXTS })).toBe(html);
});

test('without texts it still renders, listing the mentions', () => {
  const bare = formatGraph(SAMPLE_GRAPH, 'html');
  expect(bare).toContain('was not available');
  expect(bare).toContain('<mark class="t-place" title="place:oslo (place) · place/gazetteer">Oslo</mark>');
});

test('a text that does not match the offsets is shown with a note, not wrong highlights', () => {
  const changed = formatGraph(SAMPLE_GRAPH, 'html', { texts: new Map([[SAMPLE_GRAPH.documents[0]!.path, 'Something else entirely.']]) });
  expect(changed).toContain('do not match this text');
  expect(changed).toContain('Something else entirely.');
});
