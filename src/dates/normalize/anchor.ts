/** Anchoring an underspecified date (no year, a bare weekday) on the document date. */
import { addMonths, dayNumber, fromDayNumber, isoWeekday } from '../calendar.js';
import type { Direction } from './types.js';

/** The year of month `m` (1–12) seen from the document date: past → latest not after it, future → next not before it. */
export function yearOfMonth(m: number, anchor: number, direction: Direction): number {
  const doc = fromDayNumber(anchor);
  if (direction === 'past') return m <= doc.m ? doc.y : doc.y - 1;
  if (direction === 'future') return m >= doc.m ? doc.y : doc.y + 1;
  const diff = m - doc.m;
  if (diff > 6) return doc.y - 1;
  if (diff < -6) return doc.y + 1;
  return doc.y;
}

/**
 * The year of a month and day without a year: the occurrence closest to the document date, unless
 * that is more than three months away on the side the tense contradicts ("was signed on March 31"
 * in October: the March before).
 */
export function yearOfMonthDay(m: number, d: number, anchor: number, direction: Direction = null): number {
  const doc = fromDayNumber(anchor);
  let best = doc.y;
  let bestDistance = Infinity;
  for (const y of [doc.y - 1, doc.y, doc.y + 1]) {
    const n = dayNumber(y, m, d);
    if (n === null) continue;
    const distance = Math.abs(n - anchor);
    if (distance < bestDistance) {
      best = y;
      bestDistance = distance;
    }
  }
  const far = 90;
  const n = dayNumber(best, m, d);
  if (n !== null && direction === 'past' && n > anchor + far && dayNumber(best - 1, m, d) !== null) return best - 1;
  if (n !== null && direction === 'future' && n < anchor - far && dayNumber(best + 1, m, d) !== null) return best + 1;
  return best;
}

/**
 * The day a weekday names. The document's own weekday is the document date; otherwise the
 * past direction (or none) gives the last one before it and the future the next one after it.
 */
export function dayOfWeekday(weekday: number, anchor: number, direction: Direction): number {
  const own = isoWeekday(anchor);
  if (weekday === own) return anchor;
  if (direction === 'future') return anchor + ((weekday - own + 7) % 7);
  return anchor - ((own - weekday + 7) % 7);
}

/** "last June" → the latest June strictly before the document's month; "next June" the first after it. */
export function monthRelative(m: number, anchor: number, rel: 'last' | 'next' | 'this'): { y: number; m: number } {
  const doc = fromDayNumber(anchor);
  if (rel === 'this') return { y: doc.y, m };
  if (rel === 'last') return { y: m < doc.m ? doc.y : doc.y - 1, m };
  return { y: m > doc.m ? doc.y : doc.y + 1, m };
}

export function shiftMonth(anchor: number, k: number): { y: number; m: number } {
  const doc = fromDayNumber(anchor);
  return addMonths(doc.y, doc.m, k);
}
