/** The named normalizers date rules refer to (`output.date.normalizer`). Keys stay sorted. */
import { calendarDate, decade, month, season, year, yearRange } from './absolute.js';
import { ago, fixed, holiday, relativeDay, relativeUnit, weekday } from './relative.js';
import type { Normalizer } from './types.js';

export type { Direction, NormalizeInput, Normalized, Normalizer } from './types.js';

export const NORMALIZERS: Readonly<Record<string, Normalizer>> = {
  ago,
  'calendar-date': calendarDate,
  decade,
  fixed,
  holiday,
  month,
  'relative-day': relativeDay,
  'relative-unit': relativeUnit,
  season,
  weekday,
  year,
  'year-range': yearRange,
};
