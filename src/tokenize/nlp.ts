/**
 * THE one place compromise is loaded. Nothing adds words or tags to compromise's shared world.
 *
 * compromise is loaded lazily, on the first document, and as its one-file CommonJS build: the
 * ESM source tree is ~300 modules and costs about twice as long to load (see docs/performance.md).
 * A run whose documents all come from the cache, or go to worker threads, never loads it here.
 */
import { createRequire } from 'node:module';
import type nlpType from 'compromise';

type Nlp = typeof nlpType;

let configured: Nlp | undefined;

/**
 * compromise, loaded once per thread. No plugin and no custom tags: declaring tags makes
 * compromise recompute its whole tag graph at load (~10 % of a one-file run's start-up, see
 * docs/performance.md), and nothing in the pipeline tags terms with tags of its own; our
 * categories live on our own Token objects and mentions, never in compromise's world.
 */
export function configureNlp(): Nlp {
  if (!configured) configured = createRequire(import.meta.url)('compromise') as Nlp;
  return configured;
}

/** compromise's compute hooks we never read: 'chunks' (its noun/verb phrase chunker, ~10 % of a parse). */
const UNUSED_HOOKS: ReadonlySet<string> = new Set(['chunks']);

/**
 * nlp(text) without the hooks we never read. Terms, offsets and tags are the same as nlp(text)'s
 * (the chunker only sets `term.chunk`). The hook list is swapped only for this synchronous call.
 */
export function parse(text: string): NlpDoc {
  const nlp = configureNlp();
  const world = nlp.world() as unknown as { hooks: string[] };
  const all = world.hooks;
  world.hooks = all.filter((h) => !UNUSED_HOOKS.has(h));
  try {
    return nlp(text);
  } finally {
    world.hooks = all;
  }
}

export type NlpDoc = ReturnType<Nlp>;
