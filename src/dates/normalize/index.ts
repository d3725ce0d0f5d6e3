/** The named normalizers date rules refer to (`output.date.normalizer`). Keys stay sorted. */
import { calendarDate, century, decade, month, season, spelledYear, year, yearRange } from './absolute.js';
import { duration, recurrence } from './duration.js';
import { halfYear, quarter } from './part.js';
import { ago, anaphoric, clock, fixed, holiday, ordinalDay, relativeDay, relativeUnit, weekday, weekend } from './relative.js';
import type { Normalizer } from './types.js';

export type { Direction, NormalizeInput, Normalized, Normalizer } from './types.js';

export const NORMALIZERS: Readonly<Record<string, Normalizer>> = {
  ago,
  anaphoric,
  'calendar-date': calendarDate,
  century,
  clock,
  decade,
  duration,
  fixed,
  'half-year': halfYear,
  holiday,
  month,
  'ordinal-day': ordinalDay,
  quarter,
  recurrence,
  'relative-day': relativeDay,
  'relative-unit': relativeUnit,
  season,
  'spelled-year': spelledYear,
  weekday,
  weekend,
  year,
  'year-range': yearRange,
};
