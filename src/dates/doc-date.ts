/**
 * The document's own date, found in its text: a labelled header ("Posted on : 2019-02-12",
 * "Date: 2015-05-11 09:16", "published_at: 2026-01-02 00:00"), a timestamp near the top
 * ("March 1, 2019 06:00 JST"), or a wire dateline ("SEOUL, Jan. 2 (Yonhap)") whose year is
 * found elsewhere in the text. Null when there is none.
 */
import { dayNumber, formatDay } from './calendar.js';
import type { Locale } from '../locales/types.js';

function day(y: number, m: number, d: number): string | null {
  if (y < 1800 || y > 2200) return null;
  const n = dayNumber(y, m, d);
  return n === null ? null : formatDay(n);
}

/** A full date at the start of `s`: ISO, "March 1, 2019" or "1 March 2019". */
function fullDateAt(s: string, l: Locale): string | null {
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?!\d)/.exec(s);
  if (iso) return day(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const mdy = new RegExp(`^${l.docDate.month}\\s+(\\d{1,2}),?\\s+(\\d{4})\\b`).exec(s);
  if (mdy) return day(Number(mdy[3]), l.monthNumber(mdy[1]!), Number(mdy[2]));
  const dmy = new RegExp(`^(\\d{1,2})\\s+${l.docDate.month}\\s+(\\d{4})\\b`).exec(s);
  if (dmy) return day(Number(dmy[3]), l.monthNumber(dmy[2]!), Number(dmy[1]));
  return null;
}

function labelled(head: string, l: Locale): string | null {
  const re = new RegExp(`(?:^|\\n)[\\s*_#>-]*${l.docDate.label}\\s*:?\\s*["']?`, 'gi');
  for (let m = re.exec(head); m; m = re.exec(head)) {
    const found = fullDateAt(head.slice(m.index + m[0].length, m.index + m[0].length + 40), l);
    if (found) return found;
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
  return labelled(head, l) ?? timestamp(head, l) ?? dateline(text, l);
}
