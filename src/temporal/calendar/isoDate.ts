/**
 * Day arithmetic on ISO `YYYY-MM-DD` strings, done entirely in UTC so the process time zone
 * can never shift a date (a local-midnight Date in Pacific/Chatham is the previous UTC day).
 */

const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 for a proleptic Gregorian date (months 1-based). */
export function epochDay(year: number, month: number, day: number): number {
  const date = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not map years 0–99 to 1900–1999.
  date.setUTCFullYear(year, month - 1, day);
  return Math.round(date.getTime() / MS_PER_DAY);
}

/** Days since 1970-01-01 of an ISO `YYYY-MM-DD` date; throws on a malformed string. */
export function isoToEpochDay(iso: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new RangeError(`Not an ISO date: ${iso}`);
  const [, y, m, d] = match;
  const day = epochDay(Number(y), Number(m), Number(d));
  if (epochDayToIso(day) !== iso) throw new RangeError(`No such date: ${iso}`);
  return day;
}

/** The ISO `YYYY-MM-DD` string of a day count since 1970-01-01. */
export function epochDayToIso(day: number): string {
  const date = new Date(day * MS_PER_DAY);
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth() + 1;
  const d = date.getUTCDate();
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The ISO date `days` after (or before, if negative) `iso`. */
export function addDays(iso: string, days: number): string {
  return epochDayToIso(isoToEpochDay(iso) + days);
}

/** A UTC `Date` at midnight of an epoch day, for `Intl` formatting with `timeZone: 'UTC'`. */
export function epochDayToUtcDate(day: number): Date {
  return new Date(day * MS_PER_DAY);
}
