/** The only module that writes to the console. stdout carries data; stderr is for people. */
import { Chalk, type ChalkInstance } from 'chalk';
import { RunError } from '../errors.js';
import { escapeControls } from './escape.js';

export type LogFormat = 'text' | 'json';

export interface Io {
  readonly stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  readonly stderr: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  readonly env: NodeJS.ProcessEnv;
  /** --color (true) / --no-color (false); undefined: decide from NO_COLOR, FORCE_COLOR and the terminal */
  readonly color?: boolean;
  /** --log-format: error and warning lines as text (default) or one JSON object per line */
  readonly logFormat?: LogFormat;
}

export function colorLevel(io: Io): 0 | 1 | 2 | 3 {
  if (io.color !== undefined) return io.color ? 1 : 0;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return 0;
  const force = io.env.FORCE_COLOR;
  if (force !== undefined) return force === '0' || force === 'false' ? 0 : 1;
  return io.stderr.isTTY ? 1 : 0;
}

/** Where an error is about, for --log-format json. */
export interface LogWhere {
  readonly path?: string;
  readonly line?: number;
}

export class Logger {
  readonly color: ChalkInstance;
  readonly json: boolean;
  constructor(
    private readonly io: Io,
    readonly quiet = false,
  ) {
    this.json = io.logFormat === 'json';
    this.color = new Chalk({ level: this.json ? 0 : colorLevel(io) });
  }
  /** one error line: "extract: CODE message" (or {"level":"error","code",…} with --log-format json) */
  error(code: string, message: string, where: LogWhere = {}): void {
    if (this.json) this.jsonLine('error', code, message, where);
    else this.io.stderr.write(`${this.color.red('extract:')} ${this.color.bold(code)} ${escapeControls(message)}\n`);
  }
  warn(message: string, code = 'WARNING'): void {
    if (this.quiet) return;
    if (this.json) this.jsonLine('warning', code, message, {});
    else this.io.stderr.write(`${this.color.yellow('extract:')} ${escapeControls(message)}\n`);
  }
  /** notes for people (summaries, "wrote …"): not printed with --quiet or --log-format json */
  info(message: string): void {
    if (!this.quiet && !this.json) this.io.stderr.write(`${message}\n`);
  }
  /** human-oriented text that is the command's result (e.g. `rules list`) */
  raw(message: string): void {
    this.io.stderr.write(message);
  }
  private jsonLine(level: string, code: string, message: string, where: LogWhere): void {
    const rec = {
      level,
      code,
      message,
      ...(where.path !== undefined ? { path: where.path } : {}),
      ...(where.line !== undefined ? { line: where.line } : {}),
    };
    this.io.stderr.write(`${JSON.stringify(rec)}\n`);
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
