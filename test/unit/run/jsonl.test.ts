/** JSONL records are lossless: decoding gives back the DocResult, and merge equals one run. */
import fs from 'node:fs';
import {
  createContext,
  documentRecord,
  formatRecord,
  fromDocumentRecord,
  generatorInfo,
  GraphBuilder,
  headerRecord,
  mergeParts,
  processDocument,
  type DocumentRecord,
  type DocResult,
} from '../../../src/index.js';

const dir = 'fixtures/news';
const files = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .slice(0, 4);
const ctx = createContext();
const results: DocResult[] = files.map((f) => {
  const path = `${dir}/${f}`;
  return processDocument({ path, text: fs.readFileSync(path, 'utf8'), sha256: f }, ctx);
});

test('a record decodes to the DocResult it was made from', () => {
  for (const r of results) {
    const rec = JSON.parse(formatRecord(documentRecord(r))) as DocumentRecord;
    expect(rec.id).toBe(r.doc.path);
    expect(fromDocumentRecord(rec)).toEqual(JSON.parse(JSON.stringify(r)));
  }
});

test('merging records in any order and split over parts equals building the graph directly', () => {
  const b = new GraphBuilder(generatorInfo(ctx));
  for (const r of results) b.add(r);
  const direct = JSON.stringify(b.finish());
  const header = formatRecord(headerRecord(generatorInfo(ctx)));
  const lines = results.map((r) => formatRecord(documentRecord(r)));
  const parts = [
    { name: 'a.jsonl', text: header + lines[3]! + lines[0]! },
    { name: 'b.jsonl', text: header + lines[2]! + lines[1]! },
  ];
  expect(JSON.stringify(mergeParts(parts))).toBe(direct);
  expect(JSON.stringify(mergeParts([{ name: 'g.json', text: direct }]))).toBe(direct);
});

test('parts from another rule set are refused', () => {
  const other = formatRecord(headerRecord({ ...generatorInfo(ctx), rules: 'f'.repeat(64) }));
  const header = formatRecord(headerRecord(generatorInfo(ctx)));
  expect(() =>
    mergeParts([
      { name: 'a', text: header },
      { name: 'b', text: other },
    ]),
  ).toThrow(/not like the other parts/);
});
