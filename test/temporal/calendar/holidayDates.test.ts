import { describe, expect, it } from 'vitest';
import {
  easterSunday,
  holidayDate,
  nthWeekday,
  orthodoxEasterSunday,
} from '../../../src/temporal/calendar/holidayDates.ts';

describe('holidayDates', () => {
  it('computes Western Easter, including the extreme dates', () => {
    expect(easterSunday(2000)).toBe('2000-04-23');
    expect(easterSunday(1998)).toBe('1998-04-12');
    expect(easterSunday(2024)).toBe('2024-03-31');
    // Earliest (22 March) and latest (25 April) possible Easters.
    expect(easterSunday(1818)).toBe('1818-03-22');
    expect(easterSunday(2038)).toBe('2038-04-25');
  });

  it('computes Orthodox Easter as a Gregorian date', () => {
    expect(orthodoxEasterSunday(1999)).toBe('1999-04-11');
    expect(orthodoxEasterSunday(2024)).toBe('2024-05-05');
    // Some years the two Easters coincide.
    expect(orthodoxEasterSunday(2025)).toBe(easterSunday(2025));
  });

  it('finds the nth and the last weekday of a month', () => {
    expect(nthWeekday(1998, 11, 4, 4)).toBe('1998-11-26'); // Thanksgiving
    expect(nthWeekday(1999, 5, 1, -1)).toBe('1999-05-31'); // Memorial Day
    expect(nthWeekday(2000, 5, 1, -1)).toBe('2000-05-29');
    expect(nthWeekday(1998, 9, 1, 1)).toBe('1998-09-07'); // Labor Day
  });

  it('puts US Election Day on the Tuesday after the first Monday of November', () => {
    const rule = { kind: 'nthWeekday', month: 11, weekday: 1, nth: 1, offset: 1 } as const;
    expect(holidayDate(rule, 1998)).toBe('1998-11-03');
    // 1 November 2016 was a Tuesday, but the election came a week later.
    expect(holidayDate(rule, 2016)).toBe('2016-11-08');
  });

  it('reads Hebrew and Chinese calendar holidays from ICU', () => {
    const passover = { kind: 'hebrew', months: ['Nisan'], day: 15, from: [3, 20] } as const;
    expect(holidayDate(passover, 2000)).toBe('2000-04-20');
    const purim = { kind: 'hebrew', months: ['Adar', 'Adar II'], day: 14, from: [2, 20] } as const;
    expect(holidayDate(purim, 2000)).toBe('2000-03-21'); // a leap year: Adar II
    expect(holidayDate(purim, 1999)).toBe('1999-03-02');
    expect(holidayDate({ kind: 'chineseNewYear' }, 1998)).toBe('1998-01-28');
    expect(holidayDate({ kind: 'chineseNewYear' }, 2001)).toBe('2001-01-24');
  });
});
