import { describe, expect, it } from 'vitest';
import { calendarDateOfIso, epochDayOfCalendarDate } from '../../../src/temporal/calendar/intlCalendar.ts';
import { epochDay, epochDayToIso } from '../../../src/temporal/calendar/isoDate.ts';

describe('intlCalendar', () => {
  it('reads calendar fields of a UTC day whatever the host zone', () => {
    expect(calendarDateOfIso('persian', '2022-03-21')).toEqual({ year: 1401, month: 1, day: 1 });
    expect(calendarDateOfIso('persian', '2022-03-20')).toEqual({ year: 1400, month: 12, day: 29 });
  });

  it('finds the day from a poor estimate', () => {
    const target = { year: 1443, month: 9, day: 1 };
    for (const offset of [-200, -15, 0, 15, 200]) {
      const day = epochDayOfCalendarDate(
        'islamic-umalqura',
        target,
        epochDay(2022, 4, 2) + offset,
        354.367,
        29.53,
      );
      expect(epochDayToIso(day)).toBe('2022-04-02');
    }
  });
});
