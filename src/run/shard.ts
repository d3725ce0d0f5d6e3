/** --shard k/n: a stable assignment of documents to shards by a hash of their path. */
import { createHash } from 'node:crypto';
import { RunError } from '../errors.js';
import type { Shard } from './types.js';

export function parseShard(value: string): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(value.trim());
  const k = m ? Number(m[1]) : NaN;
  const n = m ? Number(m[2]) : NaN;
  if (!m || n < 1 || k < 1 || k > n) throw new RunError('USAGE', `--shard "${value}" is not k/n with 1 <= k <= n`);
  return { k, n };
}

/** The shard (1..n) a path belongs to: the first 48 bits of sha256(path), modulo n. */
export function shardOf(path: string, n: number): number {
  const h = createHash('sha256').update(path).digest();
  return (h.readUIntBE(0, 6) % n) + 1;
}

export function inShard(path: string, shard: Shard | undefined): boolean {
  return shard === undefined || shard.n === 1 || shardOf(path, shard.n) === shard.k;
}
