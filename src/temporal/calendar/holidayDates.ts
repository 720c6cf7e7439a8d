import { addDays, epochDay, epochDayToIso, epochDayToUtcDate } from './isoDate.ts';

/**
 * How a movable holiday falls in a Gregorian year. Kept as data (see vocabulary/holidays.ts) so
 * a new holiday is one table row, not a new parser.
 */
export type HolidayRule =
  /** Days from Western (Gregorian) Easter Sunday: Good Friday is −2. */
  | { readonly kind: 'easter'; readonly offset: number }
  /** Days from Orthodox (Julian-computus) Easter Sunday. */
  | { readonly kind: 'orthodoxEaster'; readonly offset: number }
  /**
   * The nth weekday (0 = Sunday) of a month, counted from the end when `nth` is negative, plus
   * `offset` days: US Election Day is the Tuesday after the first Monday (1st Monday + 1).
   */
  | {
      readonly kind: 'nthWeekday';
      readonly month: number;
      readonly weekday: number;
      readonly nth: number;
      readonly offset?: number;
    }
  /**
   * A day of a Hebrew month, named as ICU's English locale names it ("Nisan", "Adar II"); the
   * first name found in the Gregorian window wins. The holiday begins the evening before.
   */
  | {
      readonly kind: 'hebrew';
      readonly months: readonly string[];
      readonly day: number;
      /** First Gregorian day (month, day) on which the date can fall; it falls within 40 days. */
      readonly from: readonly [number, number];
    }
  /** The first day of the first month of the Chinese calendar (21 January – 20 February). */
  | { readonly kind: 'chineseNewYear' };

/** Western Easter Sunday of a Gregorian year (anonymous Gregorian computus, Meeus/Jones/Butcher). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return epochDayToIso(epochDay(year, month, day));
}

/** Orthodox Easter Sunday as a Gregorian date (Meeus's Julian computus, then Julian → Gregorian). */
export function orthodoxEasterSunday(year: number): string {
  const a = year % 4;
  const b = year % 7;
  const c = year % 19;
  const d = (19 * c + 15) % 30;
  const e = (2 * a + 4 * b - d + 34) % 7;
  const month = Math.floor((d + e + 114) / 31);
  const day = ((d + e + 114) % 31) + 1;
  // The Julian calendar runs behind by this many days (13 for 1900–2099).
  const century = Math.floor(year / 100);
  const lag = century - Math.floor(century / 4) - 2;
  return epochDayToIso(epochDay(year, month, day) + lag);
}

/** The nth (negative: from the end) `weekday` of a month, 0 = Sunday. */
export function nthWeekday(year: number, month: number, weekday: number, nth: number): string {
  if (nth > 0) {
    const first = epochDay(year, month, 1);
    // 1970-01-01 was a Thursday (4).
    const firstWeekday = (((first + 4) % 7) + 7) % 7;
    return epochDayToIso(first + ((weekday - firstWeekday + 7) % 7) + (nth - 1) * 7);
  }
  const last = epochDay(year, month + 1, 0);
  const lastWeekday = (((last + 4) % 7) + 7) % 7;
  return epochDayToIso(last - ((lastWeekday - weekday + 7) % 7) + (nth + 1) * 7);
}

const formatters = new Map<string, Intl.DateTimeFormat | null>();

/** An ICU formatter for a calendar, or null when this runtime lacks it (small-icu builds). */
function formatterFor(calendar: 'hebrew' | 'chinese'): Intl.DateTimeFormat | null {
  if (!formatters.has(calendar)) {
    const formatter = new Intl.DateTimeFormat(`en-u-ca-${calendar}-nu-latn`, {
      timeZone: 'UTC',
      month: calendar === 'hebrew' ? 'long' : 'numeric',
      day: 'numeric',
    });
    formatters.set(calendar, formatter.resolvedOptions().calendar === calendar ? formatter : null);
  }
  return formatters.get(calendar) ?? null;
}

/** Month and day of an epoch day in a calendar, as ICU writes them ("Nisan", "1bis"). */
function monthAndDay(formatter: Intl.DateTimeFormat, day: number): { month: string; day: number } {
  let month = '';
  let dayOfMonth = Number.NaN;
  for (const part of formatter.formatToParts(epochDayToUtcDate(day))) {
    if (part.type === 'month') month = part.value;
    else if (part.type === 'day') dayOfMonth = Number(part.value);
  }
  return { month, day: dayOfMonth };
}

/** The first day from `from` (a window of `span` days) whose calendar month and day match. */
function scan(
  calendar: 'hebrew' | 'chinese',
  from: number,
  span: number,
  months: readonly string[],
  day: number,
): string | undefined {
  const formatter = formatterFor(calendar);
  if (!formatter) return undefined;
  for (let d = from; d < from + span; d++) {
    const here = monthAndDay(formatter, d);
    if (here.day === day && months.includes(here.month)) return epochDayToIso(d);
  }
  return undefined;
}

const cache = new Map<string, string | undefined>();

/**
 * The Gregorian date of a holiday rule in a year, or undefined when the runtime cannot tell
 * (no ICU calendar). Each rule falls once per Gregorian year.
 */
export function holidayDate(rule: HolidayRule, year: number): string | undefined {
  switch (rule.kind) {
    case 'easter':
      return addDays(easterSunday(year), rule.offset);
    case 'orthodoxEaster':
      return addDays(orthodoxEasterSunday(year), rule.offset);
    case 'nthWeekday':
      return addDays(nthWeekday(year, rule.month, rule.weekday, rule.nth), rule.offset ?? 0);
    case 'hebrew':
    case 'chineseNewYear': {
      const key = `${JSON.stringify(rule)}@${year}`;
      if (!cache.has(key)) {
        cache.set(
          key,
          rule.kind === 'hebrew'
            ? scan('hebrew', epochDay(year, rule.from[0], rule.from[1]), 40, rule.months, rule.day)
            : scan('chinese', epochDay(year, 1, 20), 33, ['1'], 1),
        );
      }
      return cache.get(key);
    }
  }
}
