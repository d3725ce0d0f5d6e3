/** Spawns the built binary: --jobs, --format jsonl, --shard + merge and --cache keep the output byte-identical. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cli } from './helpers/cli.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'extract-run-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const input = 'fixtures/news';
let single = '';
let singleJsonl = '';

beforeAll(() => {
  const r = cli([input, '--jobs', '1']);
  expect(r.code).toBe(0);
  single = r.stdout;
  singleJsonl = cli([input, '--jobs', '1', '-f', 'jsonl']).stdout;
});

test('--jobs 2 gives the same bytes as --jobs 1, for JSON and JSONL', () => {
  expect(cli([input, '--jobs', '2']).stdout).toBe(single);
  expect(cli([input, '--jobs', '2', '-f', 'jsonl']).stdout).toBe(singleJsonl);
});

test('--format jsonl: a header, then one record per document in path order', () => {
  const lines = singleJsonl
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { type: string; id?: string });
  expect(lines[0]!.type).toBe('header');
  const ids = lines.slice(1).map((l) => l.id!);
  expect(lines.slice(1).every((l) => l.type === 'document')).toBe(true);
  expect(ids).toEqual([...ids].sort());
  expect(ids.length).toBe((JSON.parse(single) as { documents: unknown[] }).documents.length);
});

test('--shard 1/3..3/3 then merge equals one run (JSONL parts and JSON parts)', () => {
  const parts: string[] = [];
  for (const k of [1, 2, 3]) {
    const jsonl = path.join(tmp, `part${k}.jsonl`);
    const json = path.join(tmp, `part${k}.json`);
    expect(cli([input, '--shard', `${k}/3`, '-f', 'jsonl', '--out', jsonl]).code).toBe(0);
    expect(cli([input, '--shard', `${k}/3`, '--out', json]).code).toBe(0);
    parts.push(jsonl, json);
  }
  const docs = parts.filter((p) => p.endsWith('.jsonl')).map((p) => fs.readFileSync(p, 'utf8').trim().split('\n').length - 1);
  expect(docs.every((n) => n > 0)).toBe(true);
  const merged = cli(['merge', ...parts.filter((p) => p.endsWith('.jsonl'))]);
  expect(merged.code).toBe(0);
  expect(merged.stdout).toBe(single);
  expect(cli(['merge', ...parts.filter((p) => p.endsWith('.json'))]).stdout).toBe(single);
});

test('--cache: a second run is all hits and gives the same bytes', () => {
  const dir = path.join(tmp, 'cache');
  const cold = cli([input, '--cache', dir, '--stats']);
  expect(cold.stdout).toBe(single);
  expect(cold.stderr).toMatch(/cache: 0 hits, \d+ misses/);
  const warm = cli([input, '--cache', dir, '--stats', '--jobs', '2']);
  expect(warm.stdout).toBe(single);
  expect(warm.stderr).toMatch(/cache: \d+ hits, 0 misses/);
});

test('bad --jobs and --shard values exit 2', () => {
  expect(cli([input, '--jobs', '0']).code).toBe(2);
  expect(cli([input, '--shard', '4/3']).code).toBe(2);
});
