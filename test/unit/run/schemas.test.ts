/** The app compiles its schemas with validateSchema: false (start-up time); this checks them against the meta-schema. */
import fs from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';

const files = [
  'schema/graph.schema.json',
  'rules/schema/rules.schema.json',
  'rules/schema/lexicon.schema.json',
  'rules/schema/index.schema.json',
];

test.each(files)('%s is a valid JSON Schema 2020-12', (file) => {
  const ajv = new Ajv2020({ strict: false });
  const schema = JSON.parse(fs.readFileSync(file, 'utf8')) as object;
  expect(ajv.validateSchema(schema)).toBe(true);
  expect(ajv.errors ?? null).toBeNull();
});
