import { alternation, MONTHS, WEEKDAYS } from './vocabulary.ts';

/**
 * The calendar's names as pages print them, capitalized ("Monday", "January"), for the patterns
 * outside the tagger's parsers that tell a date's words from a name or a sentence (blog stamps,
 * readers' comments, captions, glued headlines, title filters). Built from the tagger's vocabulary
 * so that the lists cannot drift apart; matched case-sensitively unless a pattern says otherwise.
 */

const capitalized = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** "Sunday" … "Saturday". */
export const WEEKDAY_NAMES: readonly string[] = Object.keys(WEEKDAYS).map(capitalized);

/** "January" … "December": each month's longest name in the vocabulary (its full name). */
export const MONTH_NAMES: readonly string[] = Array.from({ length: 12 }, (_, i) =>
  capitalized(
    Object.keys(MONTHS)
      .filter((name) => MONTHS[name] === i + 1 && !name.endsWith('.'))
      .reduce((a, b) => (b.length > a.length ? b : a)),
  ),
);

/** Pattern source of a weekday's name: "(?:Sunday|Monday|…|Saturday)". */
export const WEEKDAY_NAME = `(?:${WEEKDAY_NAMES.join('|')})`;

/** Pattern source of a month's name: "(?:January|…|December)". */
export const MONTH_NAME = `(?:${MONTH_NAMES.join('|')})`;

/** A whole token that is a weekday's name. */
export const WEEKDAY_WORD = new RegExp(`^${WEEKDAY_NAME}$`);

/** A whole token that is a month's name. */
export const MONTH_WORD = new RegExp(`^${MONTH_NAME}$`);

/** A whole token that is a weekday's or a month's name. */
export const CALENDAR_WORD = new RegExp(`^(?:${WEEKDAY_NAMES.join('|')}|${MONTH_NAMES.join('|')})$`);

/**
 * Pattern source of a month's abbreviation as datelines print it, without its period: "Jan",
 * "Sep", "Sept" (the vocabulary's names that are not full names; May has none).
 */
export const MONTH_ABBREVIATION = `(?:${alternation(
  Object.keys(MONTHS)
    .filter((name) => !name.endsWith('.'))
    .map(capitalized)
    .filter((name) => !MONTH_NAMES.includes(name)),
)})`;
