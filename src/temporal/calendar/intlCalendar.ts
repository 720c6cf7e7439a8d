import { epochDayToIso, epochDayToUtcDate, isoToEpochDay } from './isoDate.ts';

/** A date in a non-Gregorian calendar, months 1-based. */
export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** The ICU calendars this module reads. */
export type IntlCalendarName = 'islamic-umalqura' | 'persian';

const formatters = new Map<IntlCalendarName, Intl.DateTimeFormat>();

function formatterFor(calendar: IntlCalendarName): Intl.DateTimeFormat {
  let formatter = formatters.get(calendar);
  if (!formatter) {
    // timeZone 'UTC' pairs with UTC-midnight Dates, so the host zone never moves the day.
    formatter = new Intl.DateTimeFormat(`en-u-ca-${calendar}-nu-latn`, {
      timeZone: 'UTC',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
    });
    formatters.set(calendar, formatter);
  }
  return formatter;
}

/** The calendar fields of a Gregorian epoch day, read from ICU. */
export function calendarDateOfEpochDay(calendar: IntlCalendarName, day: number): CalendarDate {
  let year = Number.NaN;
  let month = Number.NaN;
  let dayOfMonth = Number.NaN;
  for (const part of formatterFor(calendar).formatToParts(epochDayToUtcDate(day))) {
    // 'relatedYear' appears for some locales/calendars instead of 'year'.
    if (part.type === 'year' || (part.type as string) === 'relatedYear') year = Number(part.value);
    else if (part.type === 'month') month = Number(part.value);
    else if (part.type === 'day') dayOfMonth = Number(part.value);
  }
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(dayOfMonth)) {
    throw new Error(`Intl calendar ${calendar} is not available in this runtime`);
  }
  return { year, month, day: dayOfMonth };
}

/** The calendar fields of a Gregorian ISO date. */
export function calendarDateOfIso(calendar: IntlCalendarName, iso: string): CalendarDate {
  return calendarDateOfEpochDay(calendar, isoToEpochDay(iso));
}

function compare(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/**
 * The Gregorian epoch day of a calendar date, found by stepping from an estimate. ICU only
 * converts Gregorian → calendar, so the inverse is a search; `yearDays`/`monthDays` are the mean
 * lengths used to turn a field difference into a day step. Throws a RangeError if no day has
 * those fields (e.g. 30 of a 29-day month).
 */
export function epochDayOfCalendarDate(
  calendar: IntlCalendarName,
  target: CalendarDate,
  estimate: number,
  yearDays: number,
  monthDays: number,
): number {
  let day = Math.round(estimate);
  for (let i = 0; i < 12; i++) {
    const here = calendarDateOfEpochDay(calendar, day);
    const step = Math.round(
      (target.year - here.year) * yearDays +
        (target.month - here.month) * monthDays +
        (target.day - here.day),
    );
    if (step === 0) break;
    day += step;
  }
  // Month lengths vary around the mean, so finish with a walk that only moves toward the target.
  let here = calendarDateOfEpochDay(calendar, day);
  const direction = compare(target, here) > 0 ? 1 : -1;
  for (let i = 0; i < 64 && compare(target, here) * direction > 0; i++) {
    day += direction;
    here = calendarDateOfEpochDay(calendar, day);
  }
  if (compare(target, here) !== 0) {
    throw new RangeError(
      `No ${calendar} date ${target.year}-${target.month}-${target.day} (nearest ${epochDayToIso(day)})`,
    );
  }
  return day;
}
