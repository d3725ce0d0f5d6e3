/** Where streamed output goes: stdout (with backpressure), or a temp file renamed into place at the end. */
import { writeStdout, type Io } from './output.js';
import { openTemp } from './write.js';

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

/** A file sink: every byte checked (ENOSPC fails with `cannot write FILE: ENOSPC`); the old file stays until close(). */
export function fileSink(out: string): Sink {
  const t = openTemp(out);
  let done = false;
  return {
    write: (d) => {
      t.write(d);
      return Promise.resolve();
    },
    close: () => {
      done = true;
      t.commit();
      return Promise.resolve();
    },
    abort: () => {
      if (done) return;
      done = true;
      t.abort();
    },
  };
}

export function openSink(io: Io, out: string | undefined): Sink {
  return out ? fileSink(out) : stdoutSink(io);
}
