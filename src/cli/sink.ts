/** Where streamed output goes: stdout (with backpressure), or a temp file renamed into place at the end. */
import fs from 'node:fs';
import path from 'node:path';
import { RunError } from '../index.js';
import { writeStdout, type Io } from './output.js';

export interface Sink {
  write(data: string): Promise<void>;
  /** finish: flush and (for a file) rename into place */
  close(): Promise<void>;
  /** give up: remove a half-written file */
  abort(): void;
}

export function stdoutSink(io: Io): Sink {
  return { write: (d) => writeStdout(io, d), close: () => Promise.resolve(), abort: () => undefined };
}

export function fileSink(out: string): Sink {
  const tmp = path.join(path.dirname(path.resolve(out)), `.${path.basename(out)}.${process.pid}.tmp`);
  let fd: number;
  try {
    fd = fs.openSync(tmp, 'w');
  } catch (e) {
    throw new RunError('USAGE', `cannot write ${out}: ${(e as Error).message}`);
  }
  return {
    write: (d) => {
      fs.writeSync(fd, d);
      return Promise.resolve();
    },
    close: () => {
      fs.closeSync(fd);
      fs.renameSync(tmp, out);
      return Promise.resolve();
    },
    abort: () => {
      fs.closeSync(fd);
      fs.rmSync(tmp, { force: true });
    },
  };
}

export function openSink(io: Io, out: string | undefined): Sink {
  return out ? fileSink(out) : stdoutSink(io);
}
