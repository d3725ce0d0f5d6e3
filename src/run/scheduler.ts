/**
 * The runner: pulls items from an (async) iterable of SourceDoc | InputError, keeps at most
 * `window` documents in flight, and yields results in input order. Input order is path order,
 * so the output does not depend on the number of workers, and memory is bounded by the window:
 * the next document is read only when the oldest one in flight has been handed on.
 */
import { RunError } from '../errors.js';
import type { SourceDoc } from '../types.js';
import type { ResultCache } from './cache.js';
import { isInputError, type Executor, type RunItem, type Shard, type SourceItem } from './types.js';
import { inShard } from './shard.js';

export interface ScheduleOptions {
  /** documents in flight (read, not yet yielded) */
  readonly window: number;
  readonly cache?: ResultCache | undefined;
  readonly shard?: Shard | undefined;
}

type Settled = { readonly ok: true; readonly item: RunItem } | { readonly ok: false; readonly error: Error };

function settle(p: Promise<RunItem>): Promise<Settled> {
  return p.then(
    (item) => ({ ok: true, item }),
    (e: unknown) => ({ ok: false, error: e instanceof Error ? e : new RunError('INTERNAL', String(e)) }),
  );
}

function start(item: SourceItem, exec: Executor, cache: ResultCache | undefined): Promise<Settled> {
  if (isInputError(item)) return Promise.resolve({ ok: true, item });
  const doc: SourceDoc = item;
  if (!cache) return settle(exec.run(doc));
  const key = cache.key(doc);
  const hit = cache.get(key);
  if (hit) return Promise.resolve({ ok: true, item: hit });
  return settle(
    exec.run(doc).then((r) => {
      if (!isInputError(r)) cache.set(key, r); // a TOO_SLOW or OUT_OF_MEMORY document is tried again next run
      return r;
    }),
  );
}

export async function* schedule(
  items: Iterable<SourceItem> | AsyncIterable<SourceItem>,
  exec: Executor,
  options: ScheduleOptions,
): AsyncGenerator<RunItem> {
  const window = Math.max(1, options.window);
  const inFlight: Promise<Settled>[] = [];
  const it = Symbol.asyncIterator in items ? items[Symbol.asyncIterator]() : items[Symbol.iterator]();
  let exhausted = false;
  while (true) {
    while (!exhausted && inFlight.length < window) {
      const next = await it.next();
      if (next.done === true) {
        exhausted = true;
        break;
      }
      const item = next.value;
      if (!inShard(item.path, options.shard)) continue;
      inFlight.push(start(item, exec, options.cache));
    }
    const head = inFlight.shift();
    if (!head) return;
    const s = await head;
    if (!s.ok) throw s.error;
    yield s.item;
  }
}
