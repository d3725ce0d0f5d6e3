/**
 * The runner's entry: pick an executor (this thread, or a pool of worker threads), add the
 * cache and the shard filter, and stream results in input order. extract() and the CLI's
 * JSONL output both consume runDocuments().
 */
import os from 'node:os';
import type { Context } from '../context.js';
import { toolVersion } from '../version.js';
import { ResultCache } from './cache.js';
import { InlineExecutor } from './inline.js';
import { WorkerPool } from './pool.js';
import { schedule } from './scheduler.js';
import type { Executor, RunItem, RunOptions, SourceItem } from './types.js';
import type { WorkerData } from './protocol.js';

export type { Executor, RunItem, RunOptions, Shard, SourceItem } from './types.js';
export { isInputError } from './types.js';
export { parseShard, shardOf, inShard } from './shard.js';
export { ResultCache, cacheKey } from './cache.js';
export { schedule } from './scheduler.js';
export { sourceItems, readFiles } from './items.js';
export * from './jsonl.js';
export { mergeParts, parsePart, graphToResults, type Part } from './merge.js';

/** Documents in flight per worker: enough to keep every worker busy while the head is awaited. */
const WINDOW_PER_JOB = 4;

export function defaultJobs(): number {
  return Math.max(1, os.availableParallelism());
}

export interface RunStats {
  cacheHits: number;
  cacheMisses: number;
}

/**
 * Run the per-document map over `items` and yield results (and input errors) in input order.
 * `expected` (when known) avoids starting more workers than there are documents.
 */
export async function* runDocuments(
  items: Iterable<SourceItem> | AsyncIterable<SourceItem>,
  ctx: Context,
  context: WorkerData['context'],
  options: RunOptions & { readonly expected?: number; readonly stats?: RunStats } = {},
): AsyncGenerator<RunItem> {
  const jobs = Math.max(1, Math.min(options.jobs ?? defaultJobs(), options.expected ?? Infinity));
  const exec: Executor = jobs === 1 ? new InlineExecutor(ctx) : new WorkerPool(jobs, { context });
  const cache = options.cache !== undefined ? new ResultCache(options.cache, ctx.rules.hash, toolVersion()) : undefined;
  try {
    yield* schedule(items, exec, { window: jobs * WINDOW_PER_JOB, cache, shard: options.shard });
  } finally {
    await exec.close();
    if (cache && options.stats) {
      options.stats.cacheHits += cache.hits;
      options.stats.cacheMisses += cache.misses;
    }
  }
}
