import { fieldsOf, humanDate, isoDate, isValidDate, shift } from '../dates.ts';
import { draft } from '../draft.ts';
import type { PatternParser } from '../pipeline.ts';
import { tenseAt } from '../tense.ts';

/**
 * "on the 25th": a day of the DCT's month, or of the month before when that day has not come
 * yet (future tense: of the month after when it has passed).
 */
export const ordinalDayParser: PatternParser = {
  name: 'OrdinalDayParser',
  // The lookbehind below runs at every position; most texts have no "the 25th" at all.
  trigger: /\bthe\s+\d{1,2}(?:st|nd|rd|th)\b/i,
  pattern:
    /(?<=\b(?:on|since|until|by|from|before|after)\s+)the\s+(\d{1,2})(?:st|nd|rd|th)(?![\w-])(?!\s+(?:of\s+[a-z]|century|anniversary|time|floor|place|day|year|week|month|percent|amendment|round|largest|biggest))/gi,
  extract(context, match) {
    const day = Number(match[1]);
    if (day < 1 || day > 31) return null;
    const future = tenseAt(context.text, match.index, match.index + match[0].length) === 'future';
    let monthStart = isoDate(context.year, context.month, 1);
    if (!future && day > context.day) monthStart = shift(monthStart, 'month', -1);
    if (future && day < context.day) monthStart = shift(monthStart, 'month', 1);
    const { year, month } = fieldsOf(monthStart);
    if (!isValidDate(year, month, day)) return null;
    const date = isoDate(year, month, day);
    return draft({
      start: match.index,
      end: match.index + match[0].length,
      type: 'DATE',
      value: date,
      precision: 'day',
      range: { start: date, end: date },
      known: { day },
      implied: { year, month },
      anchor: 'dct',
      explanation: `"${match[0]}" states only the day; month and year taken from publication date ${context.referenceLabel} → ${humanDate(date)}`,
    });
  },
};
