/** Normalizers for expressions relative to the document date (or to the date mentioned before). */
import {
  addMonths,
  dayNumber,
  easter,
  formatDay,
  formatMonth,
  fromDayNumber,
  isoWeek,
  isoWeekday,
  nthWeekday,
  pad,
  parseDay,
} from '../calendar.js';
import { calendarDate } from './absolute.js';
import { dayOfWeekday, shiftMonth, yearOfMonthDay } from './anchor.js';
import { type NormalizeInput, type Normalized, value } from './types.js';
import { fullYear } from './words.js';

type Rel = -1 | 0 | 1;

function relOffset(word: string | undefined): Rel | null {
  switch ((word ?? '').toLowerCase().replace(/\s+/g, ' ')) {
    case 'last':
    case 'past':
    case 'previous':
      return -1;
    case 'this':
    case 'current':
    case 'earlier this':
    case 'later this':
      return 0;
    case 'next':
    case 'coming':
      return 1;
    default:
      return null;
  }
}

/** "on Friday", "last Friday", "Friday's summit": direction from tense unless "last"/"next"/"this" says it. */
export function weekday({ groups: g, anchor, direction, locale }: NormalizeInput): Normalized {
  const wd = locale.weekdayNumber(g.weekday ?? '');
  if (wd === 0) return null;
  const timex = g.part !== undefined ? 'TIME' : undefined;
  if (anchor === null) return value(null, timex);
  const rel = relOffset(g.rel);
  if (rel === 0) return value(formatDay(anchor - isoWeekday(anchor) + wd), timex);
  if (rel === -1) return value(formatDay(wd === isoWeekday(anchor) ? anchor - 7 : dayOfWeekday(wd, anchor, 'past')), timex);
  if (rel === 1) return value(formatDay(wd === isoWeekday(anchor) ? anchor + 7 : dayOfWeekday(wd, anchor, 'future')), timex);
  return value(formatDay(dayOfWeekday(wd, anchor, direction)), timex);
}

/** "this week" → 2019-W09, "next month", "last year", "the end of this year", "earlier this week". */
export function relativeUnit({ groups: g, anchor, params }: NormalizeInput): Normalized {
  const rel = relOffset(g.rel ?? (typeof params.rel === 'string' ? params.rel : undefined));
  const unit = (g.unit ?? (typeof params.unit === 'string' ? params.unit : '')).toLowerCase();
  if (rel === null) return null;
  if (anchor === null) return value(null);
  switch (unit) {
    case 'week':
      return value(isoWeek(anchor + 7 * rel));
    case 'weekend':
      return value(`${isoWeek(anchor + 7 * rel)}-WE`);
    case 'month': {
      const r = shiftMonth(anchor, rel);
      return value(formatMonth(r.y, r.m));
    }
    case 'year':
      return value(pad(fromDayNumber(anchor).y + rel, 4));
    default:
      return null;
  }
}

/**
 * "today", "yesterday", "tomorrow"; "the day before/after" counts from the date mentioned before (else
 * the document date), or from the weekday it names ("the day before last Tuesday").
 */
export function relativeDay(input: NormalizeInput): Normalized {
  const { groups: g, anchor, previous } = input;
  if (g.weekday !== undefined) {
    const day = weekday({ ...input, groups: { weekday: g.weekday, rel: g.rel } });
    const n = day?.value == null ? null : parseDay(day.value);
    const k = (g.word ?? '').toLowerCase() === 'before' ? -1 : 1;
    return value(n === null ? null : formatDay(n + k));
  }
  // "by mid afternoon": a part of the day without a day word is the document date's
  const word = (g.word ?? g.word2 ?? g.next ?? g.word4 ?? (g.mid !== undefined ? 'today' : '')).toLowerCase();
  const fromDoc: Readonly<Record<string, number>> = { today: 0, tonight: 0, overnight: 0, this: 0, last: -1, yesterday: -1, tomorrow: 1 };
  const fromPrevious: Readonly<Record<string, number>> = { before: -1, previous: -1, after: 1, next: 1, following: 1 };
  const offset = fromDoc[word] ?? fromPrevious[word];
  if (offset === undefined) return null;
  const base = word in fromPrevious ? (previous ?? anchor) : anchor;
  return value(base === null ? null : formatDay(base + offset));
}

/** "three days ago", "nearly two years ago", "a decade ago" (the year ten years back); vague counts ("a few years ago") → PAST_REF. */
export function ago({ groups: g, anchor, locale }: NormalizeInput): Normalized {
  const unit = (g.unit ?? '').toLowerCase().replace(/s$/, '');
  const n = locale.countNumber(g.count ?? '');
  if (n === null) return value('PAST_REF');
  if (anchor === null) return value(null);
  switch (unit) {
    case 'decade':
      return value(pad(fromDayNumber(anchor).y - 10 * n, 4));
    case 'century':
      return value(pad(fromDayNumber(anchor).y - 100 * n, 4));
    case 'day':
      return value(formatDay(anchor - n));
    case 'week':
      return value(isoWeek(anchor - 7 * n));
    case 'month': {
      const r = shiftMonth(anchor, -n);
      return value(formatMonth(r.y, r.m));
    }
    case 'year':
      return value(pad(fromDayNumber(anchor).y - n, 4));
    default:
      return null;
  }
}

/** Fixed-date and computed holidays: Christmas, New Year's Day/Eve, Easter, Thanksgiving (US), Halloween. */
export function holiday({ groups: g, anchor }: NormalizeInput): Normalized {
  const name = (g.holiday ?? '').toLowerCase().replace(/[’']/g, "'");
  const day = (y: number): number | null => {
    if (name.startsWith('christmas eve')) return dayNumber(y, 12, 24);
    if (name.startsWith('christmas')) return dayNumber(y, 12, 25);
    if (name.startsWith("new year's eve")) return dayNumber(y, 12, 31);
    if (name.startsWith('new year')) return dayNumber(y, 1, 1);
    if (name.startsWith('halloween')) return dayNumber(y, 10, 31);
    if (name.startsWith('easter monday')) return easter(y) + 1;
    if (name.startsWith('easter')) return easter(y);
    if (name.startsWith('good friday')) return easter(y) - 2;
    if (name.startsWith('valentine')) return dayNumber(y, 2, 14);
    if (name.startsWith('thanksgiving')) return nthWeekday(y, 11, 4, 4);
    return null;
  };
  const y = fullYear(g.year);
  if (y !== null) {
    const n = day(y);
    return n === null ? null : value(formatDay(n));
  }
  if (anchor === null) return day(2000) === null ? null : value(null);
  const probe = day(fromDayNumber(anchor).y);
  if (probe === null) return null;
  const { m, d } = fromDayNumber(probe);
  const n = day(yearOfMonthDay(m, d, anchor));
  return n === null ? null : value(formatDay(n));
}

/** A vague reference with its value in the rule: PAST_REF, PRESENT_REF, FUTURE_REF. */
export function fixed({ params }: NormalizeInput): Normalized {
  return typeof params.value === 'string' ? value(params.value) : null;
}

/**
 * A time of day ("3 p.m.", "noon Saturday", "10:35 a.m. yesterday"): the value is the day (values have
 * day granularity), the type TIME. A weekday after it resolves as a weekday does; no day means the document date.
 */
export function clock(input: NormalizeInput): Normalized {
  const { groups: g, anchor } = input;
  if (g.weekday !== undefined) {
    const r = weekday({ ...input, groups: { weekday: g.weekday } });
    return r === null ? null : value(r.value, 'TIME');
  }
  if (g.month !== undefined) {
    const r = calendarDate(input);
    return r === null ? null : value(r.value, 'TIME');
  }
  const offset: Readonly<Record<string, number>> = { today: 0, tonight: 0, yesterday: -1, tomorrow: 1 };
  if (g.word === undefined)
    return value(input.previous !== null ? formatDay(input.previous) : anchor === null ? null : formatDay(anchor), 'TIME');
  const k = offset[g.word.toLowerCase()] ?? 0;
  return value(anchor === null ? null : formatDay(anchor + k), 'TIME');
}

/** "the weekend": the last one in the past tense, the next one in the future; without a tense, the nearer one. */
export function weekend({ anchor, direction }: NormalizeInput): Normalized {
  if (anchor === null) return value(null);
  const wd = isoWeekday(anchor);
  if (wd >= 6) return value(`${isoWeek(anchor)}-WE`);
  const past = direction === 'past' || (direction === null && wd <= 3);
  const saturday = past ? anchor - wd - 1 : anchor + (6 - wd);
  return value(`${isoWeek(saturday)}-WE`);
}

/** "on the 29th": that day in the month of the date mentioned before (else the document's month). */
export function ordinalDay({ groups: g, anchor, previous }: NormalizeInput): Normalized {
  const base = previous ?? anchor;
  if (base === null) return value(null);
  const { y, m } = fromDayNumber(base);
  const n = dayNumber(y, m, Number(g.day ?? ''));
  return n === null ? null : value(formatDay(n));
}

const PARTS: Readonly<Record<string, string>> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI' };

/**
 * A unit named against the date just mentioned ("that year", "later that month", "the following
 * year", "the previous week", "that same day", "the next morning"): counted from the last DATE's value
 * (a year, month or day), else from the document date.
 */
export function anaphoric({ groups: g, anchor, lastDate }: NormalizeInput): Normalized {
  const unit = (g.unit ?? g.unit2 ?? g.unit3 ?? '').toLowerCase();
  const rel = (g.rel ?? '').toLowerCase();
  const k = rel === 'following' || rel === 'next' ? 1 : rel === 'previous' || rel === 'prior' ? -1 : 0;
  const m = lastDate ? /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(lastDate) : null;
  const doc = anchor === null ? null : fromDayNumber(anchor);
  const y = m ? Number(m[1]) : doc?.y;
  if (y === undefined) return value(null);
  if (unit === 'year') return value(pad(y + k, 4));
  const month = m ? (m[2] !== undefined ? Number(m[2]) : null) : (doc?.m ?? null);
  if (unit === 'month') {
    if (month === null) return null;
    const r = addMonths(y, month, k);
    return value(formatMonth(r.y, r.m));
  }
  const day = m ? (m[3] !== undefined && month !== null ? dayNumber(y, month, Number(m[3])) : null) : anchor;
  if (day === null) return null;
  if (unit === 'week') return value(isoWeek(day + 7 * k));
  if (unit === 'day') return value(formatDay(day + k));
  if (PARTS[unit] !== undefined) return value(formatDay(day + k), 'TIME');
  return null;
}
