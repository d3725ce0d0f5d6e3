/**
 * THE one place compromise is loaded. Nothing adds words or tags to compromise's shared world.
 *
 * compromise is loaded lazily, on the first document, and as its one-file CommonJS build: the
 * ESM source tree is ~300 modules and costs about twice as long to load (see docs/performance.md).
 * A run whose documents all come from the cache, or go to worker threads, never loads it here.
 */
import { createRequire } from 'node:module';
import type nlpType from 'compromise';
import { postTag, type TaggableView } from './post-tagger.js';
import type { PreTaggedTerm } from './focus.js';

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

/**
 * compromise's compute hooks nlp(text) runs that parse() does not: 'chunks' (its noun/verb phrase
 * chunker, ~10 % of a parse; it only sets `term.chunk`, which we never read) and 'postTagger', the
 * last of the tagging hooks, which parse() runs itself (post-tagger.ts: same tags, less work).
 */
const SKIPPED_HOOKS: ReadonlySet<string> = new Set(['chunks', 'postTagger']);

/**
 * nlp(text) with the same terms, offsets and tags: its hooks up to the post-tagger, then our run of
 * the post-tagger's rules — on every comma-split piece of every sentence, or only on the pieces
 * `fullTags` accepts (the others keep their pre-tagger tags, see focus.ts); all of its rules, or
 * only those that set one of the tags in `only` (or a tag whose parent is one of them). The hook
 * list is swapped only for this synchronous call.
 */
export function parse(text: string, fullTags?: (terms: readonly PreTaggedTerm[]) => boolean, only?: ReadonlySet<string>): NlpDoc {
  const nlp = configureNlp();
  const world = nlp.world() as unknown as { hooks: string[] };
  const all = world.hooks;
  world.hooks = all.filter((h) => !SKIPPED_HOOKS.has(h));
  let doc: NlpDoc;
  try {
    doc = nlp(text);
  } finally {
    world.hooks = all;
  }
  const view = doc as unknown as TaggableView & { document: readonly (readonly PreTaggedTerm[])[] };
  postTag(view, fullTags, only);
  return doc;
}

export type NlpDoc = ReturnType<Nlp>;
