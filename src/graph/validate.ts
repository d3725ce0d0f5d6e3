import fs from 'node:fs';
import path from 'node:path';
import type { ValidateFunction } from 'ajv';
import type { Graph } from '../types.js';
import { bundledRulesRoot, formatAjvErrors } from '../engine/load.js';
import { packageSchemaPath, packageValidator } from './schema-file.js';
import { BUILTIN_EDGE_TYPES, edgeSchema, type RelationType } from './relation-types.js';

export function schemaPath(): string {
  return packageSchemaPath('graph.schema.json');
}

interface GraphSchemaParts {
  allOf: { else: { properties: { edges: { items: { properties: { type: unknown } } } } } }[];
  $defs: { edge: { properties: { type: unknown }; allOf: unknown } };
}

/**
 * The graph schema, strict about the edge types of a rule set when it declares more than the
 * bundled ones: the edge type enum and the per-type clauses are generated for all of them.
 */
function getValidator(types: readonly RelationType[]): ValidateFunction {
  const extra = types.filter((t) => !(BUILTIN_EDGE_TYPES as readonly string[]).includes(t.type));
  if (extra.length === 0) return packageValidator('graph.schema.json');
  return packageValidator('graph.schema.json', {
    key: JSON.stringify(types),
    apply: (schema) => {
      const s = schema as GraphSchemaParts;
      const edge = edgeSchema(types);
      s.$defs.edge.properties.type = edge.type;
      s.$defs.edge.allOf = edge.allOf;
      s.allOf[0]!.else.properties.edges.items.properties.type = edge.type;
      return s;
    },
  });
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * The relation types a saved graph declares beyond the bundled ones (`generator.relationTypes`,
 * written when a user's rule file added types), as far as they are well-formed enough to build a
 * schema from (the schema itself then checks them in full); and the declarations it refuses.
 */
function declaredTypes(graph: unknown, bundled: readonly string[]): { types: RelationType[]; problems: string[] } {
  const list = isRecord(graph) && isRecord(graph.generator) ? graph.generator.relationTypes : undefined;
  if (!Array.isArray(list)) return { types: [], problems: [] };
  const types: RelationType[] = [];
  const problems: string[] = [];
  const seen = new Set(bundled);
  list.forEach((t: unknown, i) => {
    if (!isRecord(t) || typeof t.type !== 'string' || !Array.isArray(t.source) || !Array.isArray(t.target)) return;
    if (seen.has(t.type)) {
      problems.push(
        `graph: generator.relationTypes[${i}]: relation type "${t.type}" is ${bundled.includes(t.type) ? 'a bundled one' : 'declared twice'}`,
      );
      return;
    }
    seen.add(t.type);
    if (!t.source.every((k) => typeof k === 'string') || !t.target.every((k) => typeof k === 'string')) return;
    if (t.attributes !== undefined && !isRecord(t.attributes)) return;
    types.push(t as unknown as RelationType);
  });
  return { types, problems };
}

/**
 * Validate a graph against schema/graph.schema.json; returns readable errors ([] when valid).
 * `types`: the relation types of the rule set that made it (a user's file may add some); when not
 * given, the bundled types and those the graph itself declares in `generator.relationTypes`.
 */
export function validateGraph(graph: unknown, types?: readonly RelationType[]): string[] {
  let problems: string[] = [];
  let all = types;
  if (all === undefined) {
    const declared = declaredTypes(graph, BUILTIN_EDGE_TYPES);
    all = declared.types.length > 0 ? [...builtinTypes(), ...declared.types] : [];
    problems = declared.problems;
  }
  const v = getValidator(all);
  if (!v(graph)) return [...problems, ...formatAjvErrors('graph', v.errors).split('\n')];
  if (problems.length > 0) return problems;
  return danglingEdges(graph as Graph);
}

let bundledTypes: RelationType[] | undefined;

/** The bundled relation types (rules/relation-types.json of the package), read when a graph declares more. */
function builtinTypes(): RelationType[] {
  bundledTypes ??= (JSON.parse(fs.readFileSync(path.join(bundledRulesRoot(), 'relation-types.json'), 'utf8')) as { types: RelationType[] })
    .types;
  return bundledTypes;
}

/** Referential integrity: every edge's source and target is a node of the graph (JSON Schema cannot say it). */
export function danglingEdges(graph: Graph): string[] {
  const ids = new Set(graph.nodes.map((n) => n.id));
  const out: string[] = [];
  graph.edges.forEach((e, i) => {
    for (const end of ['source', 'target'] as const)
      if (!ids.has(e[end])) out.push(`graph: edges[${i}].${end}: ${JSON.stringify(e[end])} is not a node of the graph`);
  });
  return out;
}

export function isGraph(graph: unknown): graph is Graph {
  return validateGraph(graph).length === 0;
}
