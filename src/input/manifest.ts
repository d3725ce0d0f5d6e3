/**
 * --manifest FILE: dates and titles for many files at once. CSV with a header row (`path`, and
 * `date` and/or `title`), or JSON Lines of {"path", "date", "title"}. Paths are relative to the
 * manifest's own directory. A bad manifest stops the run (USAGE, exit 2) before any input is read.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { RunError } from '../errors.js';
import { metaDate } from './meta-date.js';

// loaded with the first manifest only (start-up, docs/performance.md)
const parse: typeof import('csv-parse/sync').parse = ((input: string, options: object) =>
  (createRequire(import.meta.url)('csv-parse/sync') as typeof import('csv-parse/sync')).parse(
    input,
    options,
  )) as typeof import('csv-parse/sync').parse;

export interface ManifestEntry {
  readonly date: string | null;
  readonly title: string | null;
}

/** Entries keyed by absolute path. */
export type Manifest = ReadonlyMap<string, ManifestEntry>;

function fail(file: string, line: number, why: string): never {
  throw new RunError('USAGE', `--manifest ${file}:${line}: ${why}`);
}

function entry(file: string, line: number, rec: Record<string, unknown>): [string, ManifestEntry] {
  const p = rec.path;
  if (typeof p !== 'string' || p.trim() === '') fail(file, line, 'no "path"');
  const rawDate = rec.date;
  const date = rawDate === undefined || rawDate === null || rawDate === '' ? null : metaDate(rawDate);
  if (date === null && rawDate !== undefined && rawDate !== null && rawDate !== '')
    fail(file, line, `date ${JSON.stringify(rawDate)} is not YYYY-MM-DD`);
  const title = typeof rec.title === 'string' && rec.title.trim() !== '' ? rec.title.trim() : null;
  return [path.resolve(path.dirname(file), p.trim()), { date, title }];
}

function csvRecords(file: string, text: string): [number, Record<string, unknown>][] {
  let rows: Record<string, string>[];
  try {
    rows = parse(text, { columns: (h: string[]) => h.map((c) => c.trim().toLowerCase()), skip_empty_lines: true, trim: true, bom: true });
  } catch (e) {
    const m = /line (\d+)/.exec((e as Error).message);
    return fail(file, m ? Number(m[1]) : 1, `not valid CSV (${(e as Error).message})`);
  }
  return rows.map((r, i) => [i + 2, r]);
}

function jsonlRecords(file: string, text: string): [number, Record<string, unknown>][] {
  const out: [number, Record<string, unknown>][] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '') return;
    let data: unknown;
    try {
      data = JSON.parse(line) as unknown;
    } catch (e) {
      fail(file, i + 1, `not valid JSON (${(e as Error).message})`);
    }
    if (data === null || typeof data !== 'object' || Array.isArray(data)) fail(file, i + 1, 'a record must be a JSON object');
    out.push([i + 1, data as Record<string, unknown>]);
  });
  return out;
}

export function readManifest(file: string): Manifest {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    throw new RunError('USAGE', `--manifest ${file}: cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  const records = /\.jsonl?$/i.test(file) ? jsonlRecords(file, text) : csvRecords(file, text);
  const map = new Map<string, ManifestEntry>();
  for (const [line, rec] of records) {
    const [key, value] = entry(file, line, rec);
    if (map.has(key)) fail(file, line, `${JSON.stringify(rec.path)} is listed twice`);
    map.set(key, value);
  }
  return map;
}

/** The manifest's entry for a document path as discovered (or a JSONL record path), if any. */
export function manifestEntry(manifest: Manifest | undefined, docPath: string): ManifestEntry | undefined {
  return manifest?.get(path.resolve(docPath));
}
