import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { ValidateFunction } from 'ajv';
import type { Graph } from '../types.js';
import { formatAjvErrors } from '../engine/load.js';

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020, formats: readonly string[]) => Ajv2020;

let validator: ValidateFunction | undefined;

export function schemaPath(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  return path.resolve(here, '..', '..', 'schema', 'graph.schema.json');
}

function getValidator(): ValidateFunction {
  if (!validator) {
    // validateSchema: false — our own schema is checked against the meta-schema by a test
    // (test/unit/run/schemas.test.ts); skipping it here halves the compile time at start-up.
    const ajv = new Ajv2020({ allErrors: true, strict: false, validateSchema: false });
    addFormats(ajv, ['date']);
    validator = ajv.compile(JSON.parse(fs.readFileSync(schemaPath(), 'utf8')) as object);
  }
  return validator;
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
