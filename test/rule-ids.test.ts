/**
 * Stage code names the rules it implements by id: every such id must have a record in rules/
 * (so `active: false` and params reach the code), and every record must be run by something.
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadRules } from '../src/index.js';

const rules = loadRules();
const families = [...new Set(rules.rules.map((r) => r.family))];
const ID = new RegExp(`['"\`]((?:${families.join('|')})/[a-z0-9-]+)['"\`]`, 'g');

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((f) => {
    const p = path.join(dir, f.name);
    return f.isDirectory() ? sources(p) : f.name.endsWith('.ts') ? [p] : [];
  });
}

const named = new Map<string, string[]>();
for (const file of sources('src')) {
  const text = fs.readFileSync(file, 'utf8');
  for (const m of text.matchAll(ID)) named.set(m[1]!, [...(named.get(m[1]!) ?? []), file]);
}

/**
 * Ids the entity code stamps that still lack a record: their documented examples do not fire
 * (see the issue-14 report), so no record with passing examples could be written yet. This list
 * may only shrink; the target is empty.
 */
const KNOWN_WITHOUT_RECORD = ['alias/also-known-as', 'alias/sub-unit-of-organization', 'organization/before-lowercase-head'];

test('every rule id named in src/ has a record in rules/', () => {
  const missing = [...named]
    .filter(([id]) => !rules.byId.has(id) && !KNOWN_WITHOUT_RECORD.includes(id))
    .map(([id, files]) => `${id} (${[...new Set(files)].join(', ')})`);
  expect(missing).toEqual([]);
  for (const id of KNOWN_WITHOUT_RECORD) expect({ id, hasRecord: rules.byId.has(id) }).toEqual({ id, hasRecord: false }); // drop an entry once it has one
});

test('every extractor rule is named by the code that implements it (patterns and regexes run from the file)', () => {
  const status = rules.rules.filter((r) => r.id.startsWith('meeting/status-')).map((r) => r.id); // named as `meeting/status-${status}`
  const unnamed = rules.rules
    .filter((r) => r.pattern === undefined && r.regex === undefined && !named.has(r.id) && !status.includes(r.id))
    .map((r) => r.id);
  expect(unnamed).toEqual([]);
});
