import fs from 'node:fs';
import path from 'node:path';
import fg from 'fast-glob';
import { inputError } from '../errors.js';
import type { InputError } from '../types.js';

export const DEFAULT_INCLUDE = ['**/*.{txt,text,md,markdown}'];

export interface DiscoverOptions {
  readonly include?: readonly string[];
  readonly exclude?: readonly string[];
}

export interface Discovered {
  /** files to read, as display paths (forward slashes), sorted by code point, no duplicates */
  readonly files: readonly string[];
  readonly stdin: boolean;
  readonly errors: readonly InputError[];
}

function display(p: string): string {
  return p.split(path.sep).join('/');
}

/** Expand the command line's paths: files as given, directories recursed, "-" for stdin. */
export function discover(inputs: readonly string[], options: DiscoverOptions = {}): Discovered {
  const files = new Set<string>();
  const errors: InputError[] = [];
  let stdin = false;
  for (const input of inputs) {
    if (input === '-') {
      stdin = true;
      continue;
    }
    let stat: fs.Stats;
    try {
      stat = fs.statSync(input);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR')
        errors.push(inputError(display(input), 'NOT_FOUND', `${display(input)}: no such file or directory`));
      else errors.push(inputError(display(input), 'UNREADABLE', `${display(input)}: cannot be read (${code ?? (e as Error).message})`));
      continue;
    }
    if (!stat.isDirectory()) {
      files.add(display(input));
      continue;
    }
    const found = fg.sync([...(options.include ?? DEFAULT_INCLUDE)], {
      cwd: input,
      ignore: ['**/node_modules/**', ...(options.exclude ?? [])],
      dot: false,
      onlyFiles: true,
      followSymbolicLinks: true,
      suppressErrors: true,
      unique: true,
    });
    for (const f of found) files.add(display(path.join(input, f)));
  }
  const sorted = [...files].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return { files: sorted, stdin, errors };
}
