/**
 * A small pool of worker threads (no dependency: piscina 5 wants Node >= 20.x but adds little
 * here). Workers start lazily on the first document, each keeps at most PER_WORKER documents in
 * flight, and the rest wait in one queue so a slow document does not hold up a busy worker's queue.
 *
 * Every document has a budget (WorkerLimits): a time limit that starts when its worker takes it up,
 * and the worker's heap limit (resourceLimits). A document over either becomes an input error
 * (TOO_SLOW, OUT_OF_MEMORY): its worker is stopped and replaced, the documents queued behind it go
 * back to the front of the queue, and the run goes on.
 */
import { createRequire } from 'node:module';
import type { Worker } from 'node:worker_threads';
import { inputError, RunError } from '../errors.js';
import type { InputError, SourceDoc } from '../types.js';
import type { WorkerData, WorkerReply } from './protocol.js';
import { docBudgetMs, tooSlow } from './budget.js';
import type { Executor, RunItem } from './types.js';

const PER_WORKER = 2;

/**
 * node:worker_threads, loaded when the first worker starts: loaded while the start-up snapshot is
 * built (src/snapshot/entry.ts), its thread set-up would be stale in every run and no worker could start.
 */
function workerClass(): typeof Worker {
  return (createRequire(import.meta.url)('node:worker_threads') as typeof import('node:worker_threads')).Worker;
}

export interface WorkerLimits {
  /** --doc-timeout: seconds one document may take once its worker takes it up (0: no limit; undefined: the default, see budget.ts) */
  readonly docTimeout: number | undefined;
  /** the heap (V8 old generation) of each worker, in MB */
  readonly memoryMb: number;
}

interface Task {
  readonly id: number;
  readonly doc: SourceDoc;
  readonly resolve: (r: RunItem) => void;
  readonly reject: (e: Error) => void;
}

interface Slot {
  readonly worker: Worker;
  readonly tasks: Map<number, Task>;
  /** the task the worker is processing now, and its time-out */
  running: { readonly task: Task; readonly timer: NodeJS.Timeout | undefined; readonly budgetMs: number } | undefined;
  /** the pool stopped this worker on purpose (time-out, out of memory, close) */
  retired: boolean;
  /** documents this worker has taken up */
  taken: number;
}

/** dist/run/worker.js next to this module; from the TypeScript sources (jest) the built one. */
export function workerUrl(): URL {
  const here = new URL(import.meta.url);
  return here.pathname.endsWith('.ts') ? new URL('../../dist/run/worker.js', here) : new URL('./worker.js', here);
}

export class WorkerPool implements Executor {
  private readonly slots: Slot[] = [];
  private readonly queue: Task[] = [];
  private nextId = 1;
  private failure: Error | undefined;

  constructor(
    private readonly size: number,
    private readonly data: WorkerData,
    private readonly limits: WorkerLimits,
  ) {}

  run(doc: SourceDoc): Promise<RunItem> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, doc, resolve, reject });
      this.pump();
    });
  }

  async close(): Promise<void> {
    const slots = this.slots.splice(0);
    for (const s of slots) this.retire(s);
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }

  private start(): void {
    while (this.slots.length < this.size && !this.failure) {
      const worker = new (workerClass())(workerUrl(), {
        workerData: this.data,
        resourceLimits: { maxOldGenerationSizeMb: this.limits.memoryMb },
      });
      const slot: Slot = { worker, tasks: new Map(), running: undefined, retired: false, taken: 0 };
      worker.on('message', (reply: WorkerReply) => this.reply(slot, reply));
      worker.on('error', (e: Error & { code?: string }) => this.crashed(slot, e));
      worker.on('exit', (code) => {
        if (!slot.retired && slot.tasks.size > 0)
          this.fail(new RunError('INTERNAL', `worker exited (code ${code}) with documents in flight`));
      });
      this.slots.push(slot);
    }
  }

  private pump(): void {
    this.start();
    for (let level = 1; level <= PER_WORKER; level++) {
      for (const slot of this.slots) {
        if (this.queue.length === 0) return;
        if (slot.tasks.size >= level) continue;
        const task = this.queue.shift()!;
        slot.tasks.set(task.id, task);
        slot.worker.postMessage({ id: task.id, doc: task.doc });
      }
    }
  }

  private reply(slot: Slot, reply: WorkerReply): void {
    if (slot.retired) return;
    const task = slot.tasks.get(reply.id);
    if (!task) return;
    if ('started' in reply) {
      slot.taken++;
      const ms = docBudgetMs(task.doc, this.limits.docTimeout);
      const timer = Number.isFinite(ms) ? setTimeout(() => this.overBudget(slot, 'TOO_SLOW'), ms) : undefined;
      slot.running = { task, timer, budgetMs: ms };
      return;
    }
    clearTimeout(slot.running?.timer);
    slot.running = undefined;
    slot.tasks.delete(reply.id);
    if (reply.ok) task.resolve(reply.result);
    else task.reject(new RunError('INTERNAL', `processing ${task.doc.path} failed: ${reply.message}`));
    this.pump();
  }

  private crashed(slot: Slot, e: Error & { code?: string }): void {
    if (slot.retired) return;
    if (e.code !== 'ERR_WORKER_OUT_OF_MEMORY') this.fail(new RunError('INTERNAL', `worker failed: ${e.stack ?? e.message}`));
    else if (slot.running) this.overBudget(slot, 'OUT_OF_MEMORY');
    else if (slot.taken > 0)
      this.replace(slot); // between two documents: nothing to blame, start afresh
    else {
      const mb = this.limits.memoryMb;
      this.fail(new RunError('USAGE', `a worker ran out of memory while loading the rules (--worker-memory ${mb} MB is too small)`));
    }
  }

  /** The running document is over its budget: it becomes an input error, the worker is replaced. */
  private overBudget(slot: Slot, code: 'TOO_SLOW' | 'OUT_OF_MEMORY'): void {
    const running = slot.running;
    if (!running || slot.retired) return;
    const { path } = running.task.doc;
    const error: InputError =
      code === 'TOO_SLOW'
        ? tooSlow(path, running.budgetMs, this.limits.docTimeout)
        : inputError(path, code, `${path}: stopped when its worker ran out of memory (--worker-memory ${this.limits.memoryMb} MB)`);
    slot.tasks.delete(running.task.id);
    running.task.resolve(error);
    this.replace(slot);
  }

  /** Stop a worker and start another; the documents it had not finished go back to the front of the queue. */
  private replace(slot: Slot): void {
    this.retire(slot);
    this.slots.splice(this.slots.indexOf(slot), 1);
    void slot.worker.terminate();
    this.queue.unshift(...[...slot.tasks.values()].sort((a, b) => a.id - b.id));
    slot.tasks.clear();
    this.pump();
  }

  private retire(slot: Slot): void {
    slot.retired = true;
    clearTimeout(slot.running?.timer);
    slot.running = undefined;
  }

  private fail(e: Error): void {
    this.failure ??= e;
    for (const slot of this.slots) {
      for (const t of slot.tasks.values()) t.reject(e);
      slot.tasks.clear();
    }
    for (const t of this.queue.splice(0)) t.reject(e);
  }
}
