import { fieldsOf, humanDate, shift } from '../dates.ts';
import { draft } from '../draft.ts';
import type { PatternParser } from '../pipeline.ts';
import { alternation, DAY_PARTS, WEEKDAYS } from '../vocabulary.ts';

const DAY_OFFSET: Readonly<Record<string, number>> = {
  this: 0,
  yesterday: -1,
  tomorrow: 1,
  last: -1,
  today: 0,
  tonight: 0,
};

/** Where in a part of the day a modifier puts the time. */
const PART_MOD: Readonly<Record<string, 'START' | 'MID' | 'END'>> = {
  early: 'START',
  mid: 'MID',
  late: 'END',
};

/**
 * "this morning" (DCT + TMO), "last night" (DCT − 1, TNI), "yesterday afternoon", "Friday
 * night", "mid-afternoon yesterday". A weekday is left pending so the weekday refiner places
 * it by tense. A bare "mid-afternoon" or "late morning" is read on the DCT like a bare clock
 * time, so the clock-time refiner may move it to the day the story last named.
 */
export const partOfDayParser: PatternParser = {
  name: 'PartOfDayParser',
  trigger: /(?:morning|afternoon|evening|night)\b/i,
  // (Tried only near a part of the day: "Friday mid-morning" has two runs of spaces or hyphens before it.)
  anchor: { pattern: /morning|afternoon|evening|night/gi, spacesBefore: 2 },
  pattern: new RegExp(
    `(?<![\\w-])(?:(this|yesterday|tomorrow|last)|(${alternation(Object.keys(WEEKDAYS))}))\\s+(?:mid-?)?(morning|afternoon|evening|night)(?![\\w-])|(?<![\\w-])(?:mid-?\\s?)?(morning|afternoon|evening)\\s+(yesterday|today)(?![\\w-])|(?<![\\w-])(?:(mid)(?:-|\\s)?|(early|late)\\s+)(morning|afternoon|evening)(?![\\w-])`,
    'gi',
  ),
  extract(context, match) {
    const [whole, relativeBefore, weekday, partBefore, partAfter, relativeAfter, mid, edge, partBare] = match;
    const relative = relativeBefore ?? relativeAfter;
    const partWord = partBefore ?? partAfter ?? partBare ?? '';
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
    if (partBare) {
      const mod = PART_MOD[(mid ?? edge ?? '').toLowerCase()];
      return draft({
        ...base,
        value: `${context.reference}T${part}`,
        ...(mod ? { mod } : {}),
        range: { start: context.reference, end: context.reference },
        implied: fieldsOf(context.reference),
        anchor: 'dct',
        explanation: `"${whole}" names a part of the day; the day is the publication date ${context.referenceLabel}`,
      });
    }
    const rel = (relative ?? '').toLowerCase();
    // "last night" is the night before the DCT; "last morning" is not idiomatic.
    if (rel === 'last' && part !== 'NI') return null;
    const day = shift(context.reference, 'day', DAY_OFFSET[rel] ?? 0);
    return draft({
      ...base,
      value: `${day}T${part}`,
      ...(/^mid/i.test(whole) || /\smid/i.test(whole) ? { mod: 'MID' as const } : {}),
      range: { start: day, end: day },
      anchor: 'dct',
      explanation: `"${whole}", published ${context.referenceLabel} → the ${partWord.toLowerCase()} of ${humanDate(day)}`,
    });
  },
};

/** Clock words: TimeML writes midnight as hour 24 of the day it ends, noon as 12:00. */
const CLOCK_WORDS: Readonly<Record<string, string>> = { noon: '12:00', midday: '12:00', midnight: '24:00' };
const DAY_WORDS = `yesterday|today|tonight|tomorrow|${alternation(Object.keys(WEEKDAYS))}`;

/**
 * "noon Thursday", "midnight Friday", "Friday at noon", "noon yesterday": a clock word tied to
 * a day is a TIME on that day. A weekday is left pending for the weekday refiner. A bare
 * "at noon" is a clock time on the DCT, which the clock-time refiner may move to the day the
 * story last named.
 */
export const clockWordParser: PatternParser = {
  name: 'ClockWordParser',
  pattern: new RegExp(
    `(?<![\\w-])(?:(noon|midday|midnight)\\s+(?:on\\s+)?(${DAY_WORDS})|(${DAY_WORDS})\\s+(?:at\\s+)?(noon|midday|midnight)|(noon|midday|midnight))(?![\\w-])`,
    'gi',
  ),
  trigger: /\b(?:noon|midday|midnight)\b/i,
  words: ['noon', 'midday', 'midnight'],
  extract(context, match) {
    const [whole, clockBefore, dayAfter, dayBefore, clockAfter, clockBare] = match;
    const clock = CLOCK_WORDS[(clockBefore ?? clockAfter ?? clockBare ?? '').toLowerCase()];
    const dayWord = (dayAfter ?? dayBefore ?? '').toLowerCase();
    if (!clock) return null;
    const base = {
      start: match.index,
      end: match.index + whole.length,
      type: 'TIME' as const,
      precision: 'time' as const,
    };
    if (clockBare) {
      const before = context.text.slice(Math.max(0, match.index - 12), match.index);
      // "high noon" is a showdown, not a clock time.
      if (/\bhigh\s+$/i.test(before)) return null;
      // "Midnight Express", "the Midday Show": a capital inside a sentence starts a name.
      if (/^[A-Z]/.test(clockBare) && !/(?:^|[.!?:"“(])$/.test(before.trimEnd())) return null;
      return draft({
        ...base,
        value: `${context.reference}T${clock}`,
        range: { start: context.reference, end: context.reference },
        known: { hour: Number(clock.slice(0, 2)) % 24, minute: 0 },
        implied: fieldsOf(context.reference),
        anchor: 'dct',
        explanation: `"${whole}" states a clock time; the day is the publication date ${context.referenceLabel}`,
      });
    }
    const weekday = WEEKDAYS[dayWord];
    if (weekday !== undefined) {
      return draft({ ...base, known: { weekday }, pending: { kind: 'weekday', weekday, part: clock } });
    }
    const day = shift(context.reference, 'day', DAY_OFFSET[dayWord] ?? 0);
    return draft({
      ...base,
      value: `${day}T${clock}`,
      range: { start: day, end: day },
      anchor: 'dct',
      explanation: `"${whole}", published ${context.referenceLabel} → ${clock} on ${humanDate(day)}`,
    });
  },
};
