import { NORMALIZERS, type NormalizeInput } from '../../../src/dates/normalize/index.js';
import { parseDay } from '../../../src/dates/calendar.js';
import { english } from '../../../src/locales/en/index.js';

function run(
  name: string,
  groups: Record<string, string>,
  docDate: string | null,
  extra: Partial<NormalizeInput> = {},
): string | null | undefined {
  const input: NormalizeInput = {
    groups,
    text: '',
    anchor: docDate === null ? null : parseDay(docDate),
    direction: null,
    previous: null,
    params: {},
    locale: english,
    ...extra,
  };
  const r = NORMALIZERS[name]!(input);
  return r === null ? undefined : r.value;
}

describe('normalizers', () => {
  test('spelled-year: alone, with a month, with a season', () => {
    expect(run('spelled-year', { c: 'nineteen', yy: 'ninety-four' }, null)).toBe('1994');
    expect(run('spelled-year', { c: 'nineteen', yy: 'oh five' }, null)).toBe('1905');
    expect(run('spelled-year', { k: 'two thousand and one' }, null)).toBe('2001');
    expect(run('spelled-year', { month: 'January', c: 'nineteen', yy: 'ninety-seven' }, null)).toBe('1997-01');
    expect(run('spelled-year', { season: 'winter', c: 'nineteen', yy: 'ninety-four' }, null)).toBe('1994-WI');
  });
  test('calendar-date: full, yearless (closest year), ranges, invalid', () => {
    expect(run('calendar-date', { month: 'Feb.', day: '10', year: '2019' }, null)).toBe('2019-02-10');
    expect(run('calendar-date', { month: 'Dec.', day: '30' }, '2019-01-03')).toBe('2018-12-30');
    expect(run('calendar-date', { month: 'Jan', day: '2' }, '2018-12-28')).toBe('2019-01-02');
    expect(run('calendar-date', { month: 'Feb', day: '27', day2: '28' }, '2019-02-12')).toBe('2019-02-27/2019-02-28');
    expect(run('calendar-date', { month: 'Dec', day: '30', month2: 'Jan', day2: '2', year: '2018' }, null)).toBe('2018-12-30/2019-01-02');
    expect(run('calendar-date', { month: 'Feb', day: '10' }, null)).toBeNull();
    // a weekday written with the date picks the nearby year the date falls on (1998-10-26 is a Monday)
    expect(run('calendar-date', { weekday: 'Monday', month: 'Oct.', day: '26' }, '1998-04-24')).toBe('1998-10-26');
    expect(run('calendar-date', { weekday: 'Sunday', month: 'Oct.', day: '26' }, '1998-04-24')).toBe('1997-10-26');
    expect(run('calendar-date', { month: 'Feb', day: '30', year: '2019' }, null)).toBeUndefined();
    expect(run('calendar-date', { month: 'Feb', day: '28', day2: '27' }, '2019-02-12')).toBeUndefined();
  });
  test('month: by year, relative year, last/next, and by tense', () => {
    expect(run('month', { month: 'June', yrel: 'last' }, '2019-02-12')).toBe('2018-06');
    expect(run('month', { month: 'June', rel: 'last' }, '2019-08-12')).toBe('2019-06');
    expect(run('month', { month: 'June', rel: 'next' }, '2019-06-12')).toBe('2020-06');
    expect(run('month', { month: 'September' }, '2015-05-14', { direction: 'past' })).toBe('2014-09');
    expect(run('month', { month: 'April' }, '2015-05-14', { direction: 'future' })).toBe('2016-04');
    expect(run('month', { month: 'May' }, '2015-05-14', { direction: 'past' })).toBe('2015-05');
    expect(run('month', { month: 'December' }, '2015-05-12')).toBe('2014-12');
    expect(run('month', { month: 'August' }, '2015-05-12')).toBe('2015-08');
    expect(run('month', { month: 'March' }, null)).toBeNull();
    expect(run('month', { month: 'March', year: '2003' }, null)).toBe('2003-03');
  });
  test('year, year-range, decade, season', () => {
    expect(run('year', { year: '1898' }, null)).toBe('1898');
    expect(run('year-range', { year: '1876', year2: '1949' }, null)).toBe('1876/1949');
    expect(run('year-range', { year: '2001', year2: '02' }, null)).toBe('2001/2002');
    expect(run('year-range', { year: '1999', year2: '00' }, null)).toBe('1999/2000');
    expect(run('year-range', { year: '2019', year2: '02' }, null)).toBeUndefined();
    expect(run('year-range', { fromYear: '1990', toYear: '1995' }, null)).toBe('1990/1995');
    expect(run('decade', { century: '19', decade: '7' }, null)).toBe('197');
    expect(run('decade', { decade: '8' }, '2019-02-28')).toBe('198');
    expect(run('decade', { decade: '1' }, '2019-02-28')).toBe('201');
    expect(run('decade', { decade: '8' }, null)).toBe('198');
    expect(run('season', { season: 'fall', year: '2002' }, null)).toBe('2002-FA');
    expect(run('season', { season: 'winter', rel: 'last' }, '2019-03-10')).toBe('2018-WI');
    expect(run('season', { season: 'summer', rel: 'this' }, '2019-03-10')).toBe('2019-SU');
    expect(run('season', { season: 'summer', rel: 'last' }, null)).toBeNull();
  });
  test('weekday: own weekday is the document date; tense picks the direction', () => {
    // 2019-02-26 is a Tuesday
    expect(run('weekday', { weekday: 'Tuesday' }, '2019-02-26', { direction: 'future' })).toBe('2019-02-26');
    expect(run('weekday', { weekday: 'Friday' }, '2019-02-26', { direction: 'future' })).toBe('2019-03-01');
    expect(run('weekday', { weekday: 'Friday' }, '2019-02-26', { direction: 'past' })).toBe('2019-02-22');
    expect(run('weekday', { weekday: 'Friday' }, '2019-02-26')).toBe('2019-02-22');
    expect(run('weekday', { weekday: 'Tuesday', rel: 'next' }, '2019-02-26')).toBe('2019-03-05');
    expect(run('weekday', { weekday: 'Tuesday', rel: 'last' }, '2019-02-26')).toBe('2019-02-19');
    expect(run('weekday', { weekday: 'Sunday', rel: 'this' }, '2019-02-26')).toBe('2019-03-03');
    expect(run('weekday', { weekday: 'Friday' }, null)).toBeNull();
  });
  test('relative units: ISO weeks, months, years, weekends', () => {
    expect(run('relative-unit', { rel: 'this', unit: 'week' }, '2019-02-28')).toBe('2019-W09');
    expect(run('relative-unit', { rel: 'last', unit: 'week' }, '2015-05-14')).toBe('2015-W19');
    expect(run('relative-unit', { rel: 'next', unit: 'week' }, '2026-01-02')).toBe('2026-W02');
    expect(run('relative-unit', { rel: 'Earlier  this', unit: 'week' }, '2026-01-02')).toBe('2026-W01');
    expect(run('relative-unit', { rel: 'next', unit: 'month' }, '2018-12-20')).toBe('2019-01');
    expect(run('relative-unit', { rel: 'last', unit: 'month' }, '2019-01-20')).toBe('2018-12');
    expect(run('relative-unit', { rel: 'Last', unit: 'year' }, '2015-05-20')).toBe('2014');
    expect(run('relative-unit', { rel: 'this', unit: 'weekend' }, '2019-02-28')).toBe('2019-W09-WE');
    expect(run('relative-unit', { rel: 'this', unit: 'month' }, null)).toBeNull();
  });
  test('relative days, ago, holidays, fixed', () => {
    expect(run('relative-day', { word: 'yesterday' }, '2019-03-01')).toBe('2019-02-28');
    expect(run('relative-day', { word: 'before' }, '2015-05-11', { previous: parseDay('2015-05-14') })).toBe('2015-05-13');
    expect(run('relative-day', { word: 'before' }, '2015-05-11')).toBe('2015-05-10');
    expect(run('relative-day', { word: 'today' }, null)).toBeNull();
    expect(run('ago', { count: 'two', unit: 'decades' }, null)).toBeNull();
    expect(run('ago', { count: 'two', unit: 'decades' }, '2019-02-28')).toBe('1999');
    expect(run('ago', { count: 'three', unit: 'years' }, '2019-02-28')).toBe('2016');
    expect(run('ago', { count: 'a few', unit: 'weeks' }, '2019-02-28')).toBe('PAST_REF');
    expect(run('ago', { count: '2', unit: 'months' }, '2019-01-15')).toBe('2018-11');
    expect(run('ago', { count: '3', unit: 'days' }, null)).toBeNull();
    expect(run('holiday', { holiday: 'Christmas' }, '2019-01-03')).toBe('2018-12-25');
    expect(run('holiday', { holiday: 'Good Friday', year: '2019' }, null)).toBe('2019-04-19');
    expect(run('holiday', { holiday: "New Year's Eve" }, null)).toBeNull();
    expect(run('fixed', {}, null, { params: { value: 'FUTURE_REF' } })).toBe('FUTURE_REF');
  });
});
