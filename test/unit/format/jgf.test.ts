import fs from 'node:fs';
import { Ajv } from 'ajv';
import { formatGraph, validateGraph } from '../../../src/index.js';
import { SAMPLE_GRAPH } from '../../helpers/sample-graph.js';
import { fixturesGraph } from '../../helpers/fixtures-graph.js';

const schema = JSON.parse(fs.readFileSync('schema/jgf/json-graph-schema_v2.json', 'utf8')) as object;
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

test('the sample graph is a valid graph', () => {
  expect(validateGraph(SAMPLE_GRAPH)).toEqual([]);
});

test('jgf of the sample validates against the JGF v2 schema and keeps every node and edge', () => {
  const out = formatGraph(SAMPLE_GRAPH, 'jgf');
  const jgf = JSON.parse(out) as { graph: { nodes: Record<string, { label: string }>; edges: { relation: string; source: string }[] } };
  expect(validate(jgf)).toBe(true);
  expect(Object.keys(jgf.graph.nodes)).toEqual(SAMPLE_GRAPH.nodes.map((n) => n.id));
  expect(jgf.graph.nodes['person:keld-varno']!.label).toBe('Keld <Varno>');
  expect(jgf.graph.edges.map((e) => e.relation)).toEqual(SAMPLE_GRAPH.edges.map((e) => e.type));
  expect(out.endsWith('}\n')).toBe(true);
});

test('jgf of the fixtures validates; --pretty indents; output is byte-stable', async () => {
  const { graph } = await fixturesGraph();
  const out = formatGraph(graph, 'jgf');
  expect(validate(JSON.parse(out))).toBe(true);
  expect(formatGraph(graph, 'jgf')).toBe(out);
  expect(formatGraph(graph, 'jgf', { pretty: true })).toMatch(/^\{\n {2}"graph": \{/);
});
