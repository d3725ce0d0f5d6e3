import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { formatGraph } from '../../../src/index.js';
import { SAMPLE_GRAPH } from '../../helpers/sample-graph.js';
import { fixturesGraph } from '../../helpers/fixtures-graph.js';

interface Data {
  '@_key': string;
  '#text'?: string | number | boolean;
}
interface Item {
  '@_id': string;
  '@_source'?: string;
  '@_target'?: string;
  data?: Data[];
}
interface Doc {
  graphml: {
    key: { '@_id': string; '@_for': string; '@_attr.name': string; '@_attr.type': string }[];
    graph: { node?: Item[]; edge?: Item[]; '@_edgedefault': string };
  };
}

const parser = new XMLParser({
  ignoreAttributes: false,
  parseTagValue: false,
  isArray: (name) => ['key', 'node', 'edge', 'data'].includes(name),
});

function parse(xml: string): Doc {
  expect(XMLValidator.validate(xml)).toBe(true);
  return parser.parse(xml) as Doc;
}

test('graphml is well-formed with typed keys, every node and edge, values escaped', () => {
  const doc = parse(formatGraph(SAMPLE_GRAPH, 'graphml'));
  const keys = doc.graphml.key;
  const key = (f: string, name: string): { id: string; type: string } => {
    const k = keys.find((x) => x['@_for'] === f && x['@_attr.name'] === name)!;
    return { id: k['@_id'], type: k['@_attr.type'] };
  };
  expect(key('node', 'mentions').type).toBe('int');
  expect(key('edge', 'current').type).toBe('boolean');
  expect(key('node', 'iso').type).toBe('string');
  expect(new Set(keys.map((k) => k['@_id'])).size).toBe(keys.length);
  for (const k of keys) expect(['boolean', 'int', 'long', 'float', 'double', 'string']).toContain(k['@_attr.type']);
  expect(doc.graphml.graph['@_edgedefault']).toBe('directed');
  const nodes = doc.graphml.graph.node!;
  expect(nodes.map((n) => n['@_id'])).toEqual(SAMPLE_GRAPH.nodes.map((n) => n.id));
  const keld = nodes.find((n) => n['@_id'] === 'person:keld-varno')!;
  expect(keld.data!.find((d) => d['@_key'] === key('node', 'label').id)!['#text']).toBe('Keld <Varno>');
  const edges = doc.graphml.graph.edge!;
  expect(edges).toHaveLength(SAMPLE_GRAPH.edges.length);
  const e6 = edges.find((e) => e['@_id'] === 'e6')!;
  expect(e6.data!.find((d) => d['@_key'] === key('edge', 'role').id)!['#text']).toBe('member, "founding"');
});

test('graphml of the fixtures parses and is byte-stable', async () => {
  const { graph } = await fixturesGraph();
  const xml = formatGraph(graph, 'graphml');
  expect(parse(xml).graphml.graph.node).toHaveLength(graph.nodes.length);
  expect(formatGraph(graph, 'graphml')).toBe(xml);
});
