/** docs/rules.md lists every registered callback with its description (issue 14: the list of callbacks, one line each). */
import fs from 'node:fs';
import { CALLBACKS } from '../src/engine/registry.js';

const doc = fs.readFileSync('docs/rules.md', 'utf8');
const section = doc.slice(doc.indexOf('## Registered callbacks'), doc.indexOf('\n## ', doc.indexOf('## Registered callbacks') + 1));

test('docs/rules.md has a table row for every registered callback, with the registry description', () => {
  const rows = section.split('\n').filter((l) => /^\| (attribute|extractor|guard|normalizer) \|/.test(l));
  expect(rows).toHaveLength(CALLBACKS.length);
  for (const c of CALLBACKS) {
    const row = rows.find((r) => r.startsWith(`| ${c.kind} | \`${c.name}\` |`));
    expect({ name: c.name, row: row?.includes(c.description.replace(/\|/g, '\\|')) }).toEqual({ name: c.name, row: true });
    for (const p of Object.keys(c.params ?? {})) expect(row).toContain(`\`${p}\``);
  }
});
