/** Normalizers for dates that carry their own calendar position (possibly without a year). */
import { dayNumber, formatDay, formatMonth, fromDayNumber, isoWeek, isoWeekday, pad } from '../calendar.js';
import { monthRelative, yearOfMonth, yearOfMonthDay } from './anchor.js';
import { type NormalizeInput, type Normalized, value } from './types.js';
import { dayOfMonth, fullYear } from './words.js';

function relWord(s: string | undefined): 'last' | 'next' | 'this' | null {
  const w = s?.toLowerCase();
  if (w === 'last' || w === 'past' || w === 'previous') return 'last';
  if (w === 'next' || w === 'coming') return 'next';
  if (w === 'this' || w === 'current') return 'this';
  return null;
}

/** "of last year" → the document year − 1 */
function relativeYear(rel: string | undefined, anchor: number | null): number | null {
  const r = relWord(rel);
  if (r === null || anchor === null) return null;
  const y = fromDayNumber(anchor).y;
  return r === 'last' ? y - 1 : r === 'next' ? y + 1 : y;
}

/**
 * "Feb. 10", "February 10, 2019", "10 February 2019", "2019-02-12", "Feb. 27–28", "Feb. 28 - March 1";
 * with the rule's `unit: "week"` ("the week of March 6") the ISO week the day falls in.
 */
export function calendarDate({ groups: g, anchor, direction, locale, params }: NormalizeInput): Normalized {
  const m = locale.monthNumber(g.month ?? '');
  const d = dayOfMonth(g.day ?? '');
  if (m === 0) return null;
  let y = fullYear(g.year);
  if (y === null) {
    if (anchor === null) return dayNumber(2000, m, d) === null ? null : value(null);
    y = yearOfMonthDay(m, d, anchor, direction);
    // a weekday written with the date ("Monday, Oct. 26") picks the nearby year it falls on
    const wd = locale.weekdayNumber(g.weekday ?? '');
    if (wd !== 0) {
      const fits = [y, y - 1, y + 1].find((k) => {
        const n = dayNumber(k, m, d);
        return n !== null && isoWeekday(n) === wd;
      });
      if (fits !== undefined) y = fits;
    }
  }
  const start = dayNumber(y, m, d);
  if (start === null) return null;
  if (params.unit === 'week') return value(isoWeek(start));
  if (g.day2 === undefined) return value(formatDay(start));
  const m2 = g.month2 !== undefined ? locale.monthNumber(g.month2) : m;
  const y2 = m2 < m ? y + 1 : y;
  const end = dayNumber(y2, m2, dayOfMonth(g.day2));
  if (end === null || end <= start) return null;
  return value(`${formatDay(start)}/${formatDay(end)}`);
}

/** "January", "late August", "June of last year", "last June", "February 2019". */
export function month({ groups: g, anchor, direction, locale }: NormalizeInput): Normalized {
  const m = locale.monthNumber(g.month ?? '');
  if (m === 0) return null;
  const y = fullYear(g.year) ?? relativeYear(g.yrel, anchor);
  if (y !== null) return value(formatMonth(y, m));
  if (anchor === null) return value(null);
  const rel = relWord(g.rel);
  if (rel !== null) {
    const r = monthRelative(m, anchor, rel);
    return value(formatMonth(r.y, r.m));
  }
  return value(formatMonth(yearOfMonth(m, anchor, direction), m));
}

/** "in 2003", "a 2005 peace agreement" */
export function year({ groups: g }: NormalizeInput): Normalized {
  const y = fullYear(g.year);
  return y === null ? null : value(pad(y, 4));
}

/** "1876-1949" → 1876/1949; fiscal "2001-02" → 2001/2002 (only when the second year follows the first). */
export function yearRange({ groups: g }: NormalizeInput): Normalized {
  const y1 = fullYear(g.year ?? g.fromYear);
  const raw = g.year2 ?? g.toYear ?? '';
  if (y1 === null) return null;
  let y2 = raw.length === 4 ? Number(raw) : Number(`${String(y1).slice(0, 2)}${raw}`);
  if (raw.length === 2 && y2 < y1) y2 += 100;
  if (raw.length === 2 && y2 !== y1 + 1) return null;
  if (raw.length !== 2 && raw.length !== 4) return null;
  return y2 > y1 ? value(`${pad(y1, 4)}/${pad(y2, 4)}`) : null;
}

/** "the 1970s" → 197 (TimeML's decade); "'80s" → 198 (century from the document date, else the 1900s). */
export function decade({ groups: g, anchor, locale }: NormalizeInput): Normalized {
  // a spelled decade ("the nineties"): the tens of "ninety"
  const spelled = g.spelled === undefined ? null : locale.countNumber(g.spelled.toLowerCase().replace(/ies$/, 'y'));
  if (spelled !== null) return spelled >= 10 && spelled < 100 && spelled % 10 === 0 ? value(`19${spelled / 10}`) : null;
  const d = g.decade ?? '';
  if (!/^\d$/.test(d)) return null;
  if (g.century !== undefined) return value(`${g.century}${d}`);
  let century = 19;
  if (anchor !== null) {
    const docYear = fromDayNumber(anchor).y;
    century = Math.floor(docYear / 100);
    if (century * 100 + Number(d) * 10 > docYear) century--;
  }
  return value(`${century}${d}`);
}

const SEASON_ORDER = ['SP', 'SU', 'FA', 'WI'];

/** Seasons counted from year 0: spring, summer, fall, then winter (December to February, named by its December). */
function seasonIndex(y: number, m: number): number {
  if (m <= 2) return (y - 1) * 4 + 3;
  return y * 4 + Math.min(3, Math.floor((m - 3) / 3));
}

/** "the fall of 2002" → 2002-FA; "last winter" → the latest winter before the document's season; "in the summer" by tense. */
export function season({ groups: g, anchor, direction, locale }: NormalizeInput): Normalized {
  const code = locale.seasonCode(g.season ?? '');
  if (code === null) return null;
  const y = fullYear(g.year) ?? relativeYear(g.yrel, anchor);
  if (y !== null) return value(`${pad(y, 4)}-${code}`);
  // a season alone ("in the summer"): the latest one begun in the past tense, the next one in the future
  const rel = g.rel === undefined ? (direction === 'future' ? 'next-or-this' : 'latest') : relWord(g.rel);
  if (anchor === null || rel === null) return value(null);
  const doc = fromDayNumber(anchor);
  const now = seasonIndex(doc.y, doc.m);
  const want = SEASON_ORDER.indexOf(code);
  let index = now - (((now % 4) - want + 4) % 4); // this cycle's (latest not after now)
  if (rel === 'last' && index === now) index -= 4;
  if (rel === 'next') index = index + 4;
  if (rel === 'next-or-this' && index < now) index += 4;
  if (rel === 'this' && now - index >= 2) index += 4;
  return value(`${pad(Math.floor(index / 4), 4)}-${code}`);
}

/**
 * "nineteen ninety-six" → 1996, "nineteen oh five" → 1905, "two thousand and one" → 2001; with a
 * month or a season before it ("January nineteen ninety-seven", "the winter of nineteen ninety-four")
 * → 1997-01, 1994-WI.
 */
export function spelledYear({ groups: g, locale }: NormalizeInput): Normalized {
  let y: number | null;
  if (g.k !== undefined) y = locale.countNumber(g.k);
  else {
    const c = locale.countNumber(g.c ?? '');
    const yy = locale.countNumber((g.yy ?? '').replace(/^oh[-\s]/i, ''));
    y = c === null || yy === null || yy > 99 ? null : c * 100 + yy;
  }
  if (y === null) return null;
  if (g.month !== undefined) {
    const m = locale.monthNumber(g.month);
    return m === 0 ? null : value(formatMonth(y, m));
  }
  if (g.season !== undefined) {
    const code = locale.seasonCode(g.season);
    return code === null ? null : value(`${pad(y, 4)}-${code}`);
  }
  return value(pad(y, 4));
}

const CENTURY_WORDS: Readonly<Record<string, number>> = {
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  'twenty-first': 21,
};

/** "the 20th century" → 19 (TimeML: the first two digits of its years); "this century" from the document date. */
export function century({ groups: g, anchor }: NormalizeInput): Normalized {
  let n = g.ord !== undefined ? Number(g.ord) : (CENTURY_WORDS[(g.word ?? '').toLowerCase()] ?? null);
  if (n === null && g.rel !== undefined) {
    if (anchor === null) return value(null);
    const rel = g.rel.toLowerCase();
    n = Math.floor(fromDayNumber(anchor).y / 100) + 1 + (rel === 'last' ? -1 : rel === 'next' ? 1 : 0);
  }
  if (n === null || n < 1) return null;
  return value(pad(n - 1, 2));
}
