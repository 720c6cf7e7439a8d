import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { epochDay, epochDayToIso } from '../../../src/temporal/calendar/isoDate.ts';
import {
  gregorianToPersian,
  persianMonthRange,
  persianToGregorian,
} from '../../../src/temporal/calendar/persian.ts';

const KNOWN: ReadonlyArray<readonly [number, number, number, string]> = [
  [1401, 1, 1, '2022-03-21'], // 1 Hamal / Farvardin (Nowruz)
  [1401, 4, 1, '2022-06-22'], // 1 Saratan / Tir
  [1400, 1, 1, '2021-03-21'],
  [1402, 1, 1, '2023-03-21'],
  [1403, 1, 1, '2024-03-20'],
];

const gregorianDay = fc
  .integer({ min: epochDay(1900, 1, 1), max: epochDay(2100, 12, 31) })
  .map(epochDayToIso);

describe('persianToGregorian', () => {
  it.each(KNOWN)('%i-%i-%i is %s', (y, m, d, iso) => {
    expect(persianToGregorian(y, m, d)).toBe(iso);
    expect(gregorianToPersian(iso)).toEqual({ year: y, month: m, day: d });
  });

  it('rejects days and months that do not exist', () => {
    expect(() => persianToGregorian(1401, 13, 1)).toThrow(RangeError);
    expect(() => persianToGregorian(1401, 7, 31)).toThrow(RangeError);
    expect(() => persianToGregorian(1401, 1, 32)).toThrow(RangeError);
  });

  it('round-trips every Gregorian day 1900–2100', () => {
    fc.assert(
      fc.property(gregorianDay, (iso) => {
        const { year, month, day } = gregorianToPersian(iso);
        expect(persianToGregorian(year, month, day)).toBe(iso);
      }),
      { numRuns: 300 },
    );
  });
});

describe('persianMonthRange', () => {
  it('has 31-day months first, then 30, and a 29/30-day Esfand', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1280, max: 1480 }), fc.integer({ min: 1, max: 12 }), (year, month) => {
        const { start, end } = persianMonthRange(year, month);
        const length = (Date.parse(end) - Date.parse(start)) / 86_400_000 + 1;
        if (month <= 6) expect(length).toBe(31);
        else if (month <= 11) expect(length).toBe(30);
        else expect([29, 30]).toContain(length);
        expect(gregorianToPersian(start)).toEqual({ year, month, day: 1 });
      }),
      { numRuns: 100 },
    );
  });

  it('places Saratan 1401', () => {
    expect(persianMonthRange(1401, 4)).toEqual({ start: '2022-06-22', end: '2022-07-22' });
  });
});
