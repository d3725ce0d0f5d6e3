/** One list of relation types (rules/relation-types.json) drives the graph schema, the TypeScript type and the loader. */
import fs from 'node:fs';
import { BUILTIN_EDGE_TYPES, edgeFits, edgeSchema, type RelationType } from '../../../src/graph/relation-types.js';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { extractText, loadRules, validateGraph } from '../../../src/index.js';
import { SAMPLE_GRAPH } from '../../helpers/sample-graph.js';

const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as unknown as (
  ajv: Ajv2020,
  formats: readonly string[],
) => Ajv2020;

const list = (JSON.parse(fs.readFileSync('rules/relation-types.json', 'utf8')) as { types: RelationType[] }).types;

test('the TypeScript list of bundled edge types is rules/relation-types.json', () => {
  expect([...BUILTIN_EDGE_TYPES]).toEqual(list.map((t) => t.type));
  expect([...loadRules().relationTypes.keys()]).toEqual(list.map((t) => t.type));
});

test("schema/graph.schema.json's edge type enum and clauses are generated from the list", () => {
  const schema = JSON.parse(fs.readFileSync('schema/graph.schema.json', 'utf8')) as {
    allOf: { else: { properties: { edges: { items: { properties: { type: unknown } } } } } }[];
    $defs: { edge: { properties: { type: unknown }; allOf: unknown }; relationType: unknown };
  };
  const generated = edgeSchema(list);
  // the enum applies unless the graph declares more types (generator.relationTypes)
  expect(schema.allOf[0]!.else.properties.edges.items.properties.type).toEqual(generated.type);
  expect(schema.$defs.edge.allOf).toEqual(generated.allOf);
  // a declaration in a graph is one in a rule file
  const rulesSchema = JSON.parse(fs.readFileSync('rules/schema/relation-types.schema.json', 'utf8')) as {
    $defs: { relationType: Record<string, unknown> };
  };
  expect(schema.$defs.relationType).toEqual({
    description: expect.any(String) as unknown,
    ...rulesSchema.$defs.relationType,
  });
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

describe('a saved graph that declares its own relation types (generator.relationTypes)', () => {
  const extra: RelationType = {
    type: 'signed_agreement_with',
    description: 'two parties signed an agreement',
    source: ['person', 'country'],
    target: ['person', 'country'],
  };
  const person = SAMPLE_GRAPH.nodes.find((n) => n.type === 'person')!;
  const country = SAMPLE_GRAPH.nodes.find((n) => n.type === 'country')!;
  const meeting = SAMPLE_GRAPH.nodes.find((n) => n.type === 'meeting')!;
  const withEdge = (target: string, relationTypes: unknown): unknown => ({
    ...SAMPLE_GRAPH,
    generator: { ...SAMPLE_GRAPH.generator, relationTypes },
    edges: [
      ...SAMPLE_GRAPH.edges,
      { ...SAMPLE_GRAPH.edges[0]!, id: 'e-extra', type: 'signed_agreement_with', source: person.id, target, attributes: {} },
    ],
  });
  const schemaAjv = (): ((g: unknown) => boolean) => {
    const ajv = new Ajv2020({ strict: false });
    addFormats(ajv, ['date']);
    ajv.addSchema(JSON.parse(fs.readFileSync('schema/timex-value.schema.json', 'utf8')) as object);
    return ajv.compile(JSON.parse(fs.readFileSync('schema/graph.schema.json', 'utf8')) as object);
  };

  test('validates without being told the types: the graph carries them', () => {
    expect(validateGraph(withEdge(country.id, [extra]))).toEqual([]);
    expect(validateGraph(withEdge(person.id, [extra]))).toEqual([]);
  });
  test('is still checked: the ends must fit the declaration, an undeclared type fails', () => {
    expect(validateGraph(withEdge(meeting.id, [extra])).join('\n')).toMatch(/edges\[\d+\]\.target: must match pattern/);
    expect(validateGraph(withEdge(country.id, [{ ...extra, type: 'other_type' }])).join('\n')).toMatch(
      /edges\[\d+\]\.type: must be equal to one of the allowed values/,
    );
    expect(validateGraph(withEdge(country.id, undefined)).join('\n')).toMatch(
      /edges\[\d+\]\.type: must be equal to one of the allowed values/,
    );
  });
  test('a malformed declaration, or one that redeclares a bundled type, fails', () => {
    expect(validateGraph(withEdge(country.id, [{ ...extra, source: 'person' }])).length).toBeGreaterThan(0);
    expect(validateGraph(withEdge(country.id, [{ ...extra, source: ['robot'] }])).join('\n')).toMatch(/generator\.relationTypes/);
    expect(validateGraph(withEdge(country.id, [extra, { ...list[0]!, source: ['person', 'country'] }])).join('\n')).toContain(
      'relation type "leader_of" is a bundled one',
    );
    expect(validateGraph(withEdge(country.id, [extra, extra])).join('\n')).toContain('declared twice');
  });
  test('schema/graph.schema.json itself (any validator) accepts the graph, and refuses an unknown type in a graph that declares none', () => {
    const v = schemaAjv();
    expect(v(withEdge(country.id, [extra]))).toBe(true);
    expect(v(SAMPLE_GRAPH)).toBe(true);
    const undeclared = withEdge(country.id, [extra]) as { generator: Record<string, unknown> };
    delete undeclared.generator.relationTypes;
    expect(v(undeclared)).toBe(false);
    expect(v({ ...SAMPLE_GRAPH, edges: [{ ...SAMPLE_GRAPH.edges[0]!, type: 'leader_off' }] })).toBe(false);
  });
  test('extraction with a user type writes the declaration; without one, generator is unchanged', () => {
    const text = 'Prime Minister Ada Morrow signed a trade agreement with President Keld Varno on Friday.';
    const g = extractText(text, { extraRules: ['examples/rules/agreements.rules.json'] });
    expect(g.generator.relationTypes?.map((t) => t.type)).toEqual(['signed_agreement_with']);
    expect(g.edges.some((e) => e.type === 'signed_agreement_with')).toBe(true);
    expect(validateGraph(JSON.parse(JSON.stringify(g)))).toEqual([]);
    expect(Object.keys(extractText(text).generator)).toEqual(['name', 'version', 'rules']);
  });
});
