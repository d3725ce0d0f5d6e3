/**
 * A worker thread of the pool: builds its Context once (and loads the locale's tokenizer, compromise, so that loading is
 * not charged to the first document's time budget), then runs the pure per-document map on every
 * SourceDoc it is sent. It reads no files besides the rules.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createContext } from '../api.js';
import { processDocument } from '../pipeline.js';
import type { WorkerData, WorkerReply, WorkerRequest } from './protocol.js';

const port = parentPort;
if (!port) throw new Error('run/worker.js must run in a worker thread');
const ctx = createContext((workerData as WorkerData).context);
ctx.locale.warm?.();
port.on('message', (req: WorkerRequest) => {
  port.postMessage({ id: req.id, started: true } satisfies WorkerReply);
  let reply: WorkerReply;
  try {
    reply = { id: req.id, ok: true, result: processDocument(req.doc, ctx) };
  } catch (e) {
    reply = { id: req.id, ok: false, message: (e as Error).stack ?? String(e) };
  }
  port.postMessage(reply);
});
