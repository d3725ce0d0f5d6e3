// The golden output of one fixture: the built CLI's library on the file, with its meta date.
import fs from 'node:fs';
import { extractText } from '../../dist/index.js';

export function goldenGraph(file) {
  const metaPath = file.replace(/\.txt$/, '.meta.json');
  const meta = fs.existsSync(metaPath) ? JSON.parse(fs.readFileSync(metaPath, 'utf8')) : {};
  const text = fs.readFileSync(file, 'utf8');
  const graph = extractText(text, { path: file.split('/').pop(), ...(meta.date ? { docDate: meta.date } : {}) });
  return `${JSON.stringify(graph, null, 2)}\n`;
}
