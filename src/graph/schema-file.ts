import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import type { Ajv2020 } from 'ajv/dist/2020.js';
import type { ValidateFunction } from 'ajv';
import { precompiled } from './precompiled.js';

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
  if (!v && !patch) {
    // precompiled at build time (scripts/build-validators.mjs) unless the schemas changed since
    const files = [packageSchemaPath(name), ...SHARED_SCHEMAS.map(packageSchemaPath)];
    v = precompiled(name.replace('.schema.json', '-validator.cjs'), files)?.main;
    if (v) compiled.set(key, v);
  }
  if (!v) {
    // ajv itself is loaded only here: a run with precompiled validators never loads it
    const require = createRequire(import.meta.url);
    const { Ajv2020: Ajv } = require('ajv/dist/2020.js') as typeof import('ajv/dist/2020.js');
    const addFormatsModule = require('ajv-formats') as { default?: unknown };
    const addFormats = (addFormatsModule.default ?? addFormatsModule) as (ajv: Ajv2020, formats: readonly string[]) => Ajv2020;
    const ajv = new Ajv({ allErrors: true, strict: false, validateSchema: false });
    addFormats(ajv, ['date']);
    for (const shared of SHARED_SCHEMAS) ajv.addSchema(JSON.parse(fs.readFileSync(packageSchemaPath(shared), 'utf8')) as object);
    const schema = JSON.parse(fs.readFileSync(packageSchemaPath(name), 'utf8')) as object;
    v = ajv.compile(patch ? patch.apply(schema) : schema);
    compiled.set(key, v);
  }
  return v;
}
