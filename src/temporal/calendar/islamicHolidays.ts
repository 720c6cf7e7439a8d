import { gregorianToIslamic, islamicMonthRange, islamicToGregorian } from './islamic.ts';
import { addDays, isoToEpochDay } from './isoDate.ts';

/** Islamic observances a news text names without a Gregorian date. */
export type IslamicHoliday =
  | 'ramadan'
  | 'eid-al-fitr'
  | 'eid-al-adha'
  | 'muharram'
  | 'ashura'
  | 'mawlid'
  | 'laylat-al-qadr';

/** Where each observance sits in the Islamic year: [month, first day, last day]; 0 = to month end. */
const HOLIDAYS: Record<IslamicHoliday, readonly [number, number, number]> = {
  ramadan: [9, 1, 0],
  'eid-al-fitr': [10, 1, 3],
  'eid-al-adha': [12, 10, 13],
  // The month itself: news uses "Muharram" for the mourning season, not only New Year's Day.
  muharram: [1, 1, 0],
  ashura: [1, 10, 10],
  // 12 Rabi' al-Awwal, the most widely observed (Sunni) date.
  mawlid: [3, 12, 12],
  // The night is usually kept as the 27th night, which begins on the evening of 26 Ramadan.
  'laylat-al-qadr': [9, 26, 27],
};

/**
 * The Gregorian interval of a holiday in a given Islamic year (Ramadan: the whole month; Eid
 * al-Fitr: 1–3 Shawwal; Eid al-Adha: 10–13 Dhu al-Hijjah; Muharram: the month; Ashura: 10
 * Muharram; Mawlid: 12 Rabi' al-Awwal; Laylat al-Qadr: 26–27 Ramadan).
 */
export function islamicHolidayRange(
  holiday: IslamicHoliday,
  islamicYear: number,
): { start: string; end: string } {
  const [month, first, last] = HOLIDAYS[holiday];
  const start = islamicToGregorian(islamicYear, month, first);
  if (last === 0) return { start, end: islamicMonthRange(islamicYear, month).end };
  // Days within one month are consecutive, so the end is a fixed offset from the start.
  return { start, end: addDays(start, last - first) };
}

/**
 * The occurrence nearest to `reference` that starts on or before reference + `futureDays`
 * (news leans to the past: "during Ramadan" in a July article is the Ramadan just gone).
 */
export function nearestIslamicHoliday(
  holiday: IslamicHoliday,
  reference: string,
  futureDays = 30,
): { start: string; end: string; islamicYear: number } {
  const ref = isoToEpochDay(reference);
  const year = gregorianToIslamic(reference).year;
  let best: { start: string; end: string; islamicYear: number } | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const islamicYear of [year - 1, year, year + 1]) {
    const range = islamicHolidayRange(holiday, islamicYear);
    const start = isoToEpochDay(range.start);
    const end = isoToEpochDay(range.end);
    if (start > ref + futureDays) continue;
    const distance = ref < start ? start - ref : ref > end ? ref - end : 0;
    if (distance < bestDistance) {
      best = { ...range, islamicYear };
      bestDistance = distance;
    }
  }
  // Year − 1 always starts before the reference, so a candidate exists.
  if (!best) throw new RangeError(`No ${holiday} near ${reference}`);
  return best;
}
