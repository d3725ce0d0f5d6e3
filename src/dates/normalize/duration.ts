/**
 * Normalizers for lengths of time and recurrences (TimeML DURATION and SET values): "three years" →
 * P3Y, "the past 48 hours" → PT48H, "several months" → PXM, "every week" → P1W, "each Monday" →
 * XXXX-WXX-1, "annually" → P1Y.
 */
import { pad } from '../calendar.js';
import { type NormalizeInput, type Normalized, value } from './types.js';

interface Unit {
  /** the TimeML designator */
  readonly code: string;
  /** a time unit (written after "PT") */
  readonly time: boolean;
  /** how many of `code` one unit is (a decade is 10 years) */
  readonly times: number;
  /** half a unit, in a smaller designator ("1/2 year" → 6M), when it is a whole number of those */
  readonly half?: string;
}

const UNITS: Readonly<Record<string, Unit>> = {
  second: { code: 'S', time: true, times: 1 },
  minute: { code: 'M', time: true, times: 1, half: '30S' },
  hour: { code: 'H', time: true, times: 1, half: '30M' },
  night: { code: 'D', time: false, times: 1 },
  day: { code: 'D', time: false, times: 1, half: 'T12H' },
  week: { code: 'W', time: false, times: 1 },
  weekend: { code: 'WE', time: false, times: 1 },
  month: { code: 'M', time: false, times: 1, half: '15D' },
  quarter: { code: 'Q', time: false, times: 1 },
  year: { code: 'Y', time: false, times: 1, half: '6M' },
  decade: { code: 'Y', time: false, times: 10 },
  century: { code: 'Y', time: false, times: 100 },
};

/** vague counts of decades and centuries keep their own designators */
const VAGUE: Readonly<Record<string, string>> = { decade: 'DE', century: 'CE' };

function unitOf(word: string | undefined): { key: string; unit: Unit } | null {
  const w = (word ?? '').toLowerCase();
  const key = w === 'centuries' ? 'century' : w.replace(/s$/, '');
  const unit = UNITS[key];
  return unit ? { key, unit } : null;
}

function code(n: string, unit: Unit, half = false): string {
  const body = `${n}${unit.code}${half && unit.half ? unit.half : ''}`;
  return unit.time ? `PT${body}` : `P${body}`;
}

/**
 * A length of time. Groups: `count` (a number, "a", "a couple of", or a vague "several", "a few",
 * "recent", "coming"), `unit`, `half` ("and a half", "1/2"). A numeric count gives P3Y, PT48H;
 * a vague one PXY, PTXH; decades and centuries count in years (P20Y) unless vague (PXDE).
 */
export function duration({ groups: g, params, locale }: NormalizeInput): Normalized {
  const unitWord = g.unit ?? g.unit2 ?? g.unit3 ?? (typeof params.unit === 'string' ? params.unit : undefined);
  const u = unitOf(unitWord);
  if (u === null) return null;
  const plural = /s$/i.test(unitWord ?? '');
  const raw = (g.count ?? (plural ? 'several' : 'a')).toLowerCase().replace(/\s+/g, ' ').trim();
  const n = raw === 'a couple of' || raw === 'couple of' ? 2 : locale.countNumber(raw.replace(/^an? (?=\w+ (?:hundred|thousand))/, ''));
  const timex = typeof params.timex === 'string' ? undefined : 'DURATION';
  if (n === null || n <= 0) {
    const vague = VAGUE[u.key];
    if (vague !== undefined) return value(`PX${vague}`, timex);
    return value(u.unit.time ? `PTX${u.unit.code}` : `PX${u.unit.code}`, timex);
  }
  const half = g.half !== undefined || g.half2 !== undefined;
  const total = n * u.unit.times;
  if (half && !u.unit.half) return value(code(String(total + 0.5 * u.unit.times), u.unit), timex);
  return value(code(String(total), u.unit, half), timex);
}

const FREQUENCY: Readonly<Record<string, string>> = {
  annual: 'P1Y',
  annually: 'P1Y',
  biannually: 'P6M',
  biweekly: 'P2W',
  daily: 'P1D',
  hourly: 'PT1H',
  monthly: 'P1M',
  nightly: 'P1D',
  quarterly: 'P3M',
  weekly: 'P1W',
  yearly: 'P1Y',
};

const PART_OF_DAY: Readonly<Record<string, string>> = {
  afternoon: 'TAF',
  afternoons: 'TAF',
  evening: 'TEV',
  evenings: 'TEV',
  morning: 'TMO',
  mornings: 'TMO',
  night: 'TNI',
  nights: 'TNI',
};

/**
 * A recurrence (SET): "daily", "every week" → P1W, "every two years" → P2Y, "twice a year" → P1Y,
 * "each Monday" → XXXX-WXX-1, "Tuesday nights" → XXXX-WXX-2TNI, "each July" → XXXX-07, "every summer" → XXXX-SU.
 */
export function recurrence({ groups: g, locale }: NormalizeInput): Normalized {
  const freq = FREQUENCY[(g.freq ?? '').toLowerCase()];
  if (freq !== undefined) return value(freq, 'SET');
  if (g.weekday !== undefined || g.wd2 !== undefined) {
    const wd = locale.weekdayNumber(g.weekday ?? g.wd2 ?? '');
    if (wd === 0) return null;
    return value(`XXXX-WXX-${wd}${PART_OF_DAY[(g.part ?? '').toLowerCase()] ?? ''}`, 'SET');
  }
  if (g.month !== undefined) {
    const m = locale.monthNumber(g.month);
    return m === 0 ? null : value(`XXXX-${pad(m)}`, 'SET');
  }
  if (g.season !== undefined) {
    const s = locale.seasonCode(g.season);
    return s === null ? null : value(`XXXX-${s}`, 'SET');
  }
  const u = unitOf(g.unit);
  if (u === null) return null;
  const n = g.count === undefined ? 1 : locale.countNumber(g.count);
  if (n === null || n <= 0) return null;
  return value(code(String(n * u.unit.times), u.unit), 'SET');
}
