/**
 * The library's core (contexts, extraction of texts, files and streams), without the barrel's
 * re-exports: the CLI and the worker threads import this, so a run loads no format, eval or HTML
 * module it does not use. src/index.ts re-exports all of it.
 */
import type { Context, ExtractOptions } from './context.js';
import type { DocResult, Graph, InputError, SourceDoc } from './types.js';
import { defaultRulesDir, loadRules } from './engine/load.js';
import { buildLexicon } from './tokenize/lexicon.js';
import { cachedLexicon } from './engine/lexicon-cache.js';
import { getLocale } from './locales/index.js';
import { processDocument } from './pipeline.js';
import { GraphBuilder, type GeneratorInfo } from './graph/build.js';
import { validateGraph } from './graph/validate.js';
import { BUILTIN_EDGE_TYPES } from './graph/relation-types.js';
import type { DiscoverOptions } from './input/discover.js';
import { sha256 } from './input/read.js';
import type { SourceOptions } from './input/sources.js';
import type { DocMetaOptions } from './input/doc-meta.js';
import { MIN_BYTES_FOR_WORKERS, runDocuments, sourceItems, isInputError, type RunOptions, type RunStats } from './run/index.js';
import { RunError } from './errors.js';
import { checkDocDate } from './input/meta-date.js';
import { toolVersion } from './version.js';
import { compileDateRules } from './dates/compile.js';
import { relationPatterns } from './relations/apply.js';
import { testRuleExamples, type RuleTestResult } from './engine/rule-tester.js';

export interface ContextOptions {
  /** a rules directory replacing the bundled one */
  readonly rulesDir?: string;
  /** extra rule files added to the rule set (--rules FILE) */
  readonly extraRules?: readonly string[];
  readonly trace?: (line: string) => void;
}

const contexts = new Map<string, Context>();

/** Load (once per process) the rules and lexicon; throws RunError(RULES_INVALID) on bad rules. */
export function createContext(options: ContextOptions = {}): Context {
  const dir = options.rulesDir ?? defaultRulesDir();
  const key = `${dir}\u0000${(options.extraRules ?? []).join('\u0000')}`;
  let ctx = contexts.get(key);
  if (!ctx) {
    const rules = loadRules(dir, options.extraRules ?? []);
    compileDateRules(rules); // bad date rules fail here (RULES_INVALID), before any document
    relationPatterns(rules); // and so do bad relation patterns
    // the bundled rules' lexicon is built at build time (engine/lexicon-cache.ts)
    const locale = getLocale(rules.locale); // the loader checked that it exists
    ctx = { rules, lexicon: cachedLexicon(rules, locale) ?? buildLexicon(rules, locale), locale };
    contexts.set(key, ctx);
  }
  return options.trace ? { ...ctx, trace: options.trace } : ctx;
}

/**
 * Run the examples of rules through the pipeline (`extract rules test`): of the given rule files
 * (loaded on top of the rules directory), or of the rules directory itself when none is given.
 */
export function testRules(options: ContextOptions = {}): RuleTestResult {
  const ctx = createContext(options);
  const files = new Set(options.extraRules ?? []);
  const rules = files.size > 0 ? ctx.rules.rules.filter((r) => files.has(r.file)) : ctx.rules.rules;
  return testRuleExamples(rules, (text, docDate) => extractText(text, { ...options, ...(docDate ? { docDate } : {}) }));
}

export function generatorInfo(ctx: Context): GeneratorInfo {
  const bundled = BUILTIN_EDGE_TYPES as readonly string[];
  const added = [...ctx.rules.relationTypes.values()].filter((t) => !bundled.includes(t.type));
  // a graph that uses its own edge types declares them, so render, diff, merge and eval can check it later
  return { name: 'newsgraph', version: toolVersion(), rules: ctx.rules.hash, ...(added.length > 0 ? { relationTypes: added } : {}) };
}

/** Validate a finished graph; a failure is a bug (OUTPUT_INVALID, exit 3). */
export function checkGraph(graph: Graph, ctx?: Context): Graph {
  const errors = validateGraph(graph, ctx ? [...ctx.rules.relationTypes.values()] : undefined);
  if (errors.length > 0) throw new RunError('OUTPUT_INVALID', `output failed its schema:\n${errors.join('\n')}`);
  return graph;
}

export interface TextOptions extends ExtractOptions, ContextOptions {
  /** the document's path in the graph (default "text") */
  readonly path?: string;
  readonly title?: string | null;
}

/** Process one document given as a string. */
export function extractDocument(source: SourceDoc, options: ContextOptions = {}): DocResult {
  return processDocument(source, createContext(options));
}

/** Extract the graph of one text. */
export function extractText(text: string, options: TextOptions = {}): Graph {
  const source: SourceDoc = {
    path: options.path ?? 'text',
    text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text,
    sha256: sha256(text),
    ...(options.title !== undefined ? { title: options.title } : {}),
  };
  return extractSource(source, options);
}

/** Extract the graph of one document already read (e.g. standard input typed with typeStdin); `docDate` wins over its own date. */
export function extractSource(source: SourceDoc, options: ExtractOptions & ContextOptions = {}): Graph {
  if (options.docDate) checkDocDate(options.docDate);
  const ctx = createContext(options);
  const dated: SourceDoc = options.docDate ? { ...source, date: options.docDate, dateSource: 'option' as const } : source;
  const b = new GraphBuilder(generatorInfo(ctx), ctx.locale);
  b.add(processDocument(dated, ctx));
  return checkGraph(b.finish(), ctx);
}

export interface ExtractFilesOptions extends ExtractOptions, ContextOptions, DiscoverOptions, SourceOptions, DocMetaOptions, RunOptions {
  /** called after each document, e.g. for a progress bar */
  readonly onDocument?: (done: number, total: number, path: string) => void;
  /** filled in with cache hits and misses when `cache` is set */
  readonly stats?: RunStats;
}

export interface ExtractResult {
  readonly graph: Graph;
  /** per-input problems (also in graph.errors) */
  readonly errors: readonly InputError[];
}

/**
 * Extract from files and directories, streaming: per-document results (and input errors) in
 * path order, as they complete. The scheduler (src/run/) keeps a bounded window in flight.
 */
export function extractStream(inputs: readonly string[], options: ExtractFilesOptions = {}): AsyncGenerator<DocResult | InputError> {
  return startStream(inputs, options).stream;
}

function startStream(
  inputs: readonly string[],
  options: ExtractFilesOptions,
): { count: number; stream: AsyncGenerator<DocResult | InputError> } {
  if (options.docDate) checkDocDate(options.docDate);
  const ctx = createContext(options);
  // the default --jobs is 1 for a small input (MIN_BYTES_FOR_WORKERS): sizes are looked at only then
  const { count, expected, smallBytes, items } = sourceItems(inputs, options, options.jobs === undefined ? MIN_BYTES_FOR_WORKERS : 0);
  const context = {
    ...(options.rulesDir ? { rulesDir: options.rulesDir } : {}),
    ...(options.extraRules ? { extraRules: options.extraRules } : {}),
  };
  return {
    count,
    stream: runDocuments(items, ctx, context, {
      ...options,
      ...(expected !== undefined ? { expected } : {}),
      ...(smallBytes !== undefined ? { smallBytes } : {}),
    }),
  };
}

/** Extract one graph from files and directories. */
export async function extract(inputs: readonly string[], options: ExtractFilesOptions = {}): Promise<ExtractResult> {
  const ctx = createContext(options);
  const b = new GraphBuilder(generatorInfo(ctx), ctx.locale);
  const errors: InputError[] = [];
  let done = 0;
  const { count, stream } = startStream(inputs, options);
  for await (const item of stream) {
    if (isInputError(item)) {
      errors.push(item);
      b.addError(item);
    } else b.add(item);
    options.onDocument?.(++done, count, isInputError(item) ? item.path : item.doc.path);
  }
  return { graph: checkGraph(b.finish(), ctx), errors };
}
