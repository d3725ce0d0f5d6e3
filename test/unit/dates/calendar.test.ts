import { addMonths, dayNumber, easter, formatDay, isoWeek, isoWeekday, nthWeekday, parseDay } from '../../../src/dates/calendar.js';

describe('calendar arithmetic (Date.UTC only)', () => {
  test('valid and invalid days', () => {
    expect(parseDay('2019-02-28')).not.toBeNull();
    expect(parseDay('2019-02-29')).toBeNull();
    expect(parseDay('2020-02-29')).not.toBeNull();
    expect(dayNumber(2019, 13, 1)).toBeNull();
    expect(formatDay(parseDay('1876-07-04')!)).toBe('1876-07-04');
  });
  test('ISO weekdays and weeks, across year ends', () => {
    expect(isoWeekday(parseDay('2019-03-01')!)).toBe(5);
    expect(isoWeek(parseDay('2019-02-28')!)).toBe('2019-W09');
    expect(isoWeek(parseDay('2026-01-02')!)).toBe('2026-W01');
    expect(isoWeek(parseDay('2025-12-29')!)).toBe('2026-W01');
    expect(isoWeek(parseDay('2021-01-03')!)).toBe('2020-W53');
  });
  test('months shift across years', () => {
    expect(addMonths(2019, 1, -1)).toEqual({ y: 2018, m: 12 });
    expect(addMonths(2019, 12, 1)).toEqual({ y: 2020, m: 1 });
  });
  test('computed holidays', () => {
    expect(formatDay(easter(2019))).toBe('2019-04-21');
    expect(formatDay(easter(2024))).toBe('2024-03-31');
    expect(formatDay(nthWeekday(2018, 11, 4, 4))).toBe('2018-11-22');
  });
});
