/**
 * Inputs → SourceDoc | InputError, lazily: a file is read only when the runner asks for the next
 * item, so at most the runner's window of documents is in memory. One file may give many
 * documents (JSON Lines), read line by line (src/input/sources.ts).
 */
import fs from 'node:fs';
import type { InputError } from '../types.js';
import { discover, type DiscoverOptions } from '../input/discover.js';
import { formatOf, readSources, type SourceOptions } from '../input/sources.js';
import { withDocMeta, type DocMetaOptions } from '../input/doc-meta.js';
import type { SourceItem } from './types.js';

export interface ItemOptions extends DiscoverOptions, SourceOptions, DocMetaOptions {}

/** Read files (and standard input) as items, with --doc-date and the manifest applied. */
export async function* readFiles(files: readonly string[], options: ItemOptions = {}, stdin = false): AsyncGenerator<SourceItem> {
  for await (const r of readSources(files, stdin, options)) {
    yield r.ok ? withDocMeta(r.value, options) : r.error;
    await new Promise<void>((resolve) => setImmediate(resolve)); // let signals (Ctrl-C) through between documents
  }
}

/**
 * The files' total size in bytes when it is under `limit`, else undefined (sizes are summed only
 * until they reach it, so a large corpus costs a few stat calls).
 */
export function bytesUnder(files: readonly string[], limit: number): number | undefined {
  let bytes = 0;
  for (const f of files) {
    try {
      bytes += fs.statSync(f).size;
    } catch {
      // unreadable: the reader reports it; it adds no work
    }
    if (bytes >= limit) return undefined;
  }
  return bytes;
}

/**
 * Discover the inputs, then read them one by one; discovery errors come first. `count` is the
 * number of files; `expected` (the number of documents) is unknown when a file or stdin can hold many;
 * `smallBytes` is the files' total size when it is under `smallLimit` bytes (and the documents are known).
 */
export function sourceItems(
  inputs: readonly string[],
  options: ItemOptions = {},
  smallLimit = 0,
): { count: number; expected: number | undefined; smallBytes: number | undefined; items: AsyncIterable<SourceItem> } {
  const found = discover(inputs, options);
  const errors: readonly InputError[] = found.errors;
  const many = found.stdin || found.files.some((f) => formatOf(f) === 'jsonl');
  return {
    count: found.files.length + (found.stdin ? 1 : 0),
    expected: many ? undefined : found.files.length,
    smallBytes: many || smallLimit <= 0 ? undefined : bytesUnder(found.files, smallLimit),
    items: (async function* () {
      yield* errors;
      yield* readFiles(found.files, options, found.stdin);
    })(),
  };
}
