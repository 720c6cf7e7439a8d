/**
 * The TIMEX3 `value` grammar (TimeML 1.2.1, ISO 8601 with TimeML's extensions), written as
 * small named pieces so each rule can be read against the spec. `X` stands for an unknown digit.
 */

const YEAR = '[0-9X]{4}';
const MONTH = '(?:0[1-9]|1[0-2]|XX)';
const DAY = '(?:0[1-9]|[12][0-9]|3[01]|XX)';
const WEEK = '(?:0[1-9]|[1-4][0-9]|5[0-3]|XX)';
const WEEKDAY = '(?:[1-7]|X)';
const HOUR = '(?:[01][0-9]|2[0-4])';
const MINUTE = '[0-5][0-9]';
const SECOND = '(?:[0-5][0-9]|60)(?:\\.[0-9]+)?';
const ZONE = '(?:Z|[+-](?:[01][0-9]|2[0-3])(?::?[0-5][0-9])?)?';
/** Parts of day: morning, midday, afternoon, evening, night, daytime. */
const PART_OF_DAY = '(?:MO|MI|AF|EV|NI|DT)';
const TIME = `T(?:${PART_OF_DAY}|${HOUR}(?::${MINUTE}(?::${SECOND})?)?${ZONE})`;

/** Calendar day (YYYY-MM-DD) or ISO week day (YYYY-Www-D), the only forms a time may follow. */
const DAY_DATE = `${YEAR}-(?:${MONTH}-${DAY}|W${WEEK}-${WEEKDAY})`;
const COARSE_DATE = [
  '[0-9X]{2}', // century: 19 = 1900s
  '[0-9X]{3}', // decade: 199 = 1990s
  YEAR,
  `${YEAR}-${MONTH}`,
  `${YEAR}-W${WEEK}(?:-WE)?`,
  `${YEAR}-(?:SP|SU|FA|WI)`,
  `${YEAR}-Q[1-4X]`,
  `${YEAR}-H[12X]`,
].join('|');

const NUMBER = '(?:[0-9]+(?:\\.[0-9]+)?|X)';
/** Date units, including TimeML's decade (DE/E), century (CE/C), millennium (ML/L), quarter, half. */
const DATE_UNIT = '(?:DE|CE|ML|Y|M|W|D|Q|H|E|C|L)';
const DURATION = `P(?:(?:${NUMBER}${DATE_UNIT})+(?:T(?:${NUMBER}[HMS])+)?|T(?:${NUMBER}[HMS])+)`;

const REFERENCE = '(?:PAST|PRESENT|FUTURE)_REF';

const TIMEX_VALUE = new RegExp(`^(?:${DAY_DATE}(?:${TIME})?|${COARSE_DATE}|${DURATION}|${REFERENCE})$`);

/**
 * Whether a string is a well-formed TIMEX3 value: dates (`2022`, `2022-04`, `2022-04-10`,
 * `2022-W15`, `2022-W15-WE`, `2022-SP`, `2022-Q1`, `2022-H1`, decade `199`, century `19`), times
 * (`2022-04-10T14:30`, `2022-04-10TEV`), durations (`P3D`, `PT2H`, `PXY`), sets written as
 * dates or durations (`XXXX-WXX-1`, `P1W`), placeholders (`XXXX-WI`, `XXXX-XX-XX`) and
 * `PAST_REF` / `PRESENT_REF` / `FUTURE_REF`.
 */
export function isTimexValue(value: string): boolean {
  return TIMEX_VALUE.test(value);
}
