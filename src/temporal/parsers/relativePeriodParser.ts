import { humanDate, isoWeekValue, shift, weekdayOf, weekRange } from '../dates.ts';
import { type Draft, draft, type Unit } from '../draft.ts';
import type { PatternParser } from '../pipeline.ts';
import { tenseAt } from '../tense.ts';
import { shiftedPoint } from '../units.ts';
import { calendarQuarter } from './calendarQuarter.ts';

type PeriodUnit = 'day' | 'week' | 'weekend' | 'month' | 'year' | 'quarter' | 'decade' | 'century';

const OFFSET: Readonly<Record<string, number>> = {
  last: -1,
  past: -1,
  previous: -1,
  preceding: -1,
  this: 0,
  current: 0,
  same: 0,
  that: 0,
  next: 1,
  coming: 1,
  following: 1,
};

/** An amount of money or a percentage right before "last year". */
const COMPARED_AMOUNT =
  /(?:[$#£€]\s?[\d.,]+|[\d.,]+\s*%)(?:\s+(?:million|billion|thousand))?(?:\s+(?:a|per)\s+share)?\s+$/i;

/** After "last year's": an amount or a word for reported results. */
const RESULTS_AFTER =
  /^\s+(?:[$#£€]\s?\d|\d[\d.,]*\s*(?:%|cents|million|billion)|(?:net|results|earnings|profits?|loss(?:es)?|sales|revenues?|figures)\b)/i;

/** The week, weekend, month, quarter or year `offset` units from the DCT, as a TIMEX3 point. */
export function periodPoint(reference: string, unit: PeriodUnit, offset: number) {
  if (unit === 'week' || unit === 'weekend') {
    const day = shift(reference, 'week', offset);
    const range = weekRange(day);
    const weekend = unit === 'weekend';
    return {
      value: isoWeekValue(day) + (weekend ? '-WE' : ''),
      precision: 'week' as const,
      range: weekend ? { start: shift(range.end, 'day', -1), end: range.end } : range,
      label: `the ${weekend ? 'weekend' : 'week'} of ${humanDate(range.start)}`,
    };
  }
  if (unit === 'decade') {
    const decade = Math.floor(Number(reference.slice(0, 4)) / 10) + offset;
    return {
      value: String(decade),
      precision: 'decade' as const,
      range: { start: `${decade}0-01-01`, end: `${decade}9-12-31` },
      label: `the ${decade}0s`,
    };
  }
  if (unit === 'century') {
    const century = Math.floor(Number(reference.slice(0, 4)) / 100) + offset;
    return {
      value: String(century),
      precision: 'decade' as const,
      range: { start: `${century}00-01-01`, end: `${century}99-12-31` },
      label: `the ${century + 1}th century`,
    };
  }
  return shiftedPoint(reference, offset, unit);
}

/**
 * "last week", "this year", "next month", "the following week", "that year". With "the"
 * before "following/next/previous" or with "that/same" the count starts at the narrative's
 * last date; bare "last/this/next" count from the DCT. "the past year" is the year before the
 * DCT; "the past week", "past decade" are spans (P1W, P10Y). "last fiscal year" counts as
 * "last year": a fiscal year is named by the calendar year it mostly falls in.
 */
export const relativePeriodParser: PatternParser = {
  name: 'RelativePeriodParser',
  pattern:
    /(?<![\w-])(?:(the)\s+)?(last|past|previous|preceding|this|current|same|that|next|coming|following)\s+(?:fiscal\s+)?(day|week|weekend|month|quarter|year|decade|century)(?:['’]s)?(?![\w-])/gi,
  // The unit after a space; runs of spaces before it: after "the" 1, "last" 1, "fiscal" 1.
  anchor: { pattern: /\s(?:day|week|weekend|month|quarter|year|decade|century)(?![\w-])/gi, spacesBefore: 3 },
  extract(context, match) {
    const [whole, the, which = '', unitWord = ''] = match;
    const word = which.toLowerCase();
    const unit = unitWord.toLowerCase() as PeriodUnit;
    const offset = OFFSET[word] ?? 0;
    const end = match.index + whole.replace(/['’]s$/, '').length;
    const base = { start: match.index, end };
    const narrative =
      word === 'that' ||
      word === 'same' ||
      word === 'following' ||
      word === 'preceding' ||
      (the !== undefined && (word === 'next' || word === 'previous'));
    if (unit === 'day' && !narrative) return null;
    // "footage from the same quarter" after "the Deir al-Baalba quarter of Homs": a district.
    if (unit === 'quarter' && narrative && !calendarQuarter(context.text, match.index, end)) return null;
    if (
      unit === 'year' &&
      word === 'last' &&
      !the &&
      (COMPARED_AMOUNT.test(context.text.slice(Math.max(0, match.index - 40), match.index)) ||
        (/['’]s$/.test(whole) &&
          RESULTS_AFTER.test(
            context.text.slice(match.index + whole.length, match.index + whole.length + 30),
          )))
    ) {
      // "compared with $33 million last year", "up from last year's $1.55 billion", "last year's
      // results": a figure for the same period a year back, so in a story about a quarter it is
      // that quarter of last year (as "a year ago" is).
      return draft({
        ...base,
        type: 'DATE',
        precision: 'year',
        pending: { kind: 'narrative', unit: 'year', offset: -1, fromDct: true, comparison: true },
      });
    }
    // "over the past year", "in the last month": TimeBank marks the previous calendar year or
    // month, a DATE; a past week, decade or century, or a bare "past year", stays a span.
    const calendarUnit = the !== undefined && (unit === 'year' || unit === 'month' || unit === 'quarter');
    if ((word === 'past' || (the !== undefined && word === 'last')) && !calendarUnit) {
      const letter = {
        day: 'D',
        week: 'W',
        weekend: 'D',
        month: 'M',
        quarter: 'M',
        year: 'Y',
        decade: 'Y',
        century: 'Y',
      }[unit];
      const count =
        unit === 'decade'
          ? 10
          : unit === 'century'
            ? 100
            : unit === 'weekend'
              ? 2
              : unit === 'quarter'
                ? 3
                : 1;
      return draft({
        ...base,
        type: 'DURATION',
        value: `P${count}${letter}`,
        precision: unit === 'weekend' ? 'week' : unit === 'century' ? 'decade' : unit,
        explanation: `"${whole}" is the span of one ${unit} up to the time of writing`,
      });
    }
    if (narrative) {
      const pendingUnit: Unit = unit === 'weekend' ? 'week' : unit;
      return draft({
        ...base,
        type: 'DATE',
        precision: 'day',
        pending: { kind: 'narrative', unit: pendingUnit, offset },
      });
    }
    const point = periodPoint(context.reference, unit, offset);
    if (!point) return null;
    const d: Draft = draft({
      ...base,
      type: 'DATE',
      value: point.value,
      precision: point.precision,
      range: point.range,
      anchor: 'dct',
      explanation: `"${whole}", published ${context.referenceLabel} → ${point.label}`,
    });
    return d;
  },
};

/**
 * "the weekend", "over the weekend": the last weekend up to the DCT, or the next one when the
 * clause is future tense.
 */
export const weekendParser: PatternParser = {
  name: 'WeekendParser',
  // A trigger: a search for the word is faster than the pattern's, and most texts hold no "weekend".
  trigger: /weekend/i,
  words: ['weekend'],
  pattern: /(?<![\w-])the\s+weekend(?![\w-])/gi,
  extract(context, match) {
    const end = match.index + match[0].length;
    const weekday = weekdayOf(context.reference);
    const inWeekend = weekday === 0 || weekday === 6;
    const future = tenseAt(context.text, match.index, end) === 'future';
    const offset = inWeekend ? 0 : future ? 0 : -1;
    const point = periodPoint(context.reference, 'weekend', offset);
    if (!point) return null;
    return draft({
      start: match.index,
      end,
      type: 'DATE',
      value: point.value,
      precision: 'week',
      range: point.range,
      anchor: 'dct',
      explanation: `"${match[0]}", ${future ? 'future tense' : 'past or reporting tense'}, published ${context.referenceLabel} → ${point.label}`,
    });
  },
};
