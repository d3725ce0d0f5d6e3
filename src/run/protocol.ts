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

export type WorkerReply =
  | { readonly id: number; readonly ok: true; readonly result: DocResult }
  | { readonly id: number; readonly ok: false; readonly message: string };
