import { RunError } from '../index.js';

/** --doc-date: a real calendar date in YYYY-MM-DD. */
export function parseDocDate(value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const days = [31, y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    if (mo >= 1 && mo <= 12 && d >= 1 && d <= days[mo - 1]!) return value;
  }
  throw new RunError('BAD_DATE', `--doc-date "${value}" is not a date in YYYY-MM-DD form`);
}
