/**
 * Writing a format's output: stdout, one file (atomic), or a folder of files (each atomic).
 *
 * A file is written to a temp file in the same folder, every byte checked (a short write or ENOSPC
 * fails), fsynced and renamed into place; on any failure the temp file is removed and the old file
 * kept. Temp files still open when the process exits (an error, SIGINT, SIGTERM) are removed then.
 */
import fs from 'node:fs';
import path from 'node:path';
import { RunError } from '../errors.js';
import type { FormatOutput } from '../format/index.js';
import { writeStdout, type Io } from './output.js';

const pending = new Set<string>();
let hooked = false;

/** Remember a temp file so that it is removed if the process exits before it is renamed. */
function track(tmp: string): void {
  pending.add(tmp);
  if (!hooked) {
    hooked = true;
    process.on('exit', removePending);
  }
}

/** Remove every temp file not yet renamed into place (on exit, and from signal handlers). */
export function removePending(): void {
  for (const tmp of pending) {
    try {
      fs.rmSync(tmp, { force: true });
    } catch {
      // nothing more can be done at exit
    }
  }
  pending.clear();
}

/** The one-line message of a failed write: `cannot write FILE: ENOSPC`. */
export function writeError(file: string, e: unknown): RunError {
  const code = (e as NodeJS.ErrnoException).code;
  return new RunError('WRITE_FAILED', `cannot write ${file}: ${code ?? (e as Error).message}`);
}

/** A temp file next to `file` (same filesystem, so the rename is atomic). */
function tempName(file: string, n = 0): string {
  return path.join(path.dirname(path.resolve(file)), `.${path.basename(file)}.${process.pid}${n > 0 ? `-${n}` : ''}.tmp`);
}

/** Write all of `buf` at the fd's position; a write that writes nothing more is an error. */
export function writeAll(fd: number, buf: Uint8Array): void {
  let off = 0;
  while (off < buf.length) {
    const n = fs.writeSync(fd, buf, off, buf.length - off);
    if (n <= 0) throw Object.assign(new Error('short write'), { code: 'EIO' });
    off += n;
  }
}

function refuseFolder(file: string): void {
  let st: fs.Stats | undefined;
  try {
    st = fs.statSync(file);
  } catch {
    return;
  }
  if (st.isDirectory()) throw new RunError('WRITE_FAILED', `cannot write ${file}: is a directory`);
}

/** An open temp file for `file`: write, then commit (fsync + rename) or abort (remove). */
export interface TempFile {
  write(data: string | Uint8Array): void;
  commit(): void;
  abort(): void;
}

export function openTemp(file: string, n = 0): TempFile {
  refuseFolder(file);
  const tmp = tempName(file, n);
  let fd: number | undefined;
  try {
    fd = fs.openSync(tmp, 'w', 0o644);
  } catch (e) {
    throw writeError(file, e);
  }
  track(tmp);
  const close = (): void => {
    if (fd === undefined) return;
    const f = fd;
    fd = undefined;
    fs.closeSync(f);
  };
  const abort = (): void => {
    try {
      close();
    } catch {
      // the temp file goes anyway
    }
    fs.rmSync(tmp, { force: true });
    pending.delete(tmp);
  };
  const fail = (e: unknown): never => {
    abort();
    throw e instanceof RunError ? e : writeError(file, e);
  };
  return {
    write(data) {
      if (fd === undefined) throw new Error(`${file}: write after close`);
      try {
        writeAll(fd, typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
      } catch (e) {
        fail(e);
      }
    },
    commit() {
      try {
        if (fd !== undefined) fs.fsyncSync(fd);
        close();
        fs.renameSync(tmp, file);
        pending.delete(tmp);
      } catch (e) {
        fail(e);
      }
    },
    abort,
  };
}

/** Write a file atomically; the old file stays if any byte cannot be written. */
export function writeAtomic(file: string, data: string): void {
  const t = openTemp(file);
  t.write(data);
  t.commit();
}

/** Every file goes to a temp file first; only when all are written are they renamed into place. */
function writeFolder(dir: string, files: Readonly<Record<string, string>>): void {
  if (fs.existsSync(dir) && !fs.statSync(dir).isDirectory()) throw new RunError('USAGE', `--out ${dir} must be a folder for this format`);
  try {
    fs.mkdirSync(dir, { recursive: true });
  } catch (e) {
    throw writeError(dir, e);
  }
  const temps: TempFile[] = [];
  try {
    for (const [name, data] of Object.entries(files)) {
      const t = openTemp(path.join(dir, name));
      temps.push(t);
      t.write(data);
    }
  } catch (e) {
    for (const t of temps) t.abort();
    throw e;
  }
  for (const t of temps) t.commit();
}

/** Write `output` to --out (a file, or a folder for multi-file formats), or to stdout. */
export async function emit(io: Io, output: FormatOutput, out: string | undefined): Promise<void> {
  if (typeof output !== 'string') {
    if (!out) throw new RunError('USAGE', 'this format writes several files: give a folder with --out DIR');
    writeFolder(out, output.files);
  } else if (!out) await writeStdout(io, output);
  else writeAtomic(out, output);
}
