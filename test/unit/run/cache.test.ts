import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cacheKey, ResultCache, type DocResult, type SourceDoc } from '../../../src/index.js';

const doc: SourceDoc = { path: 'a.txt', text: 'Hello.', sha256: 'abc' };
const result: DocResult = {
  doc: { path: 'a.txt', sha256: 'abc', chars: 6, title: 'Hello', date: null, dateSource: null },
  entities: [],
  dates: [],
  meetings: [],
  edges: [],
  errors: [],
};

test('the key changes with content, rules, version, path and document date — not with the text itself', () => {
  const k = cacheKey(doc, 'r1', '1.0.0');
  expect(cacheKey({ ...doc, text: 'other' }, 'r1', '1.0.0')).toBe(k);
  expect(cacheKey({ ...doc, sha256: 'abd' }, 'r1', '1.0.0')).not.toBe(k);
  expect(cacheKey(doc, 'r2', '1.0.0')).not.toBe(k);
  expect(cacheKey(doc, 'r1', '1.0.1')).not.toBe(k);
  expect(cacheKey({ ...doc, path: 'b.txt' }, 'r1', '1.0.0')).not.toBe(k);
  expect(cacheKey({ ...doc, date: '2020-01-01', dateSource: 'option' }, 'r1', '1.0.0')).not.toBe(k);
});

test('set then get round-trips; corrupt entries are misses; no temp files are left', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'extract-cache-'));
  try {
    const c = new ResultCache(dir, 'r1', '1.0.0');
    const k = c.key(doc);
    expect(c.get(k)).toBeUndefined();
    c.set(k, result);
    expect(c.get(k)).toEqual(result);
    const files = fs.readdirSync(dir, { recursive: true }).map(String);
    expect(files.filter((f) => f.endsWith('.tmp'))).toEqual([]);
    fs.writeFileSync(path.join(dir, k.slice(0, 2), `${k}.json`), '{"trunc');
    expect(c.get(k)).toBeUndefined();
    expect([c.hits, c.misses]).toEqual([1, 2]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('a malformed entry is a miss counted as bad: wrong shape, a failed checksum, the old format', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'extract-cache-'));
  try {
    const c = new ResultCache(dir, 'r1', '1.0.0');
    const k = c.key(doc);
    const file = path.join(dir, k.slice(0, 2), `${k}.json`);
    c.set(k, result);
    const good = fs.readFileSync(file, 'utf8');
    const header = good.slice(0, good.indexOf('\n'));
    const bodies = [
      '{"foo":1}',
      `${header}\n{"foo":1}`,
      `${header}\n${good.slice(good.indexOf('\n') + 1).replace('"Hello"', '"Hellp"')}`,
      JSON.stringify(result),
      `{"format":2,"sha256":"${'0'.repeat(64)}"}\n${JSON.stringify({ ...result, entities: 'x' })}`,
    ];
    for (const b of bodies) {
      fs.writeFileSync(file, b);
      expect(c.get(k)).toBeUndefined();
    }
    expect(c.bad).toBe(bodies.length);
    c.set(k, result); // recomputed and overwritten
    expect(c.get(k)).toEqual(result);
    expect(c.writeError).toBeUndefined();
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('a cache that cannot be written records why, once, and never throws', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'extract-cache-'));
  try {
    const notDir = path.join(dir, 'file');
    fs.writeFileSync(notDir, 'x');
    const c = new ResultCache(notDir, 'r1', '1.0.0');
    expect(() => c.set(c.key(doc), result)).not.toThrow();
    expect(c.writeError).toBe('ENOTDIR');
    expect(c.get(c.key(doc))).toBeUndefined();
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
