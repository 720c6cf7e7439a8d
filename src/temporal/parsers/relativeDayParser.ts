import { humanDate, shift } from '../dates.ts';
import { draft } from '../draft.ts';
import type { PatternParser } from '../pipeline.ts';

const OFFSETS: Readonly<Record<string, number>> = {
  'the day before yesterday': -2,
  'day before yesterday': -2,
  yesterday: -1,
  today: 0,
  tonight: 0,
  tomorrow: 1,
  'the day after tomorrow': 2,
  'day after tomorrow': 2,
};

/** "today's world", "today's youth": the present in general, not the day of publication. */
const GENERIC_AFTER_TODAY =
  /^['’]s\s+(?:world|society|youth|young|generation|children|kids|standards|times|age|era|culture|economy|reality)\b/i;

/** "the people of tomorrow", "the world of today": an age, not a day. */
const GENERIC_BEFORE =
  /\b(?:people|world|leaders|children|generations?|jobs|technology|industries)\s+of\s+$/i;

/** today / yesterday / tomorrow and their two-day forms, counted from the DCT. */
export const relativeDayParser: PatternParser = {
  name: 'RelativeDayParser',
  trigger: /\b(?:yesterday|today|tonight|tomorrow)\b/i,
  pattern:
    /(?<![\w-])(?:the\s+)?(day\s+before\s+yesterday|day\s+after\s+tomorrow|yesterday|today|tonight|tomorrow)(?:['’]s)?(?![\w-])/gi,
  extract(context, match) {
    const phrase = match[0]
      .replace(/['’]s$/, '')
      .replace(/\s+/g, ' ')
      .toLowerCase();
    const offset = OFFSETS[phrase];
    if (offset === undefined) return null;
    const day = shift(context.reference, 'day', offset);
    const tonight = phrase === 'tonight';
    const extentEnd = match.index + match[0].replace(/['’]s$/, '').length;
    const ofAnAge =
      (phrase === 'today' || phrase === 'tomorrow') &&
      extentEnd === match.index + match[0].length &&
      GENERIC_BEFORE.test(context.text.slice(Math.max(0, match.index - 24), match.index));
    if (
      ofAnAge ||
      (phrase === 'today' && GENERIC_AFTER_TODAY.test(context.text.slice(extentEnd, extentEnd + 16)))
    ) {
      const value = phrase === 'tomorrow' ? 'FUTURE_REF' : 'PRESENT_REF';
      return draft({
        start: match.index,
        end: extentEnd,
        type: 'DATE',
        precision: 'vague',
        value,
        explanation: ofAnAge
          ? `"${context.text
              .slice(Math.max(0, match.index - 24), extentEnd)
              .split(/[.,;]/)
              .pop()
              ?.trim()}" speaks of an age (${value}), not of a day`
          : `"${context.text.slice(match.index, extentEnd + 16).split(/[.,;]/)[0]}" speaks of the present in general (PRESENT_REF), not of ${context.referenceLabel}`,
      });
    }
    return draft({
      start: match.index,
      // The possessive "'s" of "yesterday's operation" stays outside, as in TimeBank.
      end: match.index + match[0].replace(/['’]s$/, '').length,
      type: tonight ? 'TIME' : 'DATE',
      precision: tonight ? 'time' : 'day',
      value: tonight ? `${day}TNI` : day,
      range: { start: day, end: day },
      implied: {
        year: Number(day.slice(0, 4)),
        month: Number(day.slice(5, 7)),
        day: Number(day.slice(8, 10)),
      },
      anchor: 'dct',
      explanation: `"${phrase}", published ${context.referenceLabel} → ${humanDate(day)}`,
    });
  },
};
