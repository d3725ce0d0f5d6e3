/** Writing a format's output: stdout, one file (atomic), or a folder of files (each atomic). */
import fs from 'node:fs';
import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { RunError, type FormatOutput } from '../index.js';
import { writeStdout, type Io } from './output.js';

/**
 * Write a file atomically with write-file-atomic: a temp file in the same folder, fsync, rename; the
 * temp file is removed on failure and on signals, so a failed or interrupted run leaves the old file.
 */
export function writeAtomic(file: string, data: string): void {
  try {
    writeFileAtomic.sync(file, data);
  } catch (e) {
    throw new RunError('USAGE', `cannot write ${file}: ${(e as Error).message}`);
  }
}

function writeFolder(dir: string, files: Readonly<Record<string, string>>): void {
  if (fs.existsSync(dir) && !fs.statSync(dir).isDirectory()) throw new RunError('USAGE', `--out ${dir} must be a folder for this format`);
  fs.mkdirSync(dir, { recursive: true });
  for (const [name, data] of Object.entries(files)) writeAtomic(path.join(dir, name), data);
}

/** Write `output` to --out (a file, or a folder for multi-file formats), or to stdout. */
export async function emit(io: Io, output: FormatOutput, out: string | undefined): Promise<void> {
  if (typeof output !== 'string') {
    if (!out) throw new RunError('USAGE', 'this format writes several files: give a folder with --out DIR');
    writeFolder(out, output.files);
  } else if (!out) await writeStdout(io, output);
  else writeAtomic(out, output);
}
