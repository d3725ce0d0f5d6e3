/**
 * Calendar arithmetic on day numbers (days since 1970-01-01, UTC). Only Date.UTC is used:
 * the clock is never read, every date is derived from the document's own date.
 */

export interface Ymd {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}

const MS_PER_DAY = 86_400_000;

export function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** The day number of a valid calendar date, or null ("2019-02-30" is not a date). */
export function dayNumber(y: number, m: number, d: number): number | null {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d) || m < 1 || m > 12 || d < 1 || d > 31) return null;
  const ms = Date.UTC(y, m - 1, d);
  const back = fromDayNumber(ms / MS_PER_DAY);
  return back.y === y && back.m === m && back.d === d ? ms / MS_PER_DAY : null;
}

export function fromDayNumber(n: number): Ymd {
  const date = new Date(n * MS_PER_DAY);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

/** "2019-02-12" → its day number; null for anything else. */
export function parseDay(iso: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? dayNumber(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

export function formatDay(n: number): string {
  const { y, m, d } = fromDayNumber(n);
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

export function formatMonth(y: number, m: number): string {
  return `${pad(y, 4)}-${pad(m)}`;
}

/** ISO weekday: 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday). */
export function isoWeekday(n: number): number {
  return ((((n + 3) % 7) + 7) % 7) + 1;
}

/** The ISO 8601 week of a day: "2019-W09". */
export function isoWeek(n: number): string {
  const thursday = n - isoWeekday(n) + 4;
  const year = fromDayNumber(thursday).y;
  const jan1 = dayNumber(year, 1, 1)!;
  const week = Math.floor((thursday - jan1) / 7) + 1;
  return `${pad(year, 4)}-W${pad(week)}`;
}

/** (y, m) shifted by k months. */
export function addMonths(y: number, m: number, k: number): { y: number; m: number } {
  const index = y * 12 + (m - 1) + k;
  return { y: Math.floor(index / 12), m: (index % 12) + 1 };
}

/** Easter Sunday (Gregorian, anonymous algorithm) as a day number. */
export function easter(y: number): number {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return dayNumber(y, month, day)!;
}

/** The n-th (1-based) given ISO weekday of a month, e.g. the 4th Thursday of November. */
export function nthWeekday(y: number, m: number, weekday: number, nth: number): number {
  const first = dayNumber(y, m, 1)!;
  const offset = (weekday - isoWeekday(first) + 7) % 7;
  return first + offset + (nth - 1) * 7;
}
