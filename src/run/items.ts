/**
 * Files → SourceDoc | InputError, lazily: a file is read only when the runner asks for the next
 * item, so at most the runner's window of documents is in memory. (When input reading yields many
 * documents per file, this generator is what gets replaced.)
 */
import type { InputError, SourceDoc } from '../types.js';
import { discover, type DiscoverOptions } from '../input/discover.js';
import { readSource, type ReadOptions } from '../input/read.js';
import type { SourceItem } from './types.js';

export interface ItemOptions extends DiscoverOptions, ReadOptions {
  readonly docDate?: string | null;
}

export function* readFiles(files: readonly string[], options: ItemOptions = {}): Generator<SourceItem> {
  for (const file of files) {
    const r = readSource(file, options);
    if (!r.ok) yield r.error;
    else yield options.docDate ? ({ ...r.value, date: options.docDate, dateSource: 'option' } satisfies SourceDoc) : r.value;
  }
}

/** Discover the inputs, then read them one by one; discovery errors come first. */
export function sourceItems(inputs: readonly string[], options: ItemOptions = {}): { count: number; items: Iterable<SourceItem> } {
  const found = discover(inputs, options);
  const errors: readonly InputError[] = found.errors;
  return {
    count: found.files.length,
    items: (function* () {
      yield* errors;
      yield* readFiles(found.files, options);
    })(),
  };
}
