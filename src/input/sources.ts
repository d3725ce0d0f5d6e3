/**
 * The reading API: paths (and standard input) → a stream of SourceDoc | InputError items, in order.
 * One file may give many documents (JSON Lines), so this is an async generator: nothing is held
 * beyond the document being yielded.
 */
import fs from 'node:fs';
import { inputError } from '../errors.js';
import type { Result, SourceDoc, TextFrom } from '../types.js';
import { htmlToText } from './html.js';
import { readJsonl, type JsonlOptions } from './jsonl.js';
import { frontMatter } from './markdown.js';
import { DEFAULT_MAX_FILE_SIZE, openRegular, readSource, readStream, sourceFromBytes, type ReadOptions } from './read.js';

export interface SourceOptions extends ReadOptions, JsonlOptions {
  /** standard input's bytes, read when the inputs include "-" */
  readonly stdin?: AsyncIterable<Uint8Array>;
  /** standard input is JSON Lines (--jsonl) */
  readonly jsonl?: boolean;
}

/** How a file is read, from its extension. */
export function formatOf(file: string): TextFrom {
  const ext = /\.([^./]+)$/.exec(file)?.[1]?.toLowerCase() ?? '';
  if (ext === 'html' || ext === 'htm' || ext === 'xhtml') return 'html';
  if (ext === 'md' || ext === 'markdown') return 'markdown';
  if (ext === 'jsonl' || ext === 'ndjson') return 'jsonl';
  return 'text';
}

/** A decoded file → its document: HTML is reduced to readable text, Markdown gives its front matter. */
export function fromFormat(doc: SourceDoc, format: Exclude<TextFrom, 'jsonl'>): SourceDoc {
  switch (format) {
    case 'text':
      return doc;
    case 'html': {
      const h = htmlToText(doc.text);
      return {
        ...doc,
        text: h.text,
        textFrom: 'html',
        ...(h.title !== null ? { title: h.title } : {}),
        ...(h.date !== null ? { date: h.date, dateSource: 'metadata' as const } : {}),
        ...(h.url !== null ? { url: h.url } : {}),
      };
    }
    case 'markdown': {
      const fm = frontMatter(doc.text);
      return {
        ...doc,
        textFrom: 'markdown',
        ...(fm?.title ? { title: fm.title } : {}),
        ...(fm?.date ? { date: fm.date, dateSource: 'metadata' as const } : {}),
        ...(fm?.url ? { url: fm.url } : {}),
      };
    }
  }
}

async function* readStdin(options: SourceOptions, max: number): AsyncGenerator<Result<SourceDoc>> {
  if (!options.stdin) return;
  if (options.jsonl) {
    yield* readJsonl('-', options.stdin, { ...options, maxRecordSize: max });
    return;
  }
  const bytes = await readStream('-', options.stdin, max);
  yield bytes.ok ? sourceFromBytes('-', bytes.value) : bytes;
}

/** Every document (or per-input error) of the given files, then of standard input when `stdin` is set. */
export async function* readSources(
  files: readonly string[],
  stdin: boolean,
  options: SourceOptions = {},
): AsyncGenerator<Result<SourceDoc>> {
  const max = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  for (const file of files) {
    const format = formatOf(file);
    if (format === 'jsonl') {
      yield* readJsonlFile(file, options, max);
      continue;
    }
    const r = readSource(file, options);
    yield r.ok ? { ok: true, value: fromFormat(r.value, format) } : r;
  }
  if (stdin) yield* readStdin(options, max);
}

async function* readJsonlFile(file: string, options: SourceOptions, max: number): AsyncGenerator<Result<SourceDoc>> {
  const opened = openRegular(file);
  if (!opened.ok) {
    yield opened;
    return;
  }
  const fd = opened.value.fd;
  const stream = fs.createReadStream('', { fd, highWaterMark: 1 << 16 });
  try {
    yield* readJsonl(file, stream, { ...options, maxRecordSize: max });
  } catch (e) {
    yield { ok: false, error: inputError(file, 'UNREADABLE', `${file}: read failed (${(e as Error).message})`) };
  } finally {
    stream.destroy();
  }
}
