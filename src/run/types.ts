/** Shared types of the runner: what flows through it and how it is configured. */
import type { DocMeeting, DocResult, InputError, SourceDoc, Timex } from '../types.js';

/** One input item: a document to process, or a problem found while reading. */
export type SourceItem = SourceDoc | InputError;
/** One output item, in input order: a document's result, or a per-input problem. */
export type RunItem = DocResult | InputError;

export interface Shard {
  /** 1-based index of this shard */
  readonly k: number;
  readonly n: number;
}

export interface RunOptions {
  /** worker threads (default: the number of cores, 1 for files under MIN_BYTES_FOR_WORKERS in all); 1 runs in the calling thread */
  readonly jobs?: number;
  /** a directory of cached per-document results (--cache) */
  readonly cache?: string;
  /** process only the documents whose path hash falls in this shard (--shard k/n) */
  readonly shard?: Shard;
  /**
   * seconds one document may take (--doc-timeout; 0: no limit; by default DEFAULT_DOC_TIMEOUT_S plus
   * DEFAULT_DOC_TIMEOUT_PER_MILLION_S per million characters, see budget.ts); over it the document is a TOO_SLOW
   * input error. Given explicitly, it runs even --jobs 1 in a worker thread (stopped at once); the default
   * budget of a document run in the calling thread is checked between its stages.
   */
  readonly docTimeout?: number;
  /** MB of heap per worker thread (--worker-memory); a document over it is an OUT_OF_MEMORY input error */
  readonly workerMemory?: number;
}

export function isInputError(x: SourceItem | RunItem): x is InputError {
  return 'code' in x && 'message' in x && !('text' in x) && !('doc' in x);
}

/** Something that turns documents into results (or per-input errors such as TOO_SLOW): the calling thread, or a pool of workers. */
export interface Executor {
  run(doc: SourceDoc): Promise<RunItem>;
  close(): Promise<void>;
}

/** The attributes of date and meeting nodes, as read back from a record or a graph. */
export interface NodeAttrs {
  readonly value: string | null;
  /** absent in graphs made before date nodes carried their TimeML type: DATE */
  readonly timex?: Timex;
  readonly kind: DocMeeting['kind'];
  readonly status: DocMeeting['status'];
  readonly date: DocMeeting['date'];
}
