import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { bytesUnder, sourceItems } from '../../../src/run/items.js';
import { MIN_BYTES_FOR_WORKERS } from '../../../src/run/index.js';

describe('the size of a small input (the default --jobs is 1 below MIN_BYTES_FOR_WORKERS)', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'small-input-'));
    fs.writeFileSync(path.join(dir, 'a.txt'), 'x'.repeat(100));
    fs.writeFileSync(path.join(dir, 'b.txt'), 'y'.repeat(50));
    fs.writeFileSync(path.join(dir, 'c.jsonl'), '{"text":"z"}\n');
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('bytesUnder sums the files under the limit, and gives up at the limit', () => {
    const files = ['a.txt', 'b.txt'].map((f) => path.join(dir, f));
    expect(bytesUnder(files, 1000)).toBe(150);
    expect(bytesUnder(files, 150)).toBeUndefined();
    expect(bytesUnder(files, 120)).toBeUndefined();
    expect(bytesUnder([path.join(dir, 'missing.txt'), ...files], 1000)).toBe(150);
  });

  test('sourceItems tells a small input only when asked, and never for JSON Lines', () => {
    const txt = ['a.txt', 'b.txt'].map((f) => path.join(dir, f));
    expect(sourceItems(txt, {}, MIN_BYTES_FOR_WORKERS).smallBytes).toBe(150);
    expect(sourceItems(txt, {}).smallBytes).toBeUndefined();
    expect(sourceItems(txt, {}, 100).smallBytes).toBeUndefined();
    expect(sourceItems([...txt, path.join(dir, 'c.jsonl')], {}, MIN_BYTES_FOR_WORKERS).smallBytes).toBeUndefined();
  });
});
