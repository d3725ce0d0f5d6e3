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

test.each(texts)('%s matches its golden graph', (file) => {
  const expected = fs.readFileSync(path.join(dir, file.replace(/\.txt$/, '.graph.json')), 'utf8');
  expect(golden(file)).toBe(expected);
});
