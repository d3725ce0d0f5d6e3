/** Dates from metadata (HTML meta tags, JSON-LD, front matter, manifests, JSONL fields) → YYYY-MM-DD or null. */

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
