/** A changed rule invalidates the cache (the rule-set hash is part of every key). */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defaultRulesDir, extract, type RunStats } from '../../../src/index.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'extract-cache-rules-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
const inputs = ['fixtures/news/000_3e3b864d0be11ddf.txt', 'fixtures/news/004_1050b81782e447f3.txt'];

async function run(rulesDir: string): Promise<RunStats & { json: string }> {
  const stats: RunStats = { cacheHits: 0, cacheMisses: 0 };
  const r = await extract(inputs, { cache: path.join(tmp, 'cache'), rulesDir, jobs: 1, stats });
  return { ...stats, json: JSON.stringify(r.graph) };
}

test('same rules hit (wherever they live); an edited rule misses', async () => {
  const rules = path.join(tmp, 'rules');
  fs.cpSync(defaultRulesDir(), rules, { recursive: true });
  const cold = await run(rules);
  expect([cold.cacheHits, cold.cacheMisses]).toEqual([0, 2]);
  const warm = await run(rules);
  expect([warm.cacheHits, warm.cacheMisses]).toEqual([2, 0]);
  expect(warm.json).toBe(cold.json);
  // new directories, because a context is built once per process and rules directory
  const moved = path.join(tmp, 'rules-moved');
  fs.cpSync(rules, moved, { recursive: true });
  const same = await run(moved);
  expect([same.cacheHits, same.cacheMisses]).toEqual([2, 0]);
  const edit = path.join(tmp, 'rules-edited');
  fs.cpSync(rules, edit, { recursive: true });
  const file = path.join(edit, 'person.rules.json');
  const data = JSON.parse(fs.readFileSync(file, 'utf8')) as { rules: { description: string }[] };
  data.rules[0]!.description += ' (edited)';
  fs.writeFileSync(file, JSON.stringify(data, null, 2));
  const edited = await run(edit);
  expect([edited.cacheHits, edited.cacheMisses]).toEqual([0, 2]);
});
