/**
 * JSON Lines: one document per line (`text` required; `id`, `title`, `date`, `url` optional; field
 * names configurable). Read line by line, so a large file is never held whole. A bad line is a
 * BAD_RECORD error naming the file and line; the other lines go on.
 */
import { inputError } from '../errors.js';
import type { Result, SourceDoc } from '../types.js';
import { readLines } from './lines.js';
import { metaDate } from './meta-date.js';
import { sha256 } from './read.js';

export interface JsonlOptions {
  readonly textField?: string;
  readonly dateField?: string;
  readonly idField?: string;
  readonly titleField?: string;
  readonly urlField?: string;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function bad(shown: string, line: number, why: string): Result<SourceDoc> {
  return { ok: false, error: inputError(shown, 'BAD_RECORD', `${shown}:${line}: ${why}`, line) };
}

function optionalString(v: unknown): string | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
}

/** One line → a SourceDoc, or a BAD_RECORD error. `seen` holds the ids met so far (duplicates are errors). */
export function parseRecord(shown: string, line: number, raw: string, options: JsonlOptions, seen: Set<string>): Result<SourceDoc> {
  let data: unknown;
  try {
    data = JSON.parse(raw) as unknown;
  } catch (e) {
    return bad(shown, line, `not valid JSON (${(e as Error).message})`);
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return bad(shown, line, 'a record must be a JSON object');
  const rec = data as Record<string, unknown>;
  const textField = options.textField ?? 'text';
  const text = rec[textField];
  if (typeof text !== 'string') return bad(shown, line, `no "${textField}" string field`);
  const id = optionalString(rec[options.idField ?? 'id']);
  const path = id !== undefined ? `${shown}#${id}` : `${shown}#L${line}`;
  if (seen.has(path)) return bad(shown, line, `duplicate id "${id ?? ''}"`);
  seen.add(path);
  const title = optionalString(rec[options.titleField ?? 'title']);
  const date = metaDate(rec[options.dateField ?? 'date']);
  const url = optionalString(rec[options.urlField ?? 'url']);
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return {
    ok: true,
    value: {
      path,
      text: body,
      sha256: sha256(body),
      textFrom: 'jsonl',
      ...(title !== undefined ? { title } : {}),
      ...(date !== null ? { date, dateSource: 'metadata' as const } : {}),
      ...(url !== undefined ? { url } : {}),
    },
  };
}

/** Every record of a JSON Lines stream, in order. Blank lines are skipped. */
export async function* readJsonl(
  shown: string,
  chunks: AsyncIterable<Uint8Array>,
  options: JsonlOptions & { readonly maxRecordSize: number },
): AsyncGenerator<Result<SourceDoc>> {
  const seen = new Set<string>();
  for await (const line of readLines(chunks, options.maxRecordSize)) {
    if (line.tooLong) {
      yield {
        ok: false,
        error: inputError(
          shown,
          'TOO_LARGE',
          `${shown}:${line.number}: record is more than --max-file-size ${options.maxRecordSize} bytes`,
          line.number,
        ),
      };
      continue;
    }
    let raw: string;
    try {
      raw = utf8.decode(line.bytes);
    } catch {
      yield bad(shown, line.number, 'not valid UTF-8');
      continue;
    }
    if (line.number === 1 && raw.charCodeAt(0) === 0xfeff) raw = raw.slice(1);
    if (raw.trim() === '') continue;
    yield parseRecord(shown, line.number, raw, options, seen);
  }
}
