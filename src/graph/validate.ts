import type { ValidateFunction } from 'ajv';
import type { Graph } from '../types.js';
import { formatAjvErrors } from '../engine/load.js';
import { packageSchemaPath, packageValidator } from './schema-file.js';

export function schemaPath(): string {
  return packageSchemaPath('graph.schema.json');
}

function getValidator(): ValidateFunction {
  return packageValidator('graph.schema.json');
}

/** Validate a graph against schema/graph.schema.json; returns readable errors ([] when valid). */
export function validateGraph(graph: unknown): string[] {
  const v = getValidator();
  if (v(graph)) return [];
  return formatAjvErrors('graph', v.errors).split('\n');
}

export function isGraph(graph: unknown): graph is Graph {
  return validateGraph(graph).length === 0;
}
