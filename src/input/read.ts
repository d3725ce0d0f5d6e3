import fs from 'node:fs';
import { createHash } from 'node:crypto';
import { inputError } from '../errors.js';
import type { InputError, Result, SourceDoc } from '../types.js';

/** 2 MiB: far above any news article, and well below what one compromise parse can hold in memory (about 600 MB of heap per MB of prose). */
export const DEFAULT_MAX_FILE_SIZE = 2 * 1024 * 1024;

export interface ReadOptions {
  readonly maxFileSize?: number;
}

/** Binary sniff: NUL bytes or many control characters in the first 8 KiB. */
export function looksBinary(buf: Uint8Array): boolean {
  const n = Math.min(buf.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = buf[i]!;
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32 && b !== 27)) control++;
  }
  return n > 0 && control / n > 0.1;
}

/** Decode bytes as UTF-8 (BOM removed) or UTF-16 with a BOM; invalid bytes are an error. */
export function decode(buf: Uint8Array, shown: string): Result<string> {
  if (buf.length >= 2 && ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff))) {
    const le = buf[0] === 0xff;
    try {
      return { ok: true, value: new TextDecoder(le ? 'utf-16le' : 'utf-16be', { fatal: true }).decode(buf.subarray(2)) };
    } catch {
      return { ok: false, error: inputError(shown, 'DECODE_ERROR', `${shown}: invalid UTF-16 text`) };
    }
  }
  if (looksBinary(buf)) return { ok: false, error: inputError(shown, 'NOT_TEXT', `${shown}: binary file, not text`) };
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
    return { ok: true, value: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
  } catch {
    return { ok: false, error: inputError(shown, 'DECODE_ERROR', `${shown}: not valid UTF-8`) };
  }
}

export function sha256(buf: Uint8Array | string): string {
  return createHash('sha256').update(buf).digest('hex');
}

export function sourceFromBytes(shown: string, buf: Uint8Array, meta: Partial<SourceDoc> = {}): Result<SourceDoc> {
  const text = decode(buf, shown);
  if (!text.ok) return text;
  return { ok: true, value: { ...meta, path: shown, text: text.value, sha256: sha256(buf) } };
}

/** Read one file into a SourceDoc, or a per-input error. */
export function readSource(file: string, options: ReadOptions = {}): Result<SourceDoc> {
  const max = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  let buf: Buffer;
  try {
    const st = fs.statSync(file);
    if (st.isDirectory()) return { ok: false, error: inputError(file, 'UNREADABLE', `${file}: is a directory`) };
    if (st.size > max)
      return { ok: false, error: inputError(file, 'TOO_LARGE', `${file}: ${st.size} bytes is more than --max-file-size ${max}`) };
    buf = fs.readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const err: InputError =
      code === 'ENOENT'
        ? inputError(file, 'NOT_FOUND', `${file}: no such file`)
        : inputError(file, 'UNREADABLE', `${file}: cannot be read (${code ?? (e as Error).message})`);
    return { ok: false, error: err };
  }
  return sourceFromBytes(file, buf);
}
