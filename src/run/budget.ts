/**
 * The time budget of one document (--doc-timeout). Every document has one: given, it is that many
 * seconds for each document (0: no limit); by default it grows with the document's length, since
 * a long document is processed window by window (windows.ts) in time about linear in its length,
 * so that only a pathological document reaches it, never a long but ordinary one. A worker thread
 * is stopped when its document's wall time is over (pool.ts); in the calling thread the default
 * budget is the process's CPU time, checked between stages (inline.ts).
 */
import { inputError } from '../errors.js';
import type { InputError, SourceDoc } from '../types.js';

/** The default budget of a short document, in seconds: far over what any article takes, even on a loaded machine. */
export const DEFAULT_DOC_TIMEOUT_S = 60;
/** … and what the default adds for each million characters (a quiet 2-core machine takes ~10 s per million). */
export const DEFAULT_DOC_TIMEOUT_PER_MILLION_S = 60;

/** Milliseconds `doc` may take: `docTimeout` seconds when given (0: Infinity), else the default for its length. */
export function docBudgetMs(doc: SourceDoc, docTimeout: number | undefined): number {
  if (docTimeout !== undefined) return docTimeout > 0 ? docTimeout * 1000 : Infinity;
  return Math.round((DEFAULT_DOC_TIMEOUT_S + (DEFAULT_DOC_TIMEOUT_PER_MILLION_S * doc.text.length) / 1e6) * 1000);
}

function seconds(ms: number): string {
  return `${Math.round(ms) / 1000} s`;
}

/** The TOO_SLOW error of a document stopped after `ms` (of CPU time, for the calling thread's budget). */
export function tooSlow(path: string, ms: number, docTimeout: number | undefined, cpu = false): InputError {
  const spent = `${seconds(ms)}${cpu ? ' of CPU time' : ''}`;
  const why = docTimeout !== undefined ? `--doc-timeout ${spent}` : `${spent} (the default --doc-timeout for its length)`;
  return inputError(path, 'TOO_SLOW', `${path}: stopped after ${why}`);
}
