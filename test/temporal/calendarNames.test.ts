import { describe, expect, it } from 'vitest';
import {
  CALENDAR_WORD,
  MONTH_ABBREVIATION,
  MONTH_NAMES,
  MONTH_WORD,
  WEEKDAY_NAMES,
  WEEKDAY_WORD,
} from '../../src/temporal/calendarNames.ts';

describe('calendarNames', () => {
  it('names the twelve months in full and in order, from the vocabulary', () => {
    expect(MONTH_NAMES).toHaveLength(12);
    expect(MONTH_NAMES[0]).toBe('January');
    expect(MONTH_NAMES[4]).toBe('May');
    expect(MONTH_NAMES[8]).toBe('September');
    expect(MONTH_NAMES[11]).toBe('December');
  });

  it('names the seven weekdays', () => {
    expect([...WEEKDAY_NAMES].sort()).toEqual(
      ['Friday', 'Monday', 'Saturday', 'Sunday', 'Thursday', 'Tuesday', 'Wednesday'].sort(),
    );
  });

  it('matches whole capitalized tokens only', () => {
    expect(CALENDAR_WORD.test('Monday')).toBe(true);
    expect(CALENDAR_WORD.test('August')).toBe(true);
    expect(CALENDAR_WORD.test('monday')).toBe(false);
    expect(CALENDAR_WORD.test('Mondays')).toBe(false);
    expect(CALENDAR_WORD.test('Sept')).toBe(false);
    expect(MONTH_WORD.test('May')).toBe(true);
    expect(MONTH_WORD.test('Friday')).toBe(false);
    expect(WEEKDAY_WORD.test('Friday')).toBe(true);
    expect(WEEKDAY_WORD.test('March')).toBe(false);
  });

  it('abbreviates months as datelines do', () => {
    const abbreviation = new RegExp(`^${MONTH_ABBREVIATION}$`);
    expect(['Jan', 'Sep', 'Sept', 'Dec'].every((w) => abbreviation.test(w))).toBe(true);
    expect(abbreviation.test('May')).toBe(false);
  });
});
