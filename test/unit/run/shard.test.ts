import { inShard, parseShard, shardOf } from '../../../src/run/index.js';

test('parseShard accepts k/n and rejects the rest', () => {
  expect(parseShard('2/3')).toEqual({ k: 2, n: 3 });
  for (const bad of ['0/3', '4/3', '1/0', 'a/b', '1', '1/2/3']) expect(() => parseShard(bad)).toThrow(/--shard/);
});

test('every path is in exactly one shard, stably, and shards are roughly even', () => {
  const paths = Array.from({ length: 3000 }, (_, i) => `news/${i}.txt`);
  const counts = [0, 0, 0];
  for (const p of paths) {
    const hits = [1, 2, 3].filter((k) => inShard(p, { k, n: 3 }));
    expect(hits).toEqual([shardOf(p, 3)]);
    counts[hits[0]! - 1]!++;
  }
  for (const c of counts) expect(c).toBeGreaterThan(900);
  expect(shardOf('news/1.txt', 3)).toBe(shardOf('news/1.txt', 3));
  expect(inShard('anything', undefined)).toBe(true);
});
