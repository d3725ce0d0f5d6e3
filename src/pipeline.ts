/**
 * THE stage order. processDocument() is the per-document map (pure, no shared state);
 * buildGraph() in graph/ is the corpus reduce.
 */
import type { Context } from './context.js';
import type { DocResult, SourceDoc } from './types.js';
import { clean } from './clean/index.js';
import { tokenize } from './tokenize/index.js';
import { findEntities } from './entities/index.js';
import { findDates } from './dates/index.js';
import { findRelations } from './relations/index.js';
import { toDocResult } from './aliases/index.js';

export type StageTimer = (stage: string, ms: number) => void;

let timer: StageTimer | undefined;

/** Install a per-stage timer (the benchmark and --trace use it); nothing else changes. */
export function setStageTimer(t: StageTimer | undefined): void {
  timer = t;
}

function step<I, O>(name: string, fn: (input: I, ctx: Context) => O, input: I, ctx: Context): O {
  if (!timer) return fn(input, ctx);
  const t0 = performance.now();
  const out = fn(input, ctx);
  timer(name, performance.now() - t0);
  return out;
}

export function processDocument(doc: SourceDoc, ctx: Context): DocResult {
  const s1 = step('clean', clean, doc, ctx);
  const s2 = step('tokenize', tokenize, s1, ctx);
  const s3 = step('entities', findEntities, s2, ctx);
  const s4 = step('dates', findDates, s3, ctx);
  const s5 = step('relations', findRelations, s4, ctx);
  return step('aliases', toDocResult, s5, ctx);
}
