import { UTCDateMini } from '@date-fns/utc';
import {
  addDays,
  addMonths,
  addWeeks,
  addYears,
  endOfISOWeek,
  getDay,
  getDaysInMonth,
  getISOWeek,
  getISOWeekYear,
  startOfISOWeek,
} from 'date-fns';

/**
 * Calendar-date arithmetic for the tagger. Every Date here is a `UTCDateMini`, so date-fns
 * computes in UTC and the host zone (tests run under Pacific/Chatham) never moves a day.
 */

/** An inclusive span of ISO dates. */
export interface DateRange {
  readonly start: string;
  readonly end: string;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** The year "'94" means read in `referenceYear`: the latest such year not after it ('94 → 1994, '09 → 2009 in 2013). */
export function latestYearOfTwoDigits(twoDigits: number, referenceYear: number): number {
  return 2000 + twoDigits <= referenceYear ? 2000 + twoDigits : 1900 + twoDigits;
}

/** `YYYY-MM-DD` for calendar fields (month 1-based). */
export function isoDate(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

function toDate(iso: string): Date {
  return new UTCDateMini(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
}

function toIso(date: Date): string {
  return isoDate(date.getFullYear(), date.getMonth() + 1, date.getDate());
}

/** Calendar fields of an ISO date. */
export function fieldsOf(iso: string): { year: number; month: number; day: number } {
  return { year: Number(iso.slice(0, 4)), month: Number(iso.slice(5, 7)), day: Number(iso.slice(8, 10)) };
}

/** Whether fields name a real date (Feb 30 does not). */
export function isValidDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= getDaysInMonth(new UTCDateMini(year, month - 1, 1));
}

/** Shift an ISO date by a count of calendar units. */
export function shift(iso: string, unit: 'day' | 'week' | 'month' | 'year', amount: number): string {
  const date = toDate(iso);
  if (unit === 'day') return toIso(addDays(date, amount));
  if (unit === 'week') return toIso(addWeeks(date, amount));
  if (unit === 'month') return toIso(addMonths(date, amount));
  return toIso(addYears(date, amount));
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(iso: string): number {
  return getDay(toDate(iso));
}

/** ISO-8601 week value (`2013-W11`) of a date. */
export function isoWeekValue(iso: string): string {
  const date = toDate(iso);
  return `${getISOWeekYear(date)}-W${pad(getISOWeek(date))}`;
}

/** Monday–Sunday of the ISO week containing a date. */
export function weekRange(iso: string): DateRange {
  const date = toDate(iso);
  return { start: toIso(startOfISOWeek(date)), end: toIso(endOfISOWeek(date)) };
}

/** First and last day of a month. */
export function monthRange(year: number, month: number): DateRange {
  const days = getDaysInMonth(new UTCDateMini(year, month - 1, 1));
  return { start: isoDate(year, month, 1), end: isoDate(year, month, days) };
}

/** Months `first..last` of a year (may spill into the next year for winter). */
export function monthsRange(year: number, first: number, last: number): DateRange {
  const endYear = last < first ? year + 1 : year;
  return { start: isoDate(year, first, 1), end: monthRange(endYear, last).end };
}

/** A whole year. */
export function yearRange(year: number): DateRange {
  return { start: isoDate(year, 1, 1), end: isoDate(year, 12, 31) };
}

/** Years `first..last` inclusive. */
export function yearsRange(first: number, last: number): DateRange {
  return { start: isoDate(first, 1, 1), end: isoDate(last, 12, 31) };
}

/** Days between two ISO dates (b − a). */
export function daysBetween(a: string, b: string): number {
  return Math.round((toDate(b).getTime() - toDate(a).getTime()) / 86_400_000);
}

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "12 April 2022" — the human form used in explanations. */
export function humanDate(iso: string): string {
  const { year, month, day } = fieldsOf(iso);
  return `${day} ${MONTH_NAMES[month - 1]} ${year}`;
}

/** "April 2022". */
export function humanMonth(year: number, month: number): string {
  return `${MONTH_NAMES[month - 1]} ${year}`;
}
