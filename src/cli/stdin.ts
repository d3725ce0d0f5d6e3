/** Standard input read as a stream (never readFileSync(0), which fails with EAGAIN on a non-blocking pipe from a slow writer). */
import { readStream } from '../input/read.js';
import { RunError } from '../errors.js';
import type { InputError } from '../types.js';

/** All of standard input as UTF-8 text, or TOO_LARGE past `max` bytes (the rest is not read). */
export async function readStdinText(
  max = Number.MAX_SAFE_INTEGER,
): Promise<{ ok: true; value: string } | { ok: false; error: InputError }> {
  const r = await readStream('-', process.stdin, max);
  return r.ok ? { ok: true, value: r.value.toString('utf8') } : r;
}

/** Standard input as text for a command that needs it all (a graph, a list of paths); too large is a run error. */
export async function stdinOrThrow(what: string, max?: number): Promise<string> {
  const r = await readStdinText(max);
  if (!r.ok) throw new RunError('USAGE', `${what}: ${r.error.message}`);
  return r.value;
}
