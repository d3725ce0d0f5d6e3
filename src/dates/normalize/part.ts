/** Parts of a year: quarters ("the third quarter" → 1998-Q3) and halves ("the first half of 1999" → 1999-H1). */
import { fromDayNumber, pad } from '../calendar.js';
import { type NormalizeInput, type Normalized, value } from './types.js';
import { fullYear } from './words.js';

const ORDINALS: Readonly<Record<string, number>> = {
  first: 1,
  '1st': 1,
  second: 2,
  '2nd': 2,
  third: 3,
  '3rd': 3,
  fourth: 4,
  '4th': 4,
  final: 4,
  last: 4,
};

/** "year-ago", "year-earlier", "last year's", "the comparable year-ago": one year back. */
function yearShift(g: Readonly<Record<string, string | undefined>>, params: Readonly<Record<string, unknown>> = {}): number {
  const rel = (g.yrel ?? g.yrel2 ?? '').toLowerCase();
  const which = (g.which ?? '').toLowerCase();
  if (g.ago !== undefined || params.ago !== undefined || which.startsWith('year-')) return -1;
  if (rel.startsWith('last') || rel.startsWith('previous') || rel.startsWith('prior')) return -1;
  if (rel.startsWith('next')) return 1;
  return 0;
}

/**
 * A quarter. Groups: `ord` (first … fourth), `year`, `yrel` (last/this/next year's), `ago`
 * (year-ago, year-earlier), `which` (latest, current, this). With an ordinal and no year, the
 * document's year (the year before when that quarter is still more than one quarter ahead, unless the
 * tense is future and it is two ahead at most); without an
 * ordinal, "the latest quarter" / "the quarter" / "a year earlier" refer to the quarter the report is
 * about (`reportQuarter`: the latest named one that had ended; "that quarter" the one named last), else
 * the last quarter that ended; "this/the current quarter" is the document's own.
 */
export function quarter({ groups: g, text, anchor, direction, params, lastQuarter, reportQuarter }: NormalizeInput): Normalized {
  const ord = ORDINALS[(g.ord ?? '').toLowerCase()];
  const y = fullYear(g.year ?? g.year2);
  // "that quarter" is the one just named; "the quarter", "a year ago" the one the report is about
  const referent = /^that\b/i.test(text) ? lastQuarter : (reportQuarter ?? lastQuarter);
  const last = referent ? /^(\d{4})-Q([1-4])$/.exec(referent) : null;
  if (y !== null) {
    if (ord !== undefined) return value(`${pad(y, 4)}-Q${ord}`);
    return value(last ? `${pad(y, 4)}-Q${last[2]}` : `${pad(y, 4)}-QX`);
  }
  if (anchor === null) return value(null);
  const which0 = (g.which ?? '').toLowerCase();
  if (ord === undefined && last && which0 !== 'this' && which0 !== 'current') {
    return value(`${pad(Number(last[1]) + yearShift(g, params), 4)}-Q${last[2]}`);
  }
  const doc = fromDayNumber(anchor);
  const current = Math.floor((doc.m - 1) / 3) + 1;
  const shift = yearShift(g, params);
  if (ord !== undefined) {
    // a quarter more than one ahead is last year's (its results reported now), unless the tense looks
    // forward to it and it is at most two ahead ("analysts expect the fourth quarter to be weaker" in June)
    const ahead = ord - current;
    const year = shift === 0 && ahead > 1 && !(direction === 'future' && ahead <= 2) ? doc.y - 1 : doc.y + shift;
    return value(`${pad(year, 4)}-Q${ord}`);
  }
  const which = which0;
  let index = doc.y * 4 + current - 1;
  if (!(which === 'this' || which === 'current')) index -= 1;
  index += 4 * shift;
  return value(`${pad(Math.floor(index / 4), 4)}-Q${(index % 4) + 1}`);
}

/** A half year: "the first half" → H1 of the document's year, "the second half of 1999" → 1999-H2. */
export function halfYear({ groups: g, anchor }: NormalizeInput): Normalized {
  const ord = (g.ord ?? '').toLowerCase();
  const h = ord === 'first' || ord === '1st' ? 1 : ord === 'second' || ord === 'last' || ord === 'latter' ? 2 : 0;
  if (h === 0) return null;
  const y = fullYear(g.year);
  if (y !== null) return value(`${pad(y, 4)}-H${h}`);
  if (anchor === null) return value(null);
  return value(`${pad(fromDayNumber(anchor).y + yearShift(g), 4)}-H${h}`);
}
