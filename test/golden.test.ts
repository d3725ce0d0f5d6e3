/** fixtures/news/*.txt → *.graph.json, byte for byte. Regenerate with `npm run fixtures:update`. */
import fs from 'node:fs';
import path from 'node:path';
import { extractText } from '../src/index.js';

const dir = 'fixtures/news';
const texts = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort();

function golden(file: string): string {
  const meta = JSON.parse(fs.readFileSync(path.join(dir, file.replace(/\.txt$/, '.meta.json')), 'utf8')) as { date?: string | null };
  const graph = extractText(fs.readFileSync(path.join(dir, file), 'utf8'), { path: file, ...(meta.date ? { docDate: meta.date } : {}) });
  return `${JSON.stringify(graph, null, 2)}\n`;
}

/** The rules hash (`generator.rules`) changes with any rule edit; goldens compare without it. */
export function withoutRulesHash(graphJson: string): string {
  return graphJson.replace(/^(\s*"rules": )"[0-9a-f]{64}"(,?)$/m, '$1"<rules-hash>"$2');
}

test.each(texts)('%s matches its golden graph', (file) => {
  const expected = fs.readFileSync(path.join(dir, file.replace(/\.txt$/, '.graph.json')), 'utf8');
  expect(withoutRulesHash(golden(file))).toBe(withoutRulesHash(expected));
});

test('the rules hash is the only thing the golden comparison ignores', () => {
  const a = '{\n  "generator": {\n    "name": "newsgraph",\n    "rules": "' + 'a'.repeat(64) + '"\n  }\n}\n';
  const b = a.replace('a'.repeat(64), 'b'.repeat(64));
  expect(withoutRulesHash(a)).toBe(withoutRulesHash(b));
  expect(withoutRulesHash(a)).not.toBe(withoutRulesHash(a.replace('newsgraph', 'other')));
});
