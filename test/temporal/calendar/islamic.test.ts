import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  gregorianToIslamic,
  islamicMonthRange,
  islamicToGregorian,
} from '../../../src/temporal/calendar/islamic.ts';
import { epochDay, epochDayToIso } from '../../../src/temporal/calendar/isoDate.ts';

// Umm al-Qura as published by Saudi Arabia; ICU carries the table for 1300–1600 AH.
const KNOWN: ReadonlyArray<readonly [number, number, number, string]> = [
  [1443, 9, 1, '2022-04-02'], // 1 Ramadan
  [1443, 10, 1, '2022-05-02'], // Eid al-Fitr
  [1443, 12, 10, '2022-07-09'], // Eid al-Adha
  [1444, 1, 1, '2022-07-30'], // Islamic New Year
  [1444, 9, 1, '2023-03-23'],
  [1445, 9, 1, '2024-03-11'],
];

const gregorianDay = fc
  .integer({ min: epochDay(1900, 1, 1), max: epochDay(2100, 12, 31) })
  .map(epochDayToIso);

describe('islamicToGregorian', () => {
  it.each(KNOWN)('%i-%i-%i is %s', (y, m, d, iso) => {
    expect(islamicToGregorian(y, m, d)).toBe(iso);
    expect(gregorianToIslamic(iso)).toEqual({ year: y, month: m, day: d });
  });

  it('rejects days and months that do not exist', () => {
    expect(() => islamicToGregorian(1443, 13, 1)).toThrow(RangeError);
    expect(() => islamicToGregorian(1443, 0, 1)).toThrow(RangeError);
    expect(() => islamicToGregorian(1443, 9, 31)).toThrow(RangeError);
    // Ramadan 1443 had 30 days, Shawwal 1443 had 29.
    expect(islamicToGregorian(1443, 9, 30)).toBe('2022-05-01');
    expect(() => islamicToGregorian(1443, 10, 30)).toThrow(RangeError);
  });

  it('round-trips every Gregorian day 1900–2100', () => {
    fc.assert(
      fc.property(gregorianDay, (iso) => {
        const { year, month, day } = gregorianToIslamic(iso);
        expect(islamicToGregorian(year, month, day)).toBe(iso);
      }),
      { numRuns: 300 },
    );
  });
});

describe('islamicMonthRange', () => {
  it('covers Ramadan 1443', () => {
    expect(islamicMonthRange(1443, 9)).toEqual({ start: '2022-04-02', end: '2022-05-01' });
  });

  it('crosses the year boundary for Dhu al-Hijjah', () => {
    expect(islamicMonthRange(1443, 12).end).toBe('2022-07-29');
  });

  it('gives contiguous months of 29 or 30 days', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1320, max: 1520 }), fc.integer({ min: 1, max: 12 }), (year, month) => {
        const range = islamicMonthRange(year, month);
        const next = month === 12 ? islamicMonthRange(year + 1, 1) : islamicMonthRange(year, month + 1);
        const length = Date.parse(range.end) / 86_400_000 - Date.parse(range.start) / 86_400_000 + 1;
        expect([29, 30]).toContain(length);
        expect(Date.parse(next.start) - Date.parse(range.end)).toBe(86_400_000);
        expect(gregorianToIslamic(range.start)).toEqual({ year, month, day: 1 });
      }),
      { numRuns: 100 },
    );
  });
});
