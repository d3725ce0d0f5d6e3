/** --format jsonl: stream one record per document as it completes (a header line first). */
import { createContext, extractDocument, extractStream, generatorInfo, type ExtractFilesOptions } from '../../api.js';
import { DEFAULT_MAX_FILE_SIZE, sha256 } from '../../input/read.js';
import { typeStdinLoaded } from '../../input/sources.js';
import { documentRecord, errorRecord, formatRecord, headerRecord, isInputError } from '../../run/index.js';
import type { DocResult } from '../../types.js';
import type { Logger } from '../output.js';
import type { Sink } from '../sink.js';
import { readStdinText } from '../stdin.js';

/** Returns how many documents and input errors were written. */
export interface StreamCounts {
  docs: number;
  errors: number;
  /** per document (not merged across documents), for the end-of-run summary */
  readonly nodes: { readonly type: string }[];
  readonly edges: { readonly type: string }[];
  /** the documents' paths, to tell which --manifest rows matched */
  readonly paths: string[];
}

function count(n: StreamCounts, r: DocResult): void {
  n.docs++;
  n.paths.push(r.doc.path);
  for (const e of r.entities) n.nodes.push({ type: e.type });
  for (const _m of r.meetings) n.nodes.push({ type: 'meeting' });
  for (const e of r.edges) n.edges.push({ type: e.type });
}

export async function streamJsonl(sink: Sink, log: Logger, paths: readonly string[], options: ExtractFilesOptions): Promise<StreamCounts> {
  const ctx = createContext(options);
  await sink.write(formatRecord(headerRecord(generatorInfo(ctx))));
  const n: StreamCounts = { docs: 0, errors: 0, nodes: [], edges: [], paths: [] };
  if (paths.length === 1 && paths[0] === '-' && options.jsonl !== true && options.stdinType !== 'jsonl') {
    const read = await readStdinText(options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE);
    if (!read.ok) {
      log.error(read.error.code, read.error.message);
      await sink.write(formatRecord(errorRecord(read.error)));
      n.errors++;
      return n;
    }
    const text = read.value;
    const source = await typeStdinLoaded(
      { path: '-', text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, sha256: sha256(text) },
      options.stdinType,
    );
    const dated = options.docDate ? { ...source, date: options.docDate, dateSource: 'option' as const } : source;
    const r = extractDocument(dated, options);
    count(n, r);
    await sink.write(formatRecord(documentRecord(r)));
    return n;
  }
  for await (const item of extractStream(paths, options)) {
    if (isInputError(item)) {
      n.errors++;
      log.error(item.code, item.message, item);
      await sink.write(formatRecord(errorRecord(item)));
    } else {
      count(n, item);
      for (const e of item.errors) log.error(e.code, e.message, e);
      n.errors += item.errors.length;
      await sink.write(formatRecord(documentRecord(item)));
    }
  }
  return n;
}
