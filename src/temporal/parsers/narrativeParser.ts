import { WEEKDAY_NAMES } from '../calendarNames.ts';
import { draft } from '../draft.ts';
import type { PatternParser } from '../pipeline.ts';
import { tenseAt } from '../tense.ts';
import { alternation, DAY_PARTS, MONTHS, ORDINAL_WORDS, WEEKDAYS } from '../vocabulary.ts';

const PARTS = 'morning|afternoon|evening|night';
const STEP: Readonly<Record<string, number>> = { next: 1, following: 1, previous: -1, preceding: -1 };

/**
 * Phrases dated only by the story around them: "the year-earlier period", "year-ago", "the day
 * before", "the next day" (also matched by the relative-period parser), and the parts of days
 * and weekdays counted from the story's day: "the next morning", "that night", "the night
 * before", "the previous Friday".
 */
export const narrativeParser: PatternParser = {
  name: 'NarrativeParser',
  pattern: new RegExp(
    `(?<![\\w-])(?:(the\\s+)?(year-earlier|year-ago)(?:\\s+period)?|the\\s+(day|week|month|year|${PARTS})\\s+(before|after)(?=\\s*[,.;])|(?:the\\s+(next|following|previous|preceding)|(that))\\s+(${PARTS}|${alternation(Object.keys(WEEKDAYS))}))(?![\\w-])`,
    'gi',
  ),
  extract(_context, match) {
    const [whole, , adjective, unit = 'day', direction, step, that, target = ''] = match;
    const base = {
      start: match.index,
      end: match.index + whole.length,
      type: 'DATE' as const,
      precision: 'year' as const,
    };
    if (adjective) {
      return draft({
        ...base,
        pending: { kind: 'narrative', unit: 'year', offset: -1, comparison: true, yearBefore: true },
      });
    }
    const word = (direction ? unit : target).toLowerCase();
    const offset = direction
      ? direction.toLowerCase() === 'before'
        ? -1
        : 1
      : that
        ? 0
        : (STEP[(step ?? '').toLowerCase()] ?? 0);
    const part = DAY_PARTS[word];
    if (part) {
      // "the morning after" is the pill or the hangover more often than a date.
      if (direction?.toLowerCase() === 'after') return null;
      return draft({
        ...base,
        type: 'TIME',
        precision: 'time',
        pending: { kind: 'narrative', unit: 'day', offset, part },
      });
    }
    const weekday = WEEKDAYS[word];
    if (weekday !== undefined) {
      // "that Friday" names the week's Friday the story is in, which needs more than a step.
      if (that) return null;
      return draft({
        ...base,
        precision: 'day',
        known: { weekday },
        pending: { kind: 'narrative', unit: 'day', offset, weekday },
      });
    }
    return draft({
      ...base,
      pending: { kind: 'narrative', unit: word as 'day' | 'week' | 'month' | 'year', offset },
    });
  },
};

/** Prepositions that make "the morning" the morning of the story's day: "in the morning". */
const PART_PREPOSITION = /^(?:in|during|through|throughout|over|by|until|till)$/i;
/** "the evening news", "the morning papers": a part of day used as a modifier is no date. */
const PART_AS_MODIFIER = /^\s+(?:news|papers?|editions?|shows?|programs?|prayers?|star|sky|air|sun|rush)\b/i;
/**
 * What may not follow: "the day before", "the day he died", "the day Friday" are other
 * phrases; "the day in question" and "the day to come" are not the story's day either.
 */
const NOT_AFTER = new RegExp(
  String.raw`^\s+(?:before|after|of|that|when|which|he|she|they|it|we|I|${WEEKDAY_NAMES.join('|')})\b`,
  'i',
);
const PRONOUN_AFTER = /^\s+(?:he|she|they|it|we|I)\b/i;
const NOT_AFTER_DAY = /^\s+(?:in|to|ahead)\b/i;

/**
 * "later in the day", "for the week", "the week's most active session", "by the end of the
 * month": a definite "the day/week/month" after a preposition, or possessive, is the day or week the story is at — the last
 * placed date, else the DCT's. The preposition stays outside the extent. In a past-tense
 * clause "in the morning", "during the night" are that part of the story's day, a TIME.
 */
export const theDayParser: PatternParser = {
  name: 'TheDayParser',
  trigger: /\bthe\s+(?:(?:early|late)\s+)?(?:day|week|month|morning|afternoon|evening|night)\b/i,
  // (Tried only near "the day", "the week" …: one run of spaces before it, after the preposition.)
  anchor: {
    pattern: /the\s+(?:(?:early|late)\s+)?(?:day|week|month|morning|afternoon|evening|night)/gi,
    spacesBefore: 1,
  },
  pattern:
    /\b(?:(in|for|during|on|of|through|throughout|over|by|until|till)\s+)?(the\s+(?:(early|late)\s+)?(day|week|month|morning|afternoon|evening|night))(?:(['’]s)|(?![\w-]))/gi,
  extract(context, match) {
    const [whole, preposition = '', phrase = '', edge, unitWord = '', possessive] = match;
    const start = match.index + whole.indexOf(phrase);
    const end = start + phrase.length;
    const unit = unitWord.toLowerCase();
    const part = unit === 'day' || unit === 'week' || unit === 'month' ? undefined : DAY_PARTS[unit];
    const after = context.text.slice(match.index + whole.length, match.index + whole.length + 12);
    // "employee of the month", "player of the week": an award, not a time.
    if (
      unit === 'month' || unit === 'week' || unit === 'year'
        ? /\b(?:employee|player|manager|coach|pick|book|artist|song|album|goal|deal|story|photo|word)\s+of\s+$/i.test(
            context.text.slice(Math.max(0, start - 20), start),
          )
        : false
    )
      return null;
    // "later in the week they rose", "by the end of the month they": a pronoun starts the clause.
    const before = context.text.slice(Math.max(0, match.index - 10), match.index);
    const edgeOf =
      (/^in$/i.test(preposition) && /\b(?:later|earlier)\s+$/i.test(before)) ||
      (/^of$/i.test(preposition) && /\b(?:end|beginning|start|middle|rest)\s+$/i.test(before));
    if (NOT_AFTER.test(after) && !(edgeOf && PRONOUN_AFTER.test(after))) return null;
    if (part) {
      if (!PART_PREPOSITION.test(preposition)) return null;
      if (PART_AS_MODIFIER.test(after)) return null;
      // "He works in the evening" is a habit, not a time; only a narrated past is placed.
      if (tenseAt(context.text, start, end) !== 'past') return null;
      return draft({
        start,
        end,
        type: 'TIME',
        precision: 'time',
        ...(edge ? { mod: edge.toLowerCase() === 'early' ? ('START' as const) : ('END' as const) } : {}),
        pending: { kind: 'narrative', unit: 'day', offset: 0, part },
      });
    }
    if (edge || NOT_AFTER_DAY.test(after)) return null;
    if (!possessive && !preposition) return null;
    // "The couple are stuck in their room for most of the day": a share of any day, told in the
    // present, is a routine, not the story's day ("fighting raged for much of the day" is).
    if (
      unit === 'day' &&
      /^of$/i.test(preposition) &&
      /\b(?:most|much|part|all|some)\s+$/i.test(before) &&
      tenseAt(context.text, start, end) === 'present'
    )
      return null;
    if (preposition.toLowerCase() === 'by' || /^till?$|^until$/i.test(preposition)) return null;
    // "a day", "the day" as a unit of rates ("twice the day") or counts is not a date.
    if (/^\s*(?:-|long|old)\b/i.test(context.text.slice(end, end + 6))) return null;
    const period = unit === 'week' || unit === 'month' ? unit : 'day';
    return draft({
      start,
      end,
      type: 'DATE',
      precision: period,
      pending: { kind: 'narrative', unit: period, offset: 0 },
    });
  },
};

const CALENDAR_AFTER_OF = new RegExp(
  `^\\s+(?:the\\s+(?:month|year|week|season|quarter)|this\\s+(?:month|year|week)|${alternation(Object.keys(MONTHS))})\\b`,
  'i',
);

/**
 * "Today is the eighth day of Desert Shield", "It's the second day of an offensive": a day
 * counted within a running event, said of the present, is the publication day.
 */
export const runningDayParser: PatternParser = {
  name: 'RunningDayParser',
  trigger: /\bday\s+of\b/i,
  pattern: new RegExp(
    `\\b(?:today|it|this)(?:\\s+(?:is|marks)|['’]s)\\s+(the\\s+(?:${alternation(Object.keys(ORDINAL_WORDS))}|\\d+(?:st|nd|rd|th))\\s+(?:straight\\s+|consecutive\\s+)?day)\\s+of\\b`,
    'gi',
  ),
  extract(context, match) {
    const phrase = match[1] ?? '';
    // "the eighth day of the month", "the first day of May": a calendar day, not a running count.
    const after = context.text.slice(match.index + match[0].length, match.index + match[0].length + 16);
    if (CALENDAR_AFTER_OF.test(after)) return null;
    const start = match.index + match[0].indexOf(phrase);
    return draft({
      start,
      end: start + phrase.length,
      type: 'DATE',
      value: context.reference,
      precision: 'day',
      range: { start: context.reference, end: context.reference },
      anchor: 'dct',
      explanation: `"${match[0].trim()}" counts the days of something still going on: the day of publication, ${context.referenceLabel}`,
    });
  },
};
