/**
 * The executor for --jobs 1: documents are processed in the calling thread. A thread cannot stop
 * itself, so the document's default time budget (budget.ts) is checked between its stages, window
 * by window (pipeline.ts): a document over it becomes a TOO_SLOW error at the next check, and the
 * run goes on. The clock is the process's CPU time, the work this thread does, so that a loaded
 * machine does not stop an ordinary long document. (A --doc-timeout given runs in a worker.)
 */
import type { Context } from '../context.js';
import type { SourceDoc } from '../types.js';
import { processDocument } from '../pipeline.js';
import { docBudgetMs, tooSlow } from './budget.js';
import type { Executor, RunItem } from './types.js';

export interface InlineOptions {
  /** --doc-timeout in seconds (0: no limit; undefined: the default for the document's length) */
  readonly docTimeout?: number;
  /** the clock, in milliseconds (default: the process's CPU time; tests give their own) */
  readonly now?: () => number;
}

function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

class OverBudget extends Error {}

export class InlineExecutor implements Executor {
  constructor(
    private readonly ctx: Context,
    private readonly options: InlineOptions = {},
  ) {}

  run(doc: SourceDoc): Promise<RunItem> {
    const now = this.options.now ?? cpuMs;
    const budget = docBudgetMs(doc, this.options.docTimeout);
    const deadline = now() + budget;
    const checkpoint = Number.isFinite(budget)
      ? (): void => {
          if (now() > deadline) throw new OverBudget();
        }
      : undefined;
    try {
      return Promise.resolve(processDocument(doc, this.ctx, checkpoint ? { checkpoint } : {}));
    } catch (e) {
      if (e instanceof OverBudget)
        return Promise.resolve(tooSlow(doc.path, budget, this.options.docTimeout, this.options.now === undefined));
      return Promise.reject(e instanceof Error ? e : new Error(String(e)));
    }
  }

  close(): Promise<void> {
    return Promise.resolve();
  }
}
