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

/**
 * "today's world", "today's youth", "today's globalised meat industry", "in today's dollars": the
 * present in general, not the day of publication. Up to two modifiers may stand before the noun
 * (not a preposition or an article: "today's talks on world trade" are that day's), and the noun
 * ends the phrase ("today's media briefing", "today's technology stocks" are that day's).
 */
const GENERIC_AFTER_TODAY =
  /^['’]s\s+(?:(?!(?:on|of|in|at|for|with|about|over|the|a|an|and|or|to|by)\b)[\w-]+\s+){0,2}(?:world|society|youth|young|generations?|children|kids|standards|times|age|era|culture|economy|reality|industry|industries|dollars|money|terms|pensioners|consumers|politics|technology|technologies|media|medicine|science|farming|agriculture|families|parents|teenagers|workforce)\b(?=\s*(?:[,.;:!?)"'’”]|$)|\s+(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|and|or|but|that|which|who|what|whose|where|when|as|than|to|in|of|for|with|on|at|by|from)\b)/i;

/**
 * "most of today's Afghanistan", "the borders of today's Iraq": a single proper name right after the
 * possessive, the phrase ending there, after "of", is a place or a people as they are now, not the
 * day's happening ("today's League Cup final", "today's Senate vote" go on to a noun and stay days).
 * Only after "of": "in today's Budget", "at today's Olympics", "after today's Derby" name the day's
 * happening by a capitalised name too. A newspaper's name is that day's edition.
 */
const PLACE_AFTER_TODAY =
  /^['’]s\s+(?!(?:Times|Post|Guardian|Telegraph|Journal|Herald|News|Independent|Observer|Mail|Express)\b)\p{Lu}[\p{Ll}-]+(?=\s*(?:[,.;:!?)"'’”]|$)|\s+(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|and|or|but|that|which|who|whose|where|when|as|than|in|of|for|with|on|at|by|from)\b)/u;

/**
 * "today s Afghanistan", "yesterday s vote": a possessive whose apostrophe was lost in scraping,
 * a lone "s" after the day word.
 */
const LOST_APOSTROPHE = /^\s+s(?=\s)/;

/** "the people of tomorrow", "the world of today": an age, not a day. */
const GENERIC_BEFORE =
  /\b(?:people|world|leaders|children|generations?|jobs|technology|industries)\s+of\s+$/i;

/** today / yesterday / tomorrow and their two-day forms, counted from the DCT. */
export const relativeDayParser: PatternParser = {
  name: 'RelativeDayParser',
  trigger: /\b(?:yesterday|today|tonight|tomorrow)\b/i,
  words: ['yesterday', 'today', 'tonight', 'tomorrow'],
  pattern:
    /(?<![\w-])(?:the\s+)?(day\s+before\s+yesterday|day\s+after\s+tomorrow|yesterday|today|tonight|tomorrow)(?:['’]s|\s+s(?=\s+\w))?(?![\w-])/gi,
  extract(context, match) {
    // The day words alone: the possessive, written or with its apostrophe lost, stays outside.
    const bare = match[0].replace(/['’]s$/, '').replace(/\s+s$/i, '');
    const phrase = bare.replace(/\s+/g, ' ').toLowerCase();
    const offset = OFFSETS[phrase];
    if (offset === undefined) return null;
    const day = shift(context.reference, 'day', offset);
    const tonight = phrase === 'tonight';
    const extentEnd = match.index + bare.length;
    const ofAnAge =
      (phrase === 'today' || phrase === 'tomorrow') &&
      extentEnd === match.index + match[0].length &&
      GENERIC_BEFORE.test(context.text.slice(Math.max(0, match.index - 24), match.index));
    // The possessive read with its lost apostrophe restored, so both rules see "'s".
    const after = context.text.slice(extentEnd, extentEnd + 48).replace(LOST_APOSTROPHE, "'s");
    const afterOf = /\bof\s+$/i.test(context.text.slice(Math.max(0, match.index - 4), match.index));
    const generic =
      phrase === 'today'
        ? (GENERIC_AFTER_TODAY.exec(after) ?? (afterOf ? PLACE_AFTER_TODAY.exec(after) : null))
        : null;
    if (ofAnAge || generic) {
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
          : `"${context.text.slice(match.index, extentEnd)}${generic?.[0] ?? ''}" speaks of the present in general (PRESENT_REF), not of ${context.referenceLabel}`,
      });
    }
    return draft({
      start: match.index,
      // The possessive "'s" of "yesterday's operation" stays outside, as in TimeBank.
      end: extentEnd,
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
