import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { ValidateFunction } from 'ajv';

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020, formats: readonly string[]) => Ajv2020;

/** A schema of the package's schema/ folder (resolved relative to the package, never the cwd). */
export function packageSchemaPath(name: string): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  return path.resolve(here, '..', '..', 'schema', name);
}

const compiled = new Map<string, ValidateFunction>();

/** Schemas that others reference by $id (one definition, many users): added to every validator. */
const SHARED_SCHEMAS = ['timex-value.schema.json'] as const;

/**
 * Compile one of our own schemas once per process. validateSchema: false — our schemas are
 * checked against the 2020-12 meta-schema by a test (test/unit/run/schemas.test.ts); skipping
 * it here halves the compile time at start-up.
 */
export function packageValidator(
  name: string,
  patch?: { readonly key: string; readonly apply: (schema: object) => object },
): ValidateFunction {
  const key = patch ? `${name}\u0000${patch.key}` : name;
  let v = compiled.get(key);
  if (!v) {
    const ajv = new Ajv2020({ allErrors: true, strict: false, validateSchema: false });
    addFormats(ajv, ['date']);
    for (const shared of SHARED_SCHEMAS) ajv.addSchema(JSON.parse(fs.readFileSync(packageSchemaPath(shared), 'utf8')) as object);
    const schema = JSON.parse(fs.readFileSync(packageSchemaPath(name), 'utf8')) as object;
    v = ajv.compile(patch ? patch.apply(schema) : schema);
    compiled.set(key, v);
  }
  return v;
}
