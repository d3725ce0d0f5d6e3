/** Messages between the pool and its worker threads (structured-cloned). */
import type { DocResult, SourceDoc } from '../types.js';

export interface WorkerData {
  /** ContextOptions without functions: rulesDir and extraRules */
  readonly context: { readonly rulesDir?: string; readonly extraRules?: readonly string[] };
}

export interface WorkerRequest {
  readonly id: number;
  readonly doc: SourceDoc;
}

/**
 * `started` is sent when the worker takes a document up (its time budget starts then, not while it
 * waits behind another one or while the worker loads), then one `ok` reply ends it.
 */
export type WorkerReply =
  | { readonly id: number; readonly started: true }
  | { readonly id: number; readonly ok: true; readonly result: DocResult }
  | { readonly id: number; readonly ok: false; readonly message: string };
