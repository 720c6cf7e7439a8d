/**
 * Words of business or the economy: around them "the same quarter", "that quarter", "the quarter"
 * is a quarter of the year ("profit for the quarter", "GDP grew 2% in the same quarter").
 */
const BUSINESS =
  /\b(?:earnings|profits?|revenues?|sales|income|loss|losses|GDP|economy|economic|growth|shares?|dividends?|fiscal|results|percent|billion|million|analysts?|forecasts?|output|inflation|quarterly|orders|deliveries|company|companies|year-earlier|year-ago|per\s+cent)\b|[%$£€]/i;
/** A quarter of the year named before: "the third quarter", "Q3", "third-quarter", "the first quarter". */
const YEAR_QUARTER = /\b(?:first|second|third|fourth|final|1st|2nd|3rd|4th)[\s-]+quarter\b|\bQ[1-4]\b/i;
/** How far (characters) around the word the text is read for business words. */
const REACH = 300;
/** How far back (characters) a quarter of the year named before still counts. */
const LOOKBACK = 2000;

/**
 * Whether "the same quarter", "that quarter" or "the quarter" at `start`–`end` is a quarter of the
 * year: only among words of business or after a quarter of the year was named. Otherwise it is a
 * town's quarter: "the Deir al-Baalba quarter of Homs … video footage from the same quarter".
 */
export function calendarQuarter(text: string, start: number, end: number): boolean {
  const around = text.slice(Math.max(0, start - REACH), Math.min(text.length, end + REACH));
  return BUSINESS.test(around) || YEAR_QUARTER.test(text.slice(Math.max(0, start - LOOKBACK), start));
}
