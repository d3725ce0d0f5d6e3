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
import { WorkerPool, type WorkerLimits } from './pool.js';
import { schedule } from './scheduler.js';
import type { Executor, RunItem, RunOptions, SourceItem } from './types.js';
import type { WorkerData } from './protocol.js';

export type { Executor, RunItem, RunOptions, Shard, SourceItem } from './types.js';
export { isInputError } from './types.js';
export { parseShard, shardOf, inShard } from './shard.js';
export { ResultCache, cacheKey } from './cache.js';
export { schedule } from './scheduler.js';
export type { WorkerLimits } from './pool.js';
export { sourceItems, readFiles } from './items.js';
export * from './jsonl.js';
export { mergeParts, parsePart, graphToResults, type Part } from './merge.js';

/** Documents in flight per worker: enough to keep every worker busy while the head is awaited. */
const WINDOW_PER_JOB = 4;

export { DEFAULT_DOC_TIMEOUT_S, DEFAULT_DOC_TIMEOUT_PER_MILLION_S, docBudgetMs } from './budget.js';

/** Heap per worker by default: a share of the machine's memory, within [MIN, MAX] MB. */
const WORKER_MEMORY_SHARE = 0.6;
const MIN_WORKER_MEMORY_MB = 1024;
const MAX_WORKER_MEMORY_MB = 4096;

export function defaultWorkerMemory(jobs: number): number {
  const share = Math.floor(((os.totalmem() / 2 ** 20) * WORKER_MEMORY_SHARE) / jobs);
  return Math.min(MAX_WORKER_MEMORY_MB, Math.max(MIN_WORKER_MEMORY_MB, share));
}

/** The budgets of the workers: --doc-timeout (seconds; 0 is no limit; by default see budget.ts) and --worker-memory (MB). */
export function workerLimits(options: RunOptions, jobs: number): WorkerLimits {
  return { docTimeout: options.docTimeout, memoryMb: options.workerMemory ?? defaultWorkerMemory(jobs) };
}

export function defaultJobs(): number {
  return Math.max(1, os.availableParallelism());
}

/**
 * Below this much input (bytes of the files) the default --jobs is 1: starting a worker thread costs
 * about as much as extracting ~40-60 news articles (it loads our modules, the rules and compromise
 * again), so on a small corpus two workers are slower than this thread alone (docs/performance.md,
 * "--jobs"). An explicit --jobs is always kept.
 */
export const MIN_BYTES_FOR_WORKERS = 256 * 1024;

export interface RunStats {
  cacheHits: number;
  cacheMisses: number;
  /** corrupt entries found (counted in the misses too), recomputed and overwritten */
  cacheBad?: number;
  /** why the cache could not be written, when it could not (e.g. EACCES) */
  cacheWriteError?: string;
}

/**
 * Run the per-document map over `items` and yield results (and input errors) in input order.
 * `expected` (when known) avoids starting more workers than there are documents.
 */
export async function* runDocuments(
  items: Iterable<SourceItem> | AsyncIterable<SourceItem>,
  ctx: Context,
  context: WorkerData['context'],
  options: RunOptions & { readonly expected?: number; readonly smallBytes?: number; readonly stats?: RunStats } = {},
): AsyncGenerator<RunItem> {
  // `smallBytes`: the input is known to be under MIN_BYTES_FOR_WORKERS
  const byDefault = options.smallBytes !== undefined ? 1 : defaultJobs();
  const jobs = Math.max(1, Math.min(options.jobs ?? byDefault, options.expected ?? Infinity));
  // a budget asked for explicitly runs in a worker, even for one job: a worker can be stopped at once and
  // has a heap limit, where this thread checks the default time budget only between stages (inline.ts)
  const budgeted = options.docTimeout !== undefined || options.workerMemory !== undefined;
  const exec: Executor = jobs === 1 && !budgeted ? new InlineExecutor(ctx) : new WorkerPool(jobs, { context }, workerLimits(options, jobs));
  const cache = options.cache !== undefined ? new ResultCache(options.cache, ctx.rules.hash, toolVersion()) : undefined;
  try {
    yield* schedule(items, exec, { window: jobs * WINDOW_PER_JOB, cache, shard: options.shard });
  } finally {
    await exec.close();
    if (cache && options.stats) {
      options.stats.cacheHits += cache.hits;
      options.stats.cacheMisses += cache.misses;
      options.stats.cacheBad = (options.stats.cacheBad ?? 0) + cache.bad;
      if (cache.writeError !== undefined) options.stats.cacheWriteError ??= cache.writeError;
    }
  }
}
