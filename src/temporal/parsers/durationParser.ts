import { draft } from '../draft.ts';
import { NUMBER_PATTERN, parseNumber } from '../numbers.ts';
import type { PatternParser } from '../pipeline.ts';
import { durationValue, UNIT_PATTERN, unitPrecision } from '../units.ts';

const SPAN_WORDS =
  'past|last|next|previous|coming|first|final|recent|latest|following|preceding|ensuing|remaining';

/** An amount right before "a week" makes it a rate: "$35 a night", "four flights a week". */
const RATE_BEFORE =
  /(?:\d(?:[\d,.]*\d)?|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozen|hundred|thousand|million|billion))%?(?:\s+[a-z]+)?\s+$/;

/**
 * Counted spans: "48 hours", "the past two months", "a two-year contract", "several months",
 * "the next few days". TimeML keeps "the past"/"the next" inside the extent.
 */
/** Words between a count and its unit that keep it a span: "two more weeks", "eight trading days". */
const COUNT_QUALIFIER = '(?:more|additional|further|extra|consecutive|straight|trading|business|working)';

/**
 * Every span names a unit after a space or hyphen, and no letter or digit follows it; the
 * parsers below try their patterns only near one.
 */
const UNIT_WORD = new RegExp(`[\\s-](?:${UNIT_PATTERN})(?!\\w)`, 'gi');

/** A modal or a subject pronoun right before "one day" ("will one day", "he one day"). */
const SOMEDAY_BEFORE = /\b(?:will|would|could|can|may|might|should|must|shall|I|we|you|he|she|they)\s+$/i;

export const durationParser: PatternParser = {
  name: 'DurationParser',
  pattern: new RegExp(
    `(?<![\\w-])(?:(the|these|those)\\s+)?(?:(${SPAN_WORDS})\\s+)?(${NUMBER_PATTERN})(?:\\s+${COUNT_QUALIFIER})?(?:\\s+|-)(${UNIT_PATTERN})(\\s+and\\s+a\\s+half)?(-long|-old)?(?![\\w-])`,
    'gi',
  ),
  // Runs of spaces or hyphens before the unit: after "the" 1, after a span word 1, in a count
  // ≤ 3 ("one and a half"), before a qualifier 1, before the unit 1.
  anchor: { pattern: UNIT_WORD, spacesBefore: 7 },
  extract(context, match) {
    const [whole, , , number = '', unitWord = '', andAHalf, age] = match;
    const end = match.index + whole.length;
    // Ages ("a 45-year-old man", "five years old") are not temporal expressions in TimeML.
    if (age !== undefined && age.toLowerCase() !== '-long') return null;
    // "a decades-long battle": the article counts the battle, not the decades (compound parser).
    if (age !== undefined && /^an?$/i.test(number) && /s$/i.test(unitWord)) return null;
    if (/^\s+old\b/i.test(context.text.slice(end, end + 6))) return null;
    // "$1.76 a year", "358,000 a month", "four flights a week": a rate, not a span.
    if (
      /^an?\s/i.test(whole) &&
      RATE_BEFORE.test(context.text.slice(Math.max(0, match.index - 30), match.index))
    )
      return null;
    // "the 1988 second quarter": a year before a singular unit is not a count.
    if (/^(?:1[6-9]|20)\d\d$/.test(number) && !/s$/i.test(unitWord) && !/-/.test(whole)) return null;
    // "three-quarters of its food", "a quarter of the market": a fraction, not a span.
    if (
      /^quarters?$/i.test(unitWord) &&
      /^(?:an?|one|two|three)$/i.test(number) &&
      /^\s+of\b/i.test(context.text.slice(end, end + 4))
    )
      return null;
    // "a second group", "a second betrayal": the ordinal, not the unit.
    if (
      /^an?\s+second$/i.test(whole) &&
      /^\s+[a-z]/.test(context.text.slice(end, end + 2)) &&
      !/^\s+(?:later|earlier|ago|or|and|before|after|of|to|too|in|longer)\b/i.test(
        context.text.slice(end, end + 10),
      )
    )
      return null;
    // "Islam will one day be…", "the hope he one day follow…": "one day" as "some day".
    if (
      /^one\s+day$/i.test(whole) &&
      SOMEDAY_BEFORE.test(context.text.slice(Math.max(0, match.index - 12), match.index))
    ) {
      return draft({
        start: match.index,
        end,
        type: 'DATE',
        value: 'FUTURE_REF',
        precision: 'vague',
        explanation: `"${whole}" after a modal or a subject means "some day": an unspecified future`,
      });
    }
    const parsed = parseNumber(number);
    const count = parsed !== undefined && andAHalf ? parsed + 0.5 : parsed;
    const value = durationValue(count, unitWord);
    if (!value) return null;
    // "a week" inside "once a week" / "twice a year" is a frequency; the set parser takes it.
    if (
      /^an?\s/i.test(whole) &&
      /\b(?:once|twice|times?|per)\s+$/i.test(context.text.slice(Math.max(0, match.index - 8), match.index))
    )
      return null;
    return draft({
      start: match.index,
      end,
      type: 'DURATION',
      value,
      precision: count === undefined ? 'vague' : unitPrecision(unitWord),
      ...(count !== undefined ? { known: { [unitWord.toLowerCase().replace(/s$/, '')]: count } } : {}),
      explanation: `"${whole}" is a span of time: ${value}`,
    });
  },
};

/**
 * "12 to 18 months", "the next two to three weeks", "6-8 years": a span whose length is only
 * bounded, so TIMEX3 has no single count — PXM, as TimeBank marks "the next 12 to 18 months".
 * Both bounds stay in `known` and the explanation.
 */
export const durationRangeParser: PatternParser = {
  name: 'DurationRangeParser',
  trigger:
    /(?:\s(?:to|or)\s|[-–])\S+[\s-](?:seconds?|minutes?|hours?|days?|weeks?|months?|quarters?|years?|decades?|centuries)\b/i,
  pattern: new RegExp(
    `(?<![\\w-])(?:(?:the)\\s+(?:${SPAN_WORDS})\\s+)?(${NUMBER_PATTERN})(?:\\s+(?:to|or)\\s+|\\s*[-–]\\s*)(${NUMBER_PATTERN})(?:\\s+|-)(${UNIT_PATTERN})(?![\\w-])`,
    'gi',
  ),
  // Runs before the unit: in "the past " 2, in two counts ≤ 3 each, around "to" 2, before it 1.
  anchor: { pattern: UNIT_WORD, spacesBefore: 11 },
  extract(_context, match) {
    const [whole, lowText = '', highText = '', unitWord = ''] = match;
    const low = parseNumber(lowText);
    const high = parseNumber(highText);
    // Both bounds must be counts, rising, and not years ("1988-1990 years" is not a span).
    if (low === undefined || high === undefined || high <= low || high >= 1000) return null;
    if (/^an?$/i.test(lowText)) return null;
    const value = durationValue(undefined, unitWord);
    if (!value) return null;
    const unit = unitWord.toLowerCase().replace(/s$/, '');
    return draft({
      start: match.index,
      end: match.index + whole.length,
      type: 'DURATION',
      value,
      precision: 'vague',
      known: { [`${unit}Min`]: low, [`${unit}Max`]: high },
      explanation: `"${whole}" is a span of ${low} to ${high} ${unit}s; TIMEX3 has no range count, so ${value}`,
    });
  },
};

/**
 * "recent weeks", "the coming months", "the weeks ahead": a span of unstated length ending or
 * starting at the DCT — a DURATION with an unknown count (PXW), as TimeBank mostly annotates.
 */
export const recentSpanParser: PatternParser = {
  name: 'RecentSpanParser',
  pattern:
    /(?<![\w-])(?:(?:the\s+)?(?:recent|coming)\s+(days|weeks|months|quarters|years|decades)|the\s+(days|weeks|months|years)\s+ahead)(?![\w-])/gi,
  anchor: { pattern: UNIT_WORD, spacesBefore: 2 },
  extract(_context, match) {
    const value = durationValue(undefined, match[1] ?? match[2] ?? '');
    if (!value) return null;
    return draft({
      start: match.index,
      end: match.index + match[0].length,
      type: 'DURATION',
      value,
      precision: 'vague',
      explanation: `"${match[0]}" is a span of unstated length next to the time of writing: ${value}`,
    });
  },
};

/**
 * A bare plural unit after "for", "over", "within", "in": "for weeks" → "weeks" PXW; and "for a
 * while" → "a while" PXX, a span of no stated unit. The preposition stays outside the extent.
 */
export const vagueDurationParser: PatternParser = {
  name: 'VagueDurationParser',
  pattern:
    /\b(?:for|over|within|in|lasting|last|lasted|took|takes|spent|after)\s+(hours|days|weeks|months|years|decades|a\s+(?:little\s+|long\s+|short\s+)?while)(?![\w-])/gi,
  // The unit (or the "a" of "a while") after the preposition's space.
  anchor: {
    pattern:
      /\s(?:hours|days|weeks|months|years|decades|a(?=\s+(?:(?:little|long|short)\s+)?while))(?![\w-])/gi,
    spacesBefore: 1,
  },
  extract(context, match) {
    // The preposition is matched, not looked behind for: a lookbehind is tried at every position.
    const word = match[1] ?? '';
    // "once in a while" is a frequency, not a span.
    if (
      /while$/i.test(word) &&
      /\bonce\s+$/i.test(context.text.slice(Math.max(0, match.index - 6), match.index))
    )
      return null;
    // "after days" is no span ("after days of talks" is the preposition's object): only "after a while".
    if (/^after\s/i.test(match[0]) && !/while$/i.test(word)) return null;
    const value = /while$/i.test(word) ? 'PXX' : durationValue(undefined, word);
    if (!value) return null;
    const end = match.index + match[0].length;
    return draft({
      start: end - word.length,
      end,
      type: 'DURATION',
      value,
      precision: 'vague',
      explanation: `"${word}" is an uncounted span: ${value}`,
    });
  },
};

/**
 * "decades-long", "a day-long meeting", "a years-old slump": a unit compounded into an
 * adjective without a count — one unit when singular (P1D), an unknown count when plural
 * (PXY). With a count ("a 45-year-old man") it is an age or a span the parser above reads.
 */
export const compoundSpanParser: PatternParser = {
  name: 'CompoundSpanParser',
  pattern: /(?<![\w-])(hours?|days?|weeks?|months?|years?|decades?|centuries|century)-(long|old)(?![\w-])/gi,
  anchor: { pattern: /-(?:long|old)(?![\w-])/gi, spacesBefore: 1 },
  extract(_context, match) {
    const [whole, unitWord = '', suffix = ''] = match;
    const plural = /(?:s|ies)$/i.test(unitWord);
    // "a year-old girl", "the month-old baby" are ages; "years-old", "centuries-old" are spans.
    if (!plural && suffix.toLowerCase() === 'old') return null;
    const value = durationValue(plural ? undefined : 1, unitWord);
    if (!value) return null;
    return draft({
      start: match.index,
      end: match.index + whole.length,
      type: 'DURATION',
      value,
      precision: plural ? 'vague' : unitPrecision(unitWord),
      explanation: `"${whole}" names a span of ${plural ? 'an unstated number of' : 'one'} ${unitWord.toLowerCase()}: ${value}`,
    });
  },
};
