/** The executor for --jobs 1: documents are processed in the calling thread. */
import type { Context } from '../context.js';
import type { SourceDoc } from '../types.js';
import { processDocument } from '../pipeline.js';
import type { Executor, RunItem } from './types.js';

export class InlineExecutor implements Executor {
  constructor(private readonly ctx: Context) {}

  run(doc: SourceDoc): Promise<RunItem> {
    try {
      return Promise.resolve(processDocument(doc, this.ctx));
    } catch (e) {
      return Promise.reject(e instanceof Error ? e : new Error(String(e)));
    }
  }

  close(): Promise<void> {
    return Promise.resolve();
  }
}
