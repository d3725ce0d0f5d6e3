/**
 * --cache DIR: one file per document result, keyed by sha256 of the tool version, the rule-set
 * hash and everything the document carries except its text (path, content sha256, date and its
 * source — the --doc-date option is applied to the SourceDoc before it gets here). Writes are
 * atomic (temp file + rename), so parallel runs sharing a cache never see half a file.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { threadId } from 'node:worker_threads';
import type { DocResult, SourceDoc } from '../types.js';

/** Bump when the cached shape changes without a tool version change. */
const CACHE_FORMAT = 1;

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
    try {
      const r = JSON.parse(raw) as DocResult;
      this.hits++;
      return r;
    } catch {
      this.misses++;
      return undefined;
    }
  }

  /** Store a result; a failed write only costs the next run a recomputation. */
  set(key: string, result: DocResult): void {
    const file = this.file(key);
    const tmp = `${file}.${process.pid}.${threadId}.${this.counter++}.tmp`;
    try {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(tmp, JSON.stringify(result));
      fs.renameSync(tmp, file);
    } catch {
      fs.rmSync(tmp, { force: true });
    }
  }
}
