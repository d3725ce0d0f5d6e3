/**
 * The document's own date, found in its text: a labelled header ("Posted on : 2019-02-12",
 * "Date: 2015-05-11 09:16", "published_at: 2026-01-02 00:00", "PUBLISHED: 15:17 EST, 8 April 2012"),
 * a wiki date template ("{{date|November 30, 2004}}"), a timestamp near the top ("March 1, 2019 06:00 JST"),
 * a line near the top that is a full date and nothing else ("Tuesday, March 4, 2025", "2016-10-18"),
 * or a wire dateline with its year ("LONDON, March 3, 2005 (Reuters) -"). Null when there is none.
 */
import { dayNumber, formatDay } from './calendar.js';
import type { Locale } from '../locales/types.js';

function day(y: number, m: number, d: number): string | null {
  if (y < 1800 || y > 2200) return null;
  const n = dayNumber(y, m, d);
  return n === null ? null : formatDay(n);
}

/** A full date at the start of `s` (ISO, "March 1, 2019" or "1 March 2019") and how many characters it took. */
function fullDateMatch(s: string, l: Locale): { date: string | null; length: number } | null {
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?!\d)/.exec(s);
  if (iso) return { date: day(Number(iso[1]), Number(iso[2]), Number(iso[3])), length: iso[0].length };
  const mdy = new RegExp(`^${l.docDate.month}\\s+(\\d{1,2}),?\\s+(\\d{4})\\b`).exec(s);
  if (mdy) return { date: day(Number(mdy[3]), l.monthNumber(mdy[1]!), Number(mdy[2])), length: mdy[0].length };
  const dmy = new RegExp(`^(\\d{1,2})\\s+${l.docDate.month}\\s+(\\d{4})\\b`).exec(s);
  if (dmy) return { date: day(Number(dmy[3]), l.monthNumber(dmy[2]!), Number(dmy[1])), length: dmy[0].length };
  return null;
}

function fullDateAt(s: string, l: Locale): string | null {
  return fullDateMatch(s, l)?.date ?? null;
}

/** A clock time before the date of a label: "15:17 EST, " of "PUBLISHED: 15:17 EST, 8 April 2012". */
const CLOCK_FIRST = /^\d{1,2}:\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,5})?,?\s+/;

function labelled(head: string, l: Locale): string | null {
  const re = new RegExp(`(?:^|\\n)[\\s*_#>-]*${l.docDate.label}\\s*:?\\s*["']?`, 'gi');
  for (let m = re.exec(head); m; m = re.exec(head)) {
    const after = head.slice(m.index + m[0].length, m.index + m[0].length + 60);
    const found = fullDateAt(after, l) ?? fullDateAt(after.replace(CLOCK_FIRST, ''), l);
    if (found) return found;
  }
  return null;
}

/** A wiki date template, as Wikinews writes it: "{{date|November 30, 2004}}". */
function template(head: string, l: Locale): string | null {
  const m = /\{\{\s*date\s*\|\s*([^}|]{6,40})\}\}/i.exec(head);
  return m ? fullDateAt(m[1]!.trim(), l) : null;
}

/** What may follow a date line's date: nothing, or a clock time with its zone ("T00:25:00Z", ", 15:17 EST"). */
const CLOCK_AFTER = /^(?:(?:T|,?\s+)\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s*(?:Z|[A-Z]{2,5}|[+-]\d{2}:?\d{2}))?)?\s*$/;

/** How many of the first non-empty lines may hold a date line (headline, kicker, byline, the date). */
const DATE_LINE_REACH = 6;

/**
 * A line near the top that is a full date and nothing else, a weekday before it and a clock time
 * after it allowed: "Tuesday, March 4, 2025", "2016-10-18", "8 April 2012, 15:17". A date inside a
 * sentence is not the document's date, so the rest of the line must be empty.
 */
function dateLine(head: string, l: Locale): string | null {
  const lines = head
    .split(/\r\n|\r|\n/)
    .map((x) => x.replace(/^[\s*_#>]+|[\s*_]+$/g, ''))
    .filter((x) => x !== '')
    .slice(0, DATE_LINE_REACH);
  for (const line of lines) {
    const weekday = /^(\p{L}+)\.?,?\s+/u.exec(line);
    const rest = weekday && l.weekdayNumber(weekday[1]!) > 0 ? line.slice(weekday[0].length) : line;
    const found = fullDateMatch(rest, l);
    if (!found?.date) continue;
    if (CLOCK_AFTER.test(rest.slice(found.length))) return found.date;
  }
  return null;
}

function timestamp(head: string, l: Locale): string | null {
  const iso = /\b(\d{4})-(\d{2})-(\d{2})(?:[ T]\d{1,2}:\d{2})/.exec(head);
  if (iso) return day(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const long = new RegExp(`\\b${l.docDate.month}\\s+(\\d{1,2}),?\\s+(\\d{4}),?\\s+(?:at\\s+)?\\d{1,2}:\\d{2}`).exec(head);
  if (long) return day(Number(long[3]), l.monthNumber(long[1]!), Number(long[2]));
  return null;
}

/**
 * "LONDON, March 3, 2005 (Reuters) -": a dateline gives the document date only with its year.
 * "SEOUL, Jan. 2 (Yonhap)" gives none: taking the year from elsewhere in the text would be a guess,
 * and with no document date relative expressions must stay unresolved.
 */
function dateline(text: string, l: Locale): string | null {
  const m = new RegExp(
    `\\b[A-Z][A-Z .'-]{2,30},\\s+(?:[A-Z][A-Za-z .'-]{2,30},\\s+)?${l.docDate.month}\\s+(\\d{1,2}),?\\s+(\\d{4})\\s*(?:\\(|--|—|-)`,
  ).exec(text.slice(0, 5000));
  if (!m) return null;
  return day(Number(m[3]), l.monthNumber(m[1]!), Number(m[2]));
}

/** The document date found in `text` (YYYY-MM-DD), with the locale's month names and date labels; null when none. */
export function detectDocDate(text: string, l: Locale): string | null {
  const head = text.slice(0, 3000);
  return labelled(head, l) ?? template(head, l) ?? timestamp(head, l) ?? dateLine(head, l) ?? dateline(text, l);
}
