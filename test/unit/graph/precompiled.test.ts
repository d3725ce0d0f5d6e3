/**
 * The validators precompiled at build time (scripts/build-validators.mjs → dist/generated/, used by
 * a run instead of compiling the schemas at start-up) agree with ajv compiling the same schemas.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { sourceHash } from '../../../src/graph/precompiled.js';

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020, formats: readonly string[]) => Ajv2020;
const require = createRequire(path.resolve('package.json'));
type Validate = ((data: unknown) => boolean) & { errors?: unknown };
const load = (f: string): object => JSON.parse(fs.readFileSync(f, 'utf8')) as object;

const graph = {
  version: '1.0',
  generator: { name: 'extract', version: '0.0.0' },
  documents: [],
  nodes: [],
  edges: [],
  errors: [],
};
const samples: unknown[] = [graph, { ...graph, version: '2.0' }, { ...graph, nodes: [{ id: 1 }] }, {}, null, 'x', { ...graph, extra: 1 }];

test('the build wrote the generated validators from the current schemas', () => {
  const mod = require('./dist/generated/graph-validator.cjs') as { sourceHash: string };
  expect(mod.sourceHash).toBe(sourceHash([path.resolve('schema/graph.schema.json'), path.resolve('schema/timex-value.schema.json')]));
});

test('the precompiled graph validator gives the same verdicts and errors as a run-time compile', () => {
  const pre = (require('./dist/generated/graph-validator.cjs') as { main: Validate }).main;
  const ajv = new Ajv2020({ allErrors: true, strict: false, validateSchema: false });
  addFormats(ajv, ['date']);
  ajv.addSchema(load('schema/timex-value.schema.json'));
  const fresh = ajv.compile(load('schema/graph.schema.json'));
  for (const s of samples) {
    expect(pre(s)).toBe(fresh(s));
    expect(pre.errors ?? null).toEqual(fresh.errors ?? null);
  }
});

test('the precompiled rules validators give the same verdicts and errors as a run-time compile', () => {
  const pre = require('./dist/generated/rules-validators.cjs') as Record<string, Validate>;
  const ajv = new Ajv2020({ allErrors: true, strict: false, validateSchema: false });
  ajv.addSchema(load('rules/schema/relation-types.schema.json'));
  const fresh: Record<string, Validate> = {
    rules: ajv.compile(load('rules/schema/rules.schema.json')),
    lexicon: ajv.compile(load('rules/schema/lexicon.schema.json')),
    index: ajv.compile(load('rules/schema/index.schema.json')),
  };
  const inputs: unknown[] = [
    load('rules/en/index.json'),
    {},
    { family: 'x', rules: [{ id: 'a' }] },
    { id: 'l', description: 'd', entries: [{ text: 1 }] },
  ];
  for (const k of Object.keys(fresh))
    for (const s of inputs) {
      expect(pre[k]!(s)).toBe(fresh[k]!(s));
      expect(pre[k]!.errors ?? null).toEqual(fresh[k]!.errors ?? null);
    }
});
