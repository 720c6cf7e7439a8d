import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, epochDay, epochDayToIso, isoToEpochDay } from '../../../src/temporal/calendar/isoDate.ts';

describe('isoDate', () => {
  it('counts days from 1970-01-01', () => {
    expect(epochDay(1970, 1, 1)).toBe(0);
    expect(isoToEpochDay('2000-03-01')).toBe(11_017);
    expect(epochDayToIso(-1)).toBe('1969-12-31');
  });

  it('keeps years below 100 as written', () => {
    expect(epochDayToIso(epochDay(622, 7, 19))).toBe('0622-07-19');
    expect(epochDayToIso(epochDay(50, 1, 1))).toBe('0050-01-01');
  });

  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2022-01-01', -1)).toBe('2021-12-31');
  });

  it('rejects malformed and impossible dates', () => {
    expect(() => isoToEpochDay('2022-02-30')).toThrow(RangeError);
    expect(() => isoToEpochDay('22-02-01')).toThrow(RangeError);
  });

  it('round-trips day counts', () => {
    fc.assert(
      fc.property(fc.integer({ min: -50_000, max: 100_000 }), (day) => {
        expect(isoToEpochDay(epochDayToIso(day))).toBe(day);
      }),
    );
  });
});
