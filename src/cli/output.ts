/** The only module that writes to the console. stdout carries data; stderr is for people. */
import { Chalk, type ChalkInstance } from 'chalk';
import { RunError } from '../index.js';
import { escapeControls } from './escape.js';

export interface Io {
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream & { isTTY?: boolean };
  readonly env: NodeJS.ProcessEnv;
}

export function colorLevel(io: Io): 0 | 1 | 2 | 3 {
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return 0;
  const force = io.env.FORCE_COLOR;
  if (force !== undefined) return force === '0' || force === 'false' ? 0 : 1;
  return io.stderr.isTTY ? 1 : 0;
}

export class Logger {
  readonly color: ChalkInstance;
  constructor(
    private readonly io: Io,
    readonly quiet = false,
  ) {
    this.color = new Chalk({ level: colorLevel(io) });
  }
  /** one error line: "extract: CODE message" */
  error(code: string, message: string): void {
    this.io.stderr.write(`${this.color.red('extract:')} ${this.color.bold(code)} ${escapeControls(message)}\n`);
  }
  warn(message: string): void {
    if (!this.quiet) this.io.stderr.write(`${this.color.yellow('extract:')} ${escapeControls(message)}\n`);
  }
  info(message: string): void {
    if (!this.quiet) this.io.stderr.write(`${message}\n`);
  }
  /** human-oriented text that is the command's result (e.g. `rules list`) */
  raw(message: string): void {
    this.io.stderr.write(message);
  }
}

const watched = new WeakSet<NodeJS.WritableStream>();

/** One 'error' listener per stream (not one per write): an error is reported by the write's callback. */
function watch(out: NodeJS.WritableStream): void {
  if (watched.has(out)) return;
  watched.add(out);
  out.on('error', () => undefined);
}

/**
 * Write data to stdout; resolves when it is handed to the system (backpressure: the caller awaits
 * each write). A closed pipe (EPIPE) ends quietly; any other error (a full disk, /dev/full) rejects
 * with one line: `cannot write stdout: ENOSPC`.
 */
export function writeStdout(io: Io, data: string): Promise<void> {
  const out = io.stdout;
  watch(out);
  return new Promise((resolve, reject) => {
    out.write(data, (e?: Error | null) => {
      const code = (e as NodeJS.ErrnoException | null | undefined)?.code;
      if (!e || code === 'EPIPE' || code === 'ERR_STREAM_DESTROYED') resolve();
      else reject(new RunError('WRITE_FAILED', `cannot write stdout: ${code ?? e.message}`));
    });
  });
}
