/**
 * --cache DIR: one file per document result, keyed by sha256 of the tool version, the rule-set
 * hash and everything the document carries except its text (path, content sha256, date and its
 * source — the --doc-date option is applied to the SourceDoc before it gets here). Writes are
 * atomic (temp file + rename), so parallel runs sharing a cache never see half a file.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import type { DocResult, SourceDoc } from '../types.js';

/** Bump when the cached shape changes without a tool version change. 2: a checksum header line. */
const CACHE_FORMAT = 2;

/**
 * An entry is two lines: a header `{"format":2,"sha256":"<hex of the result text>"}`, then the
 * result's JSON. An entry that fails the checksum or the shape check is a miss (recomputed and
 * overwritten), counted in `bad`.
 */
function sha(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** The fields every DocResult has, with the right types (enough to never crash the reduce). */
function isDocResult(v: unknown): v is DocResult {
  if (v === null || typeof v !== 'object') return false;
  const r = v as Record<string, unknown>;
  const doc = r.doc as Record<string, unknown> | null | undefined;
  return (
    typeof doc === 'object' &&
    doc !== null &&
    typeof doc.path === 'string' &&
    typeof doc.sha256 === 'string' &&
    typeof doc.chars === 'number' &&
    ['entities', 'dates', 'meetings', 'edges', 'errors'].every((k) => Array.isArray(r[k]))
  );
}

function stable(v: unknown): string {
  if (v === null || typeof v !== 'object') return JSON.stringify(v) ?? 'null';
  if (Array.isArray(v)) return `[${v.map(stable).join(',')}]`;
  const o = v as Record<string, unknown>;
  const keys = Object.keys(o)
    .filter((k) => o[k] !== undefined)
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${stable(o[k])}`).join(',')}}`;
}

export function cacheKey(doc: SourceDoc, rulesHash: string, version: string): string {
  const { text: _text, ...meta } = doc;
  return createHash('sha256')
    .update(stable({ format: CACHE_FORMAT, version, rules: rulesHash, doc: meta }))
    .digest('hex');
}

export class ResultCache {
  private counter = 0;
  hits = 0;
  misses = 0;
  /** entries that were there but corrupt (checksum or shape): misses, recomputed and overwritten */
  bad = 0;
  /** why the cache could not be written (the first failure), e.g. "EACCES" for a read-only folder */
  writeError: string | undefined;

  constructor(
    private readonly dir: string,
    private readonly rulesHash: string,
    private readonly version: string,
  ) {}

  private file(key: string): string {
    return path.join(this.dir, key.slice(0, 2), `${key}.json`);
  }

  key(doc: SourceDoc): string {
    return cacheKey(doc, this.rulesHash, this.version);
  }

  /** The cached result, or undefined (missing, unreadable or corrupt entries are misses). */
  get(key: string): DocResult | undefined {
    let raw: string;
    try {
      raw = fs.readFileSync(this.file(key), 'utf8');
    } catch {
      this.misses++;
      return undefined;
    }
    const r = this.decode(raw);
    if (r) this.hits++;
    else {
      this.misses++;
      this.bad++;
    }
    return r;
  }

  private decode(raw: string): DocResult | undefined {
    const nl = raw.indexOf('\n');
    if (nl < 0) return undefined;
    const body = raw.slice(nl + 1);
    try {
      const header = JSON.parse(raw.slice(0, nl)) as { format?: unknown; sha256?: unknown } | null;
      if (header?.format !== CACHE_FORMAT || header.sha256 !== sha(body)) return undefined;
      const r: unknown = JSON.parse(body);
      return isDocResult(r) ? r : undefined;
    } catch {
      return undefined;
    }
  }

  /** Store a result; a failed write only costs the next run a recomputation (and is reported once, see writeError). */
  set(key: string, result: DocResult): void {
    const file = this.file(key);
    // node:worker_threads loaded here, not at start-up: see workerClass() in pool.ts
    const { threadId } = createRequire(import.meta.url)('node:worker_threads') as typeof import('node:worker_threads');
    const tmp = `${file}.${process.pid}.${threadId}.${this.counter++}.tmp`;
    const body = JSON.stringify(result);
    try {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(tmp, `${JSON.stringify({ format: CACHE_FORMAT, sha256: sha(body) })}\n${body}`);
      fs.renameSync(tmp, file);
    } catch (e) {
      this.writeError ??= (e as NodeJS.ErrnoException).code ?? (e as Error).message;
      try {
        fs.rmSync(tmp, { force: true });
      } catch {
        // no temp file could be made either (the folder is not one)
      }
    }
  }
}
