/**
 * A small pool of worker threads (no dependency: piscina 5 wants Node >= 20.x but adds little
 * here). Workers start lazily on the first document, each keeps at most PER_WORKER documents in
 * flight, and the rest wait in one queue so a slow document does not hold up a busy worker's queue.
 */
import { Worker } from 'node:worker_threads';
import { RunError } from '../errors.js';
import type { DocResult, SourceDoc } from '../types.js';
import type { WorkerData, WorkerReply } from './protocol.js';
import type { Executor } from './types.js';

const PER_WORKER = 2;

interface Task {
  readonly id: number;
  readonly doc: SourceDoc;
  readonly resolve: (r: DocResult) => void;
  readonly reject: (e: Error) => void;
}

interface Slot {
  readonly worker: Worker;
  readonly tasks: Map<number, Task>;
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
  ) {}

  run(doc: SourceDoc): Promise<DocResult> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, doc, resolve, reject });
      this.pump();
    });
  }

  async close(): Promise<void> {
    const slots = this.slots.splice(0);
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }

  private start(): void {
    while (this.slots.length < this.size) {
      const worker = new Worker(workerUrl(), { workerData: this.data });
      const slot: Slot = { worker, tasks: new Map() };
      worker.on('message', (reply: WorkerReply) => this.reply(slot, reply));
      worker.on('error', (e) => this.fail(new RunError('INTERNAL', `worker failed: ${e.stack ?? e.message}`)));
      worker.on('exit', (code) => {
        if (slot.tasks.size > 0) this.fail(new RunError('INTERNAL', `worker exited (code ${code}) with documents in flight`));
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
    const task = slot.tasks.get(reply.id);
    if (!task) return;
    slot.tasks.delete(reply.id);
    if (reply.ok) task.resolve(reply.result);
    else task.reject(new RunError('INTERNAL', `processing ${task.doc.path} failed: ${reply.message}`));
    this.pump();
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
