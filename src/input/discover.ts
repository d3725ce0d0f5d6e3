import fs from 'node:fs';
import path from 'node:path';
import fg from 'fast-glob';
import { inputError } from '../errors.js';
import type { InputError } from '../types.js';

export const DEFAULT_INCLUDE = ['**/*.{txt,text,md,markdown,html,htm,jsonl}'];

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

/** The first symlinked directory on `file`'s path that points back to one of its own ancestors. */
function loopLink(file: string): string | null {
  const parts = file.split('/');
  for (let i = 1; i < parts.length; i++) {
    const p = parts.slice(0, i).join('/');
    if (p === '') continue;
    try {
      if (!fs.lstatSync(p).isSymbolicLink()) continue;
      const target = fs.realpathSync(p);
      const parent = fs.realpathSync(path.dirname(p));
      if (parent === target || parent.startsWith(target + path.sep)) return p;
    } catch {
      continue;
    }
  }
  return null;
}

/**
 * Keep one path per real file (the shortest: paths come sorted by length). A file met again through a
 * directory symlink that loops back to an ancestor is reported once per loop as UNREADABLE.
 */
function dedupeByRealPath(paths: readonly string[], errors: InputError[]): string[] {
  const seen = new Set<string>();
  const loops = new Set<string>();
  const out: string[] = [];
  for (const p of paths) {
    let real: string;
    try {
      real = fs.realpathSync(p);
    } catch {
      out.push(p); // reading it reports the problem
      continue;
    }
    if (!seen.has(real)) {
      seen.add(real);
      out.push(p);
      continue;
    }
    const link = loopLink(p);
    if (link !== null && !loops.has(link)) {
      loops.add(link);
      errors.push(inputError(link, 'UNREADABLE', `${link}: directory symlink loop (it points back to an ancestor), not followed`));
    }
  }
  return out;
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
  const sorted = [...files].sort((a, b) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0));
  const unique = dedupeByRealPath(sorted, errors);
  return { files: unique.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)), stdin, errors };
}
