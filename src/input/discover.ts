import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { inputError } from '../errors.js';
import type { InputError } from '../types.js';

// loaded for the first directory only: a run on named files never needs it (start-up, docs/performance.md)
let fastGlob: typeof import('fast-glob') | undefined;
const glob = (): typeof import('fast-glob') => (fastGlob ??= createRequire(import.meta.url)('fast-glob') as typeof import('fast-glob'));

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

function inside(real: string, dir: string): boolean {
  return real === dir || real.startsWith(dir.endsWith(path.sep) ? dir : dir + path.sep);
}

/**
 * Directory links under `root` that are not followed: those that point outside every input folder
 * (nothing is read outside the roots through a directory link) and those that point back to an
 * ancestor (a loop). Walks without following links; skips node_modules and dot folders, as the glob does.
 */
function unfollowedLinks(root: string, roots: readonly string[], errors: InputError[]): string[] {
  const skipped: string[] = [];
  const walk = (dir: string, rel: string): void => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (e.name.startsWith('.') || e.name === 'node_modules') continue;
      const full = path.join(dir, e.name);
      const r = rel === '' ? e.name : `${rel}/${e.name}`;
      if (e.isDirectory()) walk(full, r);
      else if (e.isSymbolicLink()) {
        let real: string;
        try {
          real = fs.realpathSync(full);
          if (!fs.statSync(real).isDirectory()) continue;
        } catch {
          continue; // a dangling link or a loop: reported when the glob meets it
        }
        const shown = display(path.join(root, r));
        if (!roots.some((d) => inside(real, d))) {
          skipped.push(r);
          errors.push(inputError(shown, 'UNREADABLE', `${shown}: directory link to outside the input folders, not followed`));
        } else if (inside(fs.realpathSync(dir), real)) {
          skipped.push(r);
          errors.push(inputError(shown, 'UNREADABLE', `${shown}: directory symlink loop (it points back to an ancestor), not followed`));
        }
      }
    }
  };
  walk(root, '');
  return skipped;
}

/** Expand the command line's paths: files as given, directories recursed, "-" for stdin. */
export function discover(inputs: readonly string[], options: DiscoverOptions = {}): Discovered {
  const files = new Set<string>();
  const errors: InputError[] = [];
  let stdin = false;
  const roots: string[] = [];
  for (const input of inputs) {
    try {
      if (input !== '-' && fs.statSync(input).isDirectory()) roots.push(fs.realpathSync(input));
    } catch {
      // reported below
    }
  }
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
    const fg = glob();
    const links = unfollowedLinks(input, roots, errors).map((l) => fg.escapePath(l));
    const found = fg.sync([...(options.include ?? DEFAULT_INCLUDE)], {
      cwd: input,
      ignore: ['**/node_modules/**', ...links, ...links.map((l) => `${l}/**`), ...(options.exclude ?? [])],
      dot: false,
      onlyFiles: false,
      objectMode: true,
      followSymbolicLinks: true,
      suppressErrors: true,
      unique: true,
    });
    for (const f of found) {
      const shown = display(path.join(input, f.path));
      if (f.dirent.isFile()) files.add(shown);
      else if (f.dirent.isDirectory()) continue;
      else if (f.dirent.isSymbolicLink())
        errors.push(inputError(shown, 'UNREADABLE', `${shown}: a dangling link or a link loop (its target cannot be read)`));
      else errors.push(inputError(shown, 'UNREADABLE', `${shown}: not a regular file (a FIFO, device or socket)`));
    }
  }
  const sorted = [...files].sort((a, b) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0));
  const unique = dedupeByRealPath(sorted, errors);
  return { files: unique.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)), stdin, errors };
}
