import { describe, expect, it } from 'vitest';
import {
  daysBetween,
  humanDate,
  isoWeekValue,
  isValidDate,
  latestYearOfTwoDigits,
  monthRange,
  shift,
  weekdayOf,
  weekRange,
} from '../../src/temporal/dates.ts';

describe('dates (UTC calendar arithmetic)', () => {
  it('shifts across month, year and DST boundaries without drifting a day', () => {
    expect(shift('2013-03-31', 'day', 1)).toBe('2013-04-01');
    expect(shift('2013-01-31', 'month', 1)).toBe('2013-02-28');
    expect(shift('2012-02-29', 'year', 1)).toBe('2013-02-28');
    // Pacific/Chatham leaves DST on the first Sunday of April.
    expect(shift('2022-04-02', 'day', 2)).toBe('2022-04-04');
    expect(shift('2022-09-24', 'week', 1)).toBe('2022-10-01');
  });

  it('computes ISO weeks and their Monday–Sunday range', () => {
    expect(isoWeekValue('2013-03-22')).toBe('2013-W12');
    expect(isoWeekValue('2021-01-01')).toBe('2020-W53');
    expect(weekRange('2013-03-22')).toEqual({ start: '2013-03-18', end: '2013-03-24' });
  });

  it('knows weekdays, month lengths and valid dates', () => {
    expect(weekdayOf('2013-03-22')).toBe(5);
    expect(monthRange(2012, 2)).toEqual({ start: '2012-02-01', end: '2012-02-29' });
    expect(isValidDate(2013, 2, 29)).toBe(false);
    expect(daysBetween('2022-04-02', '2022-04-12')).toBe(10);
    expect(humanDate('2022-04-12')).toBe('12 April 2022');
  });

  it('reads a two-digit year as the latest such year not after the reference year', () => {
    expect(latestYearOfTwoDigits(94, 2013)).toBe(1994);
    expect(latestYearOfTwoDigits(9, 2013)).toBe(2009);
    expect(latestYearOfTwoDigits(13, 2013)).toBe(2013);
    expect(latestYearOfTwoDigits(14, 2013)).toBe(1914);
  });
});
