/**
 * THE stage order. processDocument() is the per-document map (pure, no shared state);
 * buildGraph() in graph/ is the corpus reduce.
 */
import type { Context } from './context.js';
import type { DocResult, SourceDoc } from './types.js';
import { clean, type CleanDoc } from './clean/index.js';
import { tokenize } from './tokenize/index.js';
import { findEntities } from './entities/index.js';
import { findDates } from './dates/index.js';
import { findRelations, type WithRelations } from './relations/index.js';
import { docPart, finishDocument, SpanMapper, toDocResult, type DocPart } from './aliases/index.js';
import { documentWindows, WINDOW_CHARS, type Window } from './windows.js';

export type StageTimer = (stage: string, ms: number) => void;

let timer: StageTimer | undefined;

/** Install a per-stage timer (the benchmark and --trace use it); nothing else changes. */
export function setStageTimer(t: StageTimer | undefined): void {
  timer = t;
}

export interface ProcessOptions {
  /**
   * Called before every stage of every window: the caller's time budget (it throws to stop the
   * document). The stages themselves never read the clock.
   */
  readonly checkpoint?: () => void;
  /** the longest view processed at once (default WINDOW_CHARS; see windows.ts) */
  readonly windowChars?: number;
}

function step<I, O>(name: string, fn: (input: I, ctx: Context) => O, input: I, ctx: Context, opts: ProcessOptions): O {
  opts.checkpoint?.();
  if (!timer) return fn(input, ctx);
  const t0 = performance.now();
  const out = fn(input, ctx);
  timer(name, performance.now() - t0);
  return out;
}

/** The stages between clean and the alias merge, on one window of the cleaned document. */
function analyse(doc: CleanDoc, ctx: Context, opts: ProcessOptions): WithRelations {
  const s2 = step('tokenize', tokenize, doc, ctx, opts);
  const s3 = step('entities', findEntities, s2, ctx, opts);
  const s4 = step('dates', findDates, s3, ctx, opts);
  return step('relations', findRelations, s4, ctx, opts);
}

/** A window of a cleaned document: its part of the view, still mapped to the whole original text. */
function windowOf(doc: CleanDoc, w: Window): CleanDoc {
  const { text, origStart, origEnd } = doc.view;
  return {
    source: doc.source,
    view: { text: text.slice(w.start, w.end), origStart: origStart.subarray(w.start, w.end), origEnd: origEnd.subarray(w.start, w.end) },
  };
}

export function processDocument(doc: SourceDoc, ctx: Context, opts: ProcessOptions = {}): DocResult {
  const s1 = step('clean', clean, doc, ctx, opts);
  const windows = documentWindows(s1.view.text, opts.windowChars ?? WINDOW_CHARS);
  if (windows.length === 1) return step('aliases', toDocResult, analyse(s1, ctx, opts), ctx, opts);
  // a long document: one window at a time, so only one window's tokens and parse are ever held
  const whole = new SpanMapper(doc.text, s1.view);
  const parts: DocPart[] = [];
  let meetings = 0;
  let dated: Pick<WithRelations, 'docDate' | 'dateSource'> = { docDate: null, dateSource: null };
  for (const w of windows) {
    const win = windowOf(s1, w);
    const r = analyse(win, ctx, opts);
    parts.push(docPart(r, whole.forView(win.view), meetings));
    meetings += r.meetings.length;
    // the same in every window: the document's date is found in the whole text (dates/)
    dated = { docDate: r.docDate, dateSource: r.dateSource };
  }
  const head = { source: doc, ...dated, chars: whole.chars };
  return step('aliases', (p: DocPart[], c: Context) => finishDocument(p, head, c), parts, ctx, opts);
}
