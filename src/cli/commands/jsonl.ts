/** --format jsonl: stream one record per document as it completes (a header line first). */
import {
  createContext,
  DEFAULT_MAX_FILE_SIZE,
  documentRecord,
  errorRecord,
  extractDocument,
  extractStream,
  formatRecord,
  generatorInfo,
  headerRecord,
  isInputError,
  sha256,
  type ExtractFilesOptions,
} from '../../index.js';
import type { Logger } from '../output.js';
import type { Sink } from '../sink.js';
import { readStdinText } from '../stdin.js';

/** Returns how many documents and input errors were written. */
export async function streamJsonl(
  sink: Sink,
  log: Logger,
  paths: readonly string[],
  options: ExtractFilesOptions,
): Promise<{ docs: number; errors: number }> {
  const ctx = createContext(options);
  await sink.write(formatRecord(headerRecord(generatorInfo(ctx))));
  let docs = 0;
  let errors = 0;
  if (paths.length === 1 && paths[0] === '-' && options.jsonl !== true) {
    const read = await readStdinText(options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE);
    if (!read.ok) {
      log.error(read.error.code, read.error.message);
      await sink.write(formatRecord(errorRecord(read.error)));
      return { docs: 0, errors: 1 };
    }
    const text = read.value;
    const source = { path: '-', text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, sha256: sha256(text) };
    const dated = options.docDate ? { ...source, date: options.docDate, dateSource: 'option' as const } : source;
    await sink.write(formatRecord(documentRecord(extractDocument(dated, options))));
    return { docs: 1, errors: 0 };
  }
  for await (const item of extractStream(options.jsonl === true ? paths : paths.filter((p) => p !== '-'), options)) {
    if (isInputError(item)) {
      errors++;
      log.error(item.code, item.message);
      await sink.write(formatRecord(errorRecord(item)));
    } else {
      docs++;
      for (const e of item.errors) log.error(e.code, e.message);
      errors += item.errors.length;
      await sink.write(formatRecord(documentRecord(item)));
    }
  }
  return { docs, errors };
}
