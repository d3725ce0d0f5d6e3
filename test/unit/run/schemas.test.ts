/** The app compiles its schemas with validateSchema: false (start-up time); this checks them against the meta-schema. */
import fs from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';

const files = [
  'schema/graph.schema.json',
  'schema/gold.schema.json',
  'schema/timex-value.schema.json',
  'rules/schema/rules.schema.json',
  'rules/schema/lexicon.schema.json',
  'rules/schema/index.schema.json',
  'rules/schema/relation-types.schema.json',
];

test.each(files)('%s is a valid JSON Schema 2020-12', (file) => {
  const ajv = new Ajv2020({ strict: false });
  const schema = JSON.parse(fs.readFileSync(file, 'utf8')) as object;
  expect(ajv.validateSchema(schema)).toBe(true);
  expect(ajv.errors ?? null).toBeNull();
});

describe('one definition of a date value for the graph and the gold', () => {
  const load = (f: string): object => JSON.parse(fs.readFileSync(f, 'utf8')) as object;
  const ajv = new Ajv2020({ strict: false });
  ajv.addSchema(load('schema/timex-value.schema.json'));
  const value = ajv.compile({ $ref: 'https://newsgraph.dev/schema/timex-value.schema.json' });
  const graphDefs = (load('schema/graph.schema.json') as { $defs: Record<string, unknown> }).$defs;
  const goldDefs = (load('schema/gold.schema.json') as { $defs: Record<string, unknown> }).$defs;

  test('both schemas point at timex-value.schema.json instead of a pattern of their own', () => {
    expect(JSON.stringify(graphDefs['dateValue'])).toContain('timex-value.schema.json');
    expect(JSON.stringify(goldDefs['dateValue'])).toContain('timex-value.schema.json');
    expect(JSON.stringify(graphDefs['dateValue'])).not.toContain('pattern');
    expect(JSON.stringify(goldDefs['dateValue'])).not.toContain('pattern');
  });

  test.each([
    '2019-02-10',
    '2018-06',
    '2002',
    '2019-02-27/2019-02-28',
    '2019-W09',
    '2014-W09-WE',
    '2002-FA',
    '1998-Q3',
    'FY1998',
    '197X',
    '199',
    '19',
    'XXXX-WXX-1',
    '2013-03-22T15:00',
    '2013-03-22TMO',
    'P3Y',
    'PT48H',
    'P1DE',
    'PXM',
    'P1Y6M',
    'PAST_REF',
  ])('%s is a TimeML value', (v) => {
    expect(value(v)).toBe(true);
  });

  test.each(['', 'soon', '2019-13-', 'P', 'T15:00', '2019/'])('%j is not a value', (v) => {
    expect(value(v)).toBe(false);
  });
});
