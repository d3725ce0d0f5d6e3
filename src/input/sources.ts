/**
 * The reading API: paths (and standard input) → a stream of SourceDoc | InputError items, in order.
 * One file may give many documents (JSON Lines), so this is an async generator: nothing is held
 * beyond the document being yielded.
 */
import fs from 'node:fs';
import { inputError } from '../errors.js';
import type { Result, SourceDoc, TextFrom } from '../types.js';
import { loadHtmlReader, readHtml } from './html-reader.js';
import { readJsonl, type JsonlOptions } from './jsonl.js';
import { frontMatter } from './markdown.js';
import { DEFAULT_MAX_FILE_SIZE, openRegular, readSource, readStream, sourceFromBytes, type ReadOptions } from './read.js';

export interface SourceOptions extends ReadOptions, JsonlOptions {
  /** standard input's bytes, read when the inputs include "-" */
  readonly stdin?: AsyncIterable<Uint8Array>;
  /** standard input is JSON Lines (--jsonl) */
  readonly jsonl?: boolean;
  /** how standard input is read (--stdin-type); default: HTML when it looks like HTML, else plain text */
  readonly stdinType?: StdinType;
}

/** --stdin-type: standard input has no file name to tell its format. */
export type StdinType = 'html' | 'md' | 'txt' | 'jsonl';
export const STDIN_TYPES: readonly StdinType[] = ['html', 'md', 'txt', 'jsonl'];

/** An HTML page, not prose: a doctype or an <html>/<head>/<body> tag before any text. */
export function looksLikeHtml(text: string): boolean {
  return /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body)[\s>]/i.test(text.slice(0, 4096));
}

/** Standard input's document, read as --stdin-type says (or sniffed: HTML, else text). */
export function typeStdin(doc: SourceDoc, type: StdinType | undefined): SourceDoc {
  return fromFormat(doc, stdinFormat(doc, type));
}

function stdinFormat(doc: SourceDoc, type: StdinType | undefined): Exclude<TextFrom, 'jsonl'> {
  return type === 'html' ? 'html' : type === 'md' ? 'markdown' : type === 'txt' ? 'text' : looksLikeHtml(doc.text) ? 'html' : 'text';
}

/** typeStdin, the HTML reader loaded first when the document is HTML (see ./html-reader.ts). */
export async function typeStdinLoaded(doc: SourceDoc, type: StdinType | undefined): Promise<SourceDoc> {
  if (stdinFormat(doc, type) === 'html') await loadHtmlReader();
  return typeStdin(doc, type);
}

/** How a file is read, from its extension. */
export function formatOf(file: string): TextFrom {
  const ext = /\.([^./]+)$/.exec(file)?.[1]?.toLowerCase() ?? '';
  if (ext === 'html' || ext === 'htm' || ext === 'xhtml') return 'html';
  if (ext === 'md' || ext === 'markdown') return 'markdown';
  if (ext === 'jsonl' || ext === 'ndjson') return 'jsonl';
  return 'text';
}

/**
 * A decoded file → its document: HTML is reduced to readable text, Markdown gives its front matter.
 * HTML needs the HTML reader loaded (the library barrel loads it; else await loadHtmlReader()).
 */
export function fromFormat(doc: SourceDoc, format: Exclude<TextFrom, 'jsonl'>): SourceDoc {
  switch (format) {
    case 'text':
      return doc;
    case 'html': {
      const h = readHtml(doc.text);
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
  if (options.jsonl || options.stdinType === 'jsonl') {
    yield* readJsonl('-', options.stdin, { ...options, maxRecordSize: max });
    return;
  }
  const bytes = await readStream('-', options.stdin, max);
  const doc = bytes.ok ? sourceFromBytes('-', bytes.value) : bytes;
  yield doc.ok ? { ok: true, value: await typeStdinLoaded(doc.value, options.stdinType) } : doc;
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
    if (r.ok && format === 'html') await loadHtmlReader();
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
