import { yearRange, yearsRange } from '../dates.ts';
import { draft } from '../draft.ts';
import type { PatternParser } from '../pipeline.ts';
import { sentenceAround } from '../sentenceAround.ts';
import { alternation, FUTURE_YEAR_CUES, NUMBER_LABELS, ORDINAL_WORDS } from '../vocabulary.ts';

/** Words after a four-digit number that make it a count, not a year. */
const COUNT_NOUNS =
  /^\s*(?:%|percent|per\s+cent|people|persons|men|women|children|troops|soldiers|workers|jobs|shares|units|cars|homes|feet|meters|metres|miles|kilometers|km|tons|tonnes|dollars|euros|yuan|yen|points|votes|members|employees|cases|deaths|barrels|acres|pounds)\b/i;

/** A label right before the number ("resolution 2042", "flight 1549") makes it an identifier. */
const LABEL_BEFORE = new RegExp(`(?:^|[^\\w.#])(?:${alternation(NUMBER_LABELS)})\\s*$`, 'i');

/** A future cue anywhere in the sentence ("will", "by", "target"): a far-future year is plausible. */
const FUTURE_CUE = new RegExp(`\\b(?:${alternation(FUTURE_YEAR_CUES)})\\b|['’]ll\\b`, 'i');

/** A 24-hour clock reading ("at 1653 local time", "1625 Barbara Jones e-mails:"), not a year. */
const CLOCK_AFTER = /^\s*(?:local\s+time|GMT|BST|UTC|EST|EDT|CET|hrs\b|hours\b|h\b)/i;
const isClockReading = (n: number) => Math.floor(n / 100) < 24 && n % 100 < 60;

/** The first reading of a range of clock times before a time zone ("1900 to 2200 EST", "between 2300 and 0200 GMT"). */
const CLOCK_RANGE_AFTER =
  /^\s*(?:to|and|until|till)\s+(\d{4})\s*(?:local\s+time|GMT|BST|UTC|EST|EDT|CET|hrs\b|hours\b|h\b)/i;

/** How many years past the DCT a bare year may lie without a future cue (news looks back). */
const FUTURE_SLACK = 5;

/** Years ("1990", "fiscal 1989", "the year 2000"); decades are in decadeParser.ts. */
export const yearParser: PatternParser = {
  name: 'YearParser',
  trigger: /(?:1[6-9]|20)\d\d/,
  pattern:
    /(?<![\w$£€#.,/]|\d-)(?:(fiscal(?:\s+year)?|the\s+(?:fiscal\s+)?year|calendar\s+year|FY)\s*)?((?:1[6-9]|20)\d\d)(?![\w%]|[.,]\d|-\d)/g,
  // Before the digits: "the fiscal year" 2, then maybe 1.
  anchor: { pattern: /(?:1[6-9]|20)\d\d/g, spacesBefore: 3 },
  extract(context, match) {
    const [whole, prefix] = match;
    const year = Number(match[2]);
    const after = context.text.slice(match.index + whole.length, match.index + whole.length + 20);
    if (!prefix && COUNT_NOUNS.test(after)) return null;
    const before = context.text.slice(Math.max(0, match.index - 16), match.index);
    if (!prefix && LABEL_BEFORE.test(before)) return null;
    // A live blog's time stamps: a clock reading before a time zone, or opening an entry centuries
    // before publication ("1625 Barbara Jones, a Haitian living in the UK, e-mails: …").
    if (!prefix && isClockReading(year)) {
      if (CLOCK_AFTER.test(after)) return null;
      const range = CLOCK_RANGE_AFTER.exec(
        context.text.slice(match.index + whole.length, match.index + whole.length + 30),
      );
      if (range && isClockReading(Number(range[1]))) return null;
      const entry = /(?:^|[\n.!?"”:]\s*)$/.test(before) && /^\s+\p{Lu}/u.test(after);
      if (entry && year < context.year - 100) return null;
    }
    // A year far beyond the DCT with no "fiscal"/"year" cue is more likely a number.
    if (!prefix && year > context.year + 30) return null;
    // Past-tense news rarely names a year well ahead of publication unless it speaks of plans.
    if (!prefix && year > context.year + FUTURE_SLACK) {
      const s = sentenceAround(context.text, match.index, match.index + whole.length);
      if (!FUTURE_CUE.test(context.text.slice(s.start, s.end))) return null;
    }
    return draft({
      start: match.index,
      end: match.index + whole.length,
      type: 'DATE',
      value: String(year),
      precision: 'year',
      range: yearRange(year),
      known: { year },
      explanation: `"${whole}" states the year ${year}`,
    });
  },
};

const ORDINAL_CENTURY = Object.keys(ORDINAL_WORDS).concat([
  'thirteenth',
  'fourteenth',
  'fifteenth',
  'sixteenth',
  'seventeenth',
  'eighteenth',
  'nineteenth',
  'twentieth',
  'twenty-first',
]);
const CENTURY_NUMBER: Record<string, number> = {
  ...ORDINAL_WORDS,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  'twenty-first': 21,
};

/**
 * "the 20th century", "the twenty-first century", "the third century B.C.". TIMEX3 writes the
 * century as its first two year digits ("19" = 1900–1999); before Christ it prefixes "BC", as
 * TIMEX2 and HeidelTime do ("BC02" = the third century BC, 300–201 BC). A BC century has no
 * `range`: ISO dates in the model have four-digit, non-negative years.
 */
export const centuryParser: PatternParser = {
  name: 'CenturyParser',
  trigger: /\bcentury\b/i,
  words: ['century'],
  pattern: new RegExp(
    `(?<![\\w-])(?:the\\s+)?(\\d{1,2})?(?:st|nd|rd|th)?(${ORDINAL_CENTURY.join('|')})?\\s+century(?:\\s+(B\\.\\s?C\\.(?:E\\.)?|BCE?|A\\.\\s?D\\.|AD|CE)(?![\\w-]))?(?![\\w-])`,
    'gi',
  ),
  extract(_context, match) {
    const [whole, digits, word, era] = match;
    const n = digits ? Number(digits) : CENTURY_NUMBER[(word ?? '').toLowerCase()];
    if (!n || n < 1 || (!digits && !word)) return null;
    const century = n - 1;
    const base = {
      start: match.index,
      end: match.index + whole.length,
      type: 'DATE' as const,
      precision: 'decade' as const,
      known: { century },
    };
    if (era && /^B/i.test(era)) {
      return draft({
        ...base,
        value: `BC${String(century).padStart(2, '0')}`,
        explanation: `"${whole}" names the years ${n * 100}–${century * 100 + 1} BC`,
      });
    }
    return draft({
      ...base,
      value: String(century).padStart(2, '0'),
      range: yearsRange(century * 100, century * 100 + 99),
      explanation: `"${whole}" names the years ${century * 100}–${century * 100 + 99}`,
    });
  },
};
