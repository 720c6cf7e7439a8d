import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type IslamicHoliday,
  islamicHolidayRange,
  nearestIslamicHoliday,
} from '../../../src/temporal/calendar/islamicHolidays.ts';
import { epochDay, epochDayToIso, isoToEpochDay } from '../../../src/temporal/calendar/isoDate.ts';

describe('islamicHolidayRange', () => {
  it.each([
    ['ramadan', { start: '2022-04-02', end: '2022-05-01' }],
    ['eid-al-fitr', { start: '2022-05-02', end: '2022-05-04' }],
    ['eid-al-adha', { start: '2022-07-09', end: '2022-07-12' }],
    ['laylat-al-qadr', { start: '2022-04-27', end: '2022-04-28' }],
  ] as const)('%s 1443 is %o', (holiday, range) => {
    expect(islamicHolidayRange(holiday, 1443)).toEqual(range);
  });

  it('places Muharram-based days in the following Gregorian summer', () => {
    expect(islamicHolidayRange('ashura', 1444)).toEqual({ start: '2022-08-08', end: '2022-08-08' });
    expect(islamicHolidayRange('muharram', 1444).start).toBe('2022-07-30');
  });
});

describe('nearestIslamicHoliday', () => {
  it('picks the Ramadan just gone for a summer article', () => {
    expect(nearestIslamicHoliday('ramadan', '2022-07-15')).toEqual({
      start: '2022-04-02',
      end: '2022-05-01',
      islamicYear: 1443,
    });
  });

  it('picks the current Ramadan when the reference is inside it', () => {
    expect(nearestIslamicHoliday('ramadan', '2022-04-20').islamicYear).toBe(1443);
  });

  it('accepts an occurrence starting within futureDays', () => {
    expect(nearestIslamicHoliday('eid-al-adha', '2022-07-01').start).toBe('2022-07-09');
    // With no look-ahead the past year's Eid al-Adha is the only candidate.
    expect(nearestIslamicHoliday('eid-al-adha', '2022-07-01', 0).start).toBe('2021-07-20');
  });
});

describe('nearestIslamicHoliday properties', () => {
  const holidays = fc.constantFrom(
    'ramadan',
    'eid-al-fitr',
    'eid-al-adha',
    'muharram',
    'ashura',
    'mawlid',
    'laylat-al-qadr',
  ) as fc.Arbitrary<IslamicHoliday>;
  const day = fc.integer({ min: epochDay(1900, 1, 1), max: epochDay(2100, 12, 31) });

  it('starts no later than the look-ahead and no occurrence is nearer', () => {
    fc.assert(
      fc.property(holidays, day, fc.integer({ min: 0, max: 120 }), (holiday, ref, ahead) => {
        const reference = epochDayToIso(ref);
        const found = nearestIslamicHoliday(holiday, reference, ahead);
        expect(isoToEpochDay(found.start)).toBeLessThanOrEqual(ref + ahead);
        expect(islamicHolidayRange(holiday, found.islamicYear)).toEqual({
          start: found.start,
          end: found.end,
        });
        const distance = (r: { start: string; end: string }) =>
          Math.max(0, isoToEpochDay(r.start) - ref, ref - isoToEpochDay(r.end));
        for (const other of [found.islamicYear - 1, found.islamicYear + 1]) {
          const range = islamicHolidayRange(holiday, other);
          if (isoToEpochDay(range.start) > ref + ahead) continue;
          expect(distance(range)).toBeGreaterThanOrEqual(distance(found));
        }
      }),
      { numRuns: 150 },
    );
  });
});
