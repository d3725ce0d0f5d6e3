import fs from 'node:fs';
import { createHash } from 'node:crypto';
import { inputError } from '../errors.js';
import type { InputError, Result, SourceDoc } from '../types.js';

/**
 * 64 MiB: far above any news article. Memory no longer grows with one document's length (a long
 * document is processed in windows, see windows.ts), but its time does: a 64 MB text takes minutes.
 */
export const DEFAULT_MAX_FILE_SIZE = 64 * 1024 * 1024;

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

/** O_NONBLOCK: opening a FIFO never waits for a writer (it is then refused as not a regular file). */
const OPEN_FLAGS = fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0);

function tooLarge(file: string, size: number | null, max: number): InputError {
  const what = size === null ? `more than ${max} bytes` : `${size} bytes`;
  return inputError(file, 'TOO_LARGE', `${file}: ${what} is more than --max-file-size ${max}`);
}

/**
 * Read at most `max` bytes of an open regular file, counting what is read (a file that grows past
 * its fstat size, or a /proc file that reports 0, still stops at the limit).
 */
function readBoundedFd(fd: number, file: string, size: number, max: number): Result<Buffer> {
  if (size > max) return { ok: false, error: tooLarge(file, size, max) };
  const parts: Buffer[] = [];
  let total = 0;
  for (;;) {
    const buf = Buffer.allocUnsafe(Math.min(Math.max(size - total + 1, 1 << 16), max - total + 1));
    const n = fs.readSync(fd, buf, 0, buf.length, null);
    if (n === 0) break;
    total += n;
    if (total > max) return { ok: false, error: tooLarge(file, null, max) };
    parts.push(n === buf.length ? buf : buf.subarray(0, n));
  }
  return { ok: true, value: Buffer.concat(parts, total) };
}

/** Open a path for reading and check that it is a regular file: a FIFO, device or socket is UNREADABLE. */
export function openRegular(file: string): Result<{ fd: number; size: number }> {
  let fd: number;
  try {
    fd = fs.openSync(file, OPEN_FLAGS);
  } catch (e) {
    return { ok: false, error: openError(file, e) };
  }
  const st = fs.fstatSync(fd);
  if (st.isFile()) return { ok: true, value: { fd, size: st.size } };
  fs.closeSync(fd);
  const what = st.isDirectory() ? 'is a directory' : 'not a regular file (a FIFO, device or socket)';
  return { ok: false, error: inputError(file, 'UNREADABLE', `${file}: ${what}`) };
}

function openError(file: string, e: unknown): InputError {
  const code = (e as NodeJS.ErrnoException).code;
  return code === 'ENOENT'
    ? inputError(file, 'NOT_FOUND', `${file}: no such file`)
    : code === 'EISDIR'
      ? inputError(file, 'UNREADABLE', `${file}: is a directory`)
      : inputError(file, 'UNREADABLE', `${file}: cannot be read (${code ?? (e as Error).message})`);
}

/** Read one file into a SourceDoc, or a per-input error. Only regular files are read, at most --max-file-size bytes. */
export function readSource(file: string, options: ReadOptions = {}): Result<SourceDoc> {
  const max = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const opened = openRegular(file);
  if (!opened.ok) return opened;
  let bytes: Result<Buffer>;
  try {
    bytes = readBoundedFd(opened.value.fd, file, opened.value.size, max);
  } catch (e) {
    return { ok: false, error: openError(file, e) };
  } finally {
    fs.closeSync(opened.value.fd);
  }
  return bytes.ok ? sourceFromBytes(file, bytes.value) : bytes;
}

/**
 * Read a stream (standard input) to its end as it comes, whatever the producer's speed, and stop
 * at `max` bytes: more is TOO_LARGE (and the rest is not read).
 */
export async function readStream(shown: string, chunks: AsyncIterable<Uint8Array>, max: number): Promise<Result<Buffer>> {
  const parts: Buffer[] = [];
  let size = 0;
  for await (const c of chunks) {
    size += c.byteLength;
    if (size > max) return { ok: false, error: inputError(shown, 'TOO_LARGE', `${shown}: more than --max-file-size ${max} bytes`) };
    parts.push(Buffer.from(c));
  }
  return { ok: true, value: Buffer.concat(parts, size) };
}
