/** One list of relation types (rules/relation-types.json) drives the graph schema, the TypeScript type and the loader. */
import fs from 'node:fs';
import { BUILTIN_EDGE_TYPES, edgeFits, edgeSchema, type RelationType } from '../../../src/graph/relation-types.js';
import { loadRules, validateGraph } from '../../../src/index.js';
import { SAMPLE_GRAPH } from '../../helpers/sample-graph.js';

const list = (JSON.parse(fs.readFileSync('rules/relation-types.json', 'utf8')) as { types: RelationType[] }).types;

test('the TypeScript list of bundled edge types is rules/relation-types.json', () => {
  expect([...BUILTIN_EDGE_TYPES]).toEqual(list.map((t) => t.type));
  expect([...loadRules().relationTypes.keys()]).toEqual(list.map((t) => t.type));
});

test("schema/graph.schema.json's edge type enum and clauses are generated from the list", () => {
  const schema = JSON.parse(fs.readFileSync('schema/graph.schema.json', 'utf8')) as {
    $defs: { edge: { properties: { type: unknown }; allOf: unknown } };
  };
  const generated = edgeSchema(list);
  expect(schema.$defs.edge.properties.type).toEqual(generated.type);
  expect(schema.$defs.edge.allOf).toEqual(generated.allOf);
});

test('edgeFits: node kinds of both ends and required attributes of the right type', () => {
  const leader = list.find((t) => t.type === 'leader_of')!;
  expect(edgeFits(leader, 'person:ada-morrow', 'country:DK', { role: 'President', current: true })).toBe(true);
  expect(edgeFits(leader, 'organization:x', 'country:DK', { role: 'President', current: true })).toBe(false);
  expect(edgeFits(leader, 'person:ada-morrow', 'country:DK', { role: 'President' })).toBe(false);
  expect(edgeFits(leader, 'person:ada-morrow', 'country:DK', { role: 'President', current: 'yes' })).toBe(false);
});

test('a graph with a declared extra relation type validates only with that declaration', () => {
  const extra: RelationType = {
    type: 'signed_agreement_with',
    description: 'two parties signed an agreement',
    source: ['person'],
    target: ['person'],
  };
  const person = SAMPLE_GRAPH.nodes.find((n) => n.type === 'person')!;
  const edge = {
    ...SAMPLE_GRAPH.edges[0]!,
    id: 'e-extra',
    type: 'signed_agreement_with',
    source: person.id,
    target: person.id,
    attributes: {},
  };
  const graph = { ...SAMPLE_GRAPH, edges: [...SAMPLE_GRAPH.edges, edge] };
  expect(validateGraph(graph).length).toBeGreaterThan(0);
  expect(validateGraph(graph, [...list, extra])).toEqual([]);
  expect(validateGraph(SAMPLE_GRAPH)).toEqual([]);
});
