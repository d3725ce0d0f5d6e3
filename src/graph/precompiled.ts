/**
 * Validators precompiled at build time (scripts/build-validators.mjs: ajv's standalone code in
 * dist/generated/), so that a run does not compile our schemas at start-up. Each generated file
 * records the sha256 of the schema sources it was made from; when the schemas changed since the
 * build (or the file is missing), the callers compile at run time as before.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { ValidateFunction } from 'ajv';

/** sha256 over each file's base name and bytes (must match scripts/build-validators.mjs). */
export function sourceHash(files: readonly string[]): string {
  const h = createHash('sha256');
  for (const f of files) h.update(path.basename(f)).update('\0').update(fs.readFileSync(f)).update('\0');
  return h.digest('hex');
}

const provided = new Map<string, Readonly<Record<string, unknown>>>();

/**
 * Hand over dist/generated/NAME already loaded: the start-up snapshot's bundle (src/snapshot/entry.ts)
 * cannot require a file by a computed path, so it bundles the generated modules and gives them here.
 * The source hash is still checked.
 */
export function providePrecompiled(name: string, mod: Readonly<Record<string, unknown>>): void {
  provided.set(name, mod);
}

/**
 * The exports of dist/generated/NAME, or undefined when it is missing or was made from other
 * schema sources than `files`.
 */
export function precompiled(name: string, files: readonly string[]): Readonly<Record<string, ValidateFunction>> | undefined {
  let mod = provided.get(name);
  if (!mod) {
    const here = path.dirname(fileURLToPath(import.meta.url));
    const file = path.resolve(here, '..', 'generated', name);
    if (!fs.existsSync(file)) return undefined;
    try {
      mod = createRequire(import.meta.url)(file) as Record<string, unknown>;
    } catch {
      return undefined;
    }
  }
  let hash: string;
  try {
    hash = sourceHash(files);
  } catch {
    return undefined;
  }
  return mod.sourceHash === hash ? (mod as Readonly<Record<string, ValidateFunction>>) : undefined;
}
