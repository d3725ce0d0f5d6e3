/** What is checked before any document is read: the --out destination and the inputs themselves. */
import fs from 'node:fs';
import path from 'node:path';
import { DEFAULT_INCLUDE, discover, type DiscoverOptions } from '../input/discover.js';
import { formatOf } from '../input/sources.js';
import { inShard, type Shard } from '../run/index.js';
import { RunError } from '../errors.js';
import type { InputError } from '../types.js';

/**
 * --out FILE must be writable where it is: its folder exists and it is not itself a folder. A
 * multi-file format's --out DIR is created if missing (the caller says so).
 */
export function checkOut(out: string | undefined, multiFile: boolean): 'created' | undefined {
  if (out === undefined) return undefined;
  if (multiFile) {
    if (fs.existsSync(out) && !fs.statSync(out).isDirectory())
      throw new RunError('USAGE', `--out ${out}: not a folder (this format writes several files)`);
    return fs.existsSync(out) ? undefined : 'created';
  }
  const dir = path.dirname(path.resolve(out));
  if (!fs.existsSync(dir)) throw new RunError('USAGE', `--out ${out}: the folder ${path.dirname(out)} does not exist`, 'create it first');
  if (!fs.statSync(dir).isDirectory()) throw new RunError('USAGE', `--out ${out}: ${path.dirname(out)} is not a folder`);
  if (fs.existsSync(out) && fs.statSync(out).isDirectory()) throw new RunError('USAGE', `--out ${out} is a folder: give a file name`);
  return undefined;
}

export interface Planned {
  /** the files that would be read (display paths, sorted), in the shard when one is given */
  readonly files: readonly string[];
  readonly stdin: boolean;
  /** inputs that cannot be read (missing, unreadable) */
  readonly errors: readonly InputError[];
}

/** The inputs as the run will see them; nothing readable at all is NO_INPUT (exit 2) before any work. */
export function planInputs(paths: readonly string[], options: DiscoverOptions & { readonly shard?: Shard }): Planned {
  const found = discover(paths, options);
  const files = found.files.filter((f) => formatOf(f) === 'jsonl' || inShard(f, options.shard)); // a JSONL file's records are sharded one by one
  if (found.files.length === 0 && !found.stdin) {
    if (found.errors.length === 0)
      throw new RunError('NO_INPUT', `no input file matched (looked for ${(options.include ?? DEFAULT_INCLUDE).join(', ')})`);
    const first = found.errors[0]!;
    const more = found.errors.length > 1 ? ` (and ${found.errors.length - 1} more input(s) that cannot be read)` : '';
    throw new RunError('NO_INPUT', `no input could be read: ${first.message}${more}`);
  }
  return { files, stdin: found.stdin, errors: found.errors };
}
