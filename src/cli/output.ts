/** The only module that writes to the console. stdout carries data; stderr is for people. */
import { Chalk, type ChalkInstance } from 'chalk';

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
    this.io.stderr.write(`${this.color.red('extract:')} ${this.color.bold(code)} ${message}\n`);
  }
  warn(message: string): void {
    if (!this.quiet) this.io.stderr.write(`${this.color.yellow('extract:')} ${message}\n`);
  }
  info(message: string): void {
    if (!this.quiet) this.io.stderr.write(`${message}\n`);
  }
  /** human-oriented text that is the command's result (e.g. `rules list`) */
  raw(message: string): void {
    this.io.stderr.write(message);
  }
}

/** Write data to stdout; resolves when flushed. A closed pipe (EPIPE) ends quietly. */
export function writeStdout(io: Io, data: string): Promise<void> {
  return new Promise((resolve) => {
    const out = io.stdout;
    const onError = (): void => resolve();
    out.once('error', onError);
    const ok = out.write(data, () => {
      out.removeListener('error', onError);
      resolve();
    });
    if (!ok) out.once('drain', () => undefined);
  });
}
