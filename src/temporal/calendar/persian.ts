import { type CalendarDate, calendarDateOfIso, epochDayOfCalendarDate } from './intlCalendar.ts';
import { epochDay, epochDayToIso } from './isoDate.ts';

/** Mean solar year; months 1–6 have 31 days, 7–11 have 30, 12 has 29 or 30. */
const YEAR_DAYS = 365.2422;
const MONTH_DAYS = 30.44;
/** 1 Farvardin 1 AP ≈ the March equinox of 622. */
const EPOCH = epochDay(622, 3, 21);

function checkFields(year: number, month: number, day: number): void {
  if (!Number.isInteger(year) || !Number.isInteger(month) || month < 1 || month > 12) {
    throw new RangeError(`Invalid solar Hijri year/month: ${year}-${month}`);
  }
  if (!Number.isInteger(day) || day < 1 || day > 31) {
    throw new RangeError(`Invalid solar Hijri day: ${day}`);
  }
}

function toEpochDay(year: number, month: number, day: number): number {
  checkFields(year, month, day);
  const monthOffset = month <= 7 ? (month - 1) * 31 : 186 + (month - 7) * 30;
  const estimate = EPOCH + (year - 1) * YEAR_DAYS + monthOffset + (day - 1);
  return epochDayOfCalendarDate('persian', { year, month, day }, estimate, YEAR_DAYS, MONTH_DAYS);
}

/**
 * The Gregorian ISO date of a solar Hijri date. Months are 1-based and shared by the Iranian
 * (Farvardin…Esfand) and Afghan (Hamal…Hoot) names: 1 Hamal = 1 Farvardin. Throws a RangeError
 * for a day the month does not have (Esfand has 29 days in common years).
 */
export function persianToGregorian(year: number, month: number, day: number): string {
  return epochDayToIso(toEpochDay(year, month, day));
}

/** The solar Hijri date of a Gregorian ISO date. */
export function gregorianToPersian(iso: string): CalendarDate {
  return calendarDateOfIso('persian', iso);
}

/** The first and last Gregorian days (inclusive) of a solar Hijri month. */
export function persianMonthRange(year: number, month: number): { start: string; end: string } {
  const start = toEpochDay(year, month, 1);
  const next = month === 12 ? toEpochDay(year + 1, 1, 1) : toEpochDay(year, month + 1, 1);
  return { start: epochDayToIso(start), end: epochDayToIso(next - 1) };
}
