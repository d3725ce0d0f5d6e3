import { checkDocDate } from '../input/meta-date.js';
import { RunError } from '../errors.js';

/** --doc-date: a real calendar date in YYYY-MM-DD. */
export function parseDocDate(value: string): string {
  return checkDocDate(value, '--doc-date');
}
const UNITS: Readonly<Record<string, number>> = {
  '': 1,
  b: 1,
  k: 1024,
  kb: 1024,
  kib: 1024,
  m: 1024 ** 2,
  mb: 1024 ** 2,
  mib: 1024 ** 2,
  g: 1024 ** 3,
  gb: 1024 ** 3,
  gib: 1024 ** 3,
};

/** --max-file-size: a byte count with an optional unit (KB, MB, GB; powers of 1024): "20MB", "512k", "1.5GB". */
export function parseSize(value: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(value);
  const unit = m ? UNITS[m[2]!.toLowerCase()] : undefined;
  if (m && unit !== undefined) {
    const n = Math.floor(Number(m[1]) * unit);
    if (n >= 1 && Number.isSafeInteger(n)) return n;
  }
  throw new RunError('USAGE', `--max-file-size "${value}" is not a size (e.g. 20MB, 512KB, 1GB)`);
}
