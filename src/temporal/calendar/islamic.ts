import { type CalendarDate, calendarDateOfIso, epochDayOfCalendarDate } from './intlCalendar.ts';
import { epochDay, epochDayToIso } from './isoDate.ts';

/** Mean Islamic year and month in days; only used to aim the search. */
const YEAR_DAYS = 354.367;
const MONTH_DAYS = 29.5306;
/** 1 Muharram 1 AH in the arithmetic (civil) Islamic calendar: 16 July 622 (Julian) = 19 July 622 proleptic Gregorian. */
const EPOCH = epochDay(622, 7, 19);

function checkFields(year: number, month: number, day: number): void {
  if (!Number.isInteger(year) || !Number.isInteger(month) || month < 1 || month > 12) {
    throw new RangeError(`Invalid Islamic year/month: ${year}-${month}`);
  }
  if (!Number.isInteger(day) || day < 1 || day > 30) {
    throw new RangeError(`Invalid Islamic day: ${day}`);
  }
}

function toEpochDay(year: number, month: number, day: number): number {
  checkFields(year, month, day);
  const estimate = EPOCH + (year - 1) * YEAR_DAYS + (month - 1) * MONTH_DAYS + (day - 1);
  return epochDayOfCalendarDate('islamic-umalqura', { year, month, day }, estimate, YEAR_DAYS, MONTH_DAYS);
}

/**
 * The Gregorian ISO date of an Umm al-Qura Islamic date (months 1-based: 9 = Ramadan). Throws a
 * RangeError for a day the month does not have (months have 29 or 30 days: use
 * `islamicMonthRange` for a month's last day).
 */
export function islamicToGregorian(year: number, month: number, day: number): string {
  return epochDayToIso(toEpochDay(year, month, day));
}

/** The Umm al-Qura Islamic date of a Gregorian ISO date. */
export function gregorianToIslamic(iso: string): CalendarDate {
  return calendarDateOfIso('islamic-umalqura', iso);
}

/** The first and last Gregorian days (inclusive) of an Islamic month. */
export function islamicMonthRange(year: number, month: number): { start: string; end: string } {
  const start = toEpochDay(year, month, 1);
  const next = month === 12 ? toEpochDay(year + 1, 1, 1) : toEpochDay(year, month + 1, 1);
  return { start: epochDayToIso(start), end: epochDayToIso(next - 1) };
}
