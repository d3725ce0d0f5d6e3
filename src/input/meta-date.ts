/** Dates from metadata (HTML meta tags, JSON-LD, front matter, manifests, JSONL fields) → YYYY-MM-DD or null. */
import { RunError } from '../errors.js';

function calendarDate(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || y < 1000 || y > 9999) return null;
  const days = [31, y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  if (d > days[m - 1]!) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * The calendar date a metadata value names, as written: "2019-02-12", "2019-02-12T17:19:00+09:00"
 * (the date in the writer's own time zone, not converted), "2019/02/12", or a YAML/JS Date.
 */
export function metaDate(value: unknown): string | null {
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  }
  if (typeof value !== 'string') return null;
  const m = /^\s*(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:$|[\sT])/.exec(value);
  if (!m) return null;
  return calendarDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * A document-date option (`docDate`, --doc-date): YYYY-MM-DD naming a real calendar day, or
 * RunError BAD_DATE (exit 2) saying which of the two it is not. `label` names the option in the message.
 */
export function checkDocDate(value: string, label = 'docDate'): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) throw new RunError('BAD_DATE', `${label} "${value}" is not a date in YYYY-MM-DD form`);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (calendarDate(y, mo, d) !== null) return value;
  const why =
    mo < 1 || mo > 12
      ? `there is no month ${mo}`
      : d < 1
        ? `there is no day 0`
        : `${MONTHS[mo - 1]!} ${y} has ${[31, y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1]!} days`;
  throw new RunError('BAD_DATE', `${label} "${value}" is not a real date (${why})`);
}
