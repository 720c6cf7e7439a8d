import { humanDate, shift } from '../dates.ts';
import { draft } from '../draft.ts';
import type { PatternParser } from '../pipeline.ts';
import { alternation, DAY_PARTS, WEEKDAYS } from '../vocabulary.ts';

const DAY_OFFSET: Readonly<Record<string, number>> = {
  this: 0,
  yesterday: -1,
  tomorrow: 1,
  last: -1,
  tonight: 0,
};

/**
 * "this morning" (DCT + TMO), "last night" (DCT − 1, TNI), "yesterday afternoon", "Friday
 * night". A weekday is left pending so the weekday refiner places it by tense.
 */
export const partOfDayParser: PatternParser = {
  name: 'PartOfDayParser',
  pattern: new RegExp(
    `(?<![\\w-])(?:(this|yesterday|tomorrow|last)|(${alternation(Object.keys(WEEKDAYS))}))\\s+(morning|afternoon|evening|night)(?![\\w-])`,
    'gi',
  ),
  extract(context, match) {
    const [whole, relative, weekday, partWord = ''] = match;
    const part = DAY_PARTS[partWord.toLowerCase()];
    if (!part) return null;
    const base = {
      start: match.index,
      end: match.index + whole.length,
      type: 'TIME' as const,
      precision: 'time' as const,
    };
    if (weekday) {
      const n = WEEKDAYS[weekday.toLowerCase()];
      if (n === undefined) return null;
      return draft({ ...base, known: { weekday: n }, pending: { kind: 'weekday', weekday: n, part } });
    }
    const rel = (relative ?? '').toLowerCase();
    // "last night" is the night before the DCT; "last morning" is not idiomatic.
    if (rel === 'last' && part !== 'NI') return null;
    const day = shift(context.reference, 'day', DAY_OFFSET[rel] ?? 0);
    return draft({
      ...base,
      value: `${day}T${part}`,
      range: { start: day, end: day },
      anchor: 'dct',
      explanation: `"${whole}", published ${context.referenceLabel} → the ${partWord.toLowerCase()} of ${humanDate(day)}`,
    });
  },
};
