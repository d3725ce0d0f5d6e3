import type { ValidateFunction } from 'ajv';
import type { Graph } from '../types.js';
import { formatAjvErrors } from '../engine/load.js';
import { packageSchemaPath, packageValidator } from './schema-file.js';
import { BUILTIN_EDGE_TYPES, edgeSchema, type RelationType } from './relation-types.js';

export function schemaPath(): string {
  return packageSchemaPath('graph.schema.json');
}

interface EdgeDefs {
  $defs: { edge: { properties: { type: unknown }; allOf: unknown } };
}

/** The graph schema, with the edge types of a rule set when it declares more than the bundled ones. */
function getValidator(types?: readonly RelationType[]): ValidateFunction {
  const extra = (types ?? []).filter((t) => !(BUILTIN_EDGE_TYPES as readonly string[]).includes(t.type));
  if (extra.length === 0) return packageValidator('graph.schema.json');
  return packageValidator('graph.schema.json', {
    key: JSON.stringify(types),
    apply: (schema) => {
      const s = schema as EdgeDefs;
      const edge = edgeSchema(types ?? []);
      s.$defs.edge.properties.type = edge.type;
      s.$defs.edge.allOf = edge.allOf;
      return s;
    },
  });
}

/**
 * Validate a graph against schema/graph.schema.json; returns readable errors ([] when valid).
 * `types`: the relation types of the rule set that made it (a user's file may add some).
 */
export function validateGraph(graph: unknown, types?: readonly RelationType[]): string[] {
  const v = getValidator(types);
  if (!v(graph)) return formatAjvErrors('graph', v.errors).split('\n');
  return danglingEdges(graph as Graph);
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
