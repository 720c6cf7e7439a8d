import { describe, expect, it } from 'vitest';
import { createContext } from '../../src/temporal/context.ts';
import { agoParser } from '../../src/temporal/parsers/agoParser.ts';
import { comparisonPeriodParser } from '../../src/temporal/parsers/comparisonPeriodParser.ts';
import {
  compoundSpanParser,
  durationParser,
  durationRangeParser,
  recentSpanParser,
  vagueDurationParser,
} from '../../src/temporal/parsers/durationParser.ts';
import { monthOfYearParser } from '../../src/temporal/parsers/monthOfYearParser.ts';
import { theDayParser } from '../../src/temporal/parsers/narrativeParser.ts';
import { partOfDayParser } from '../../src/temporal/parsers/partOfDayParser.ts';
import { quarterParser } from '../../src/temporal/parsers/quarterParser.ts';
import { relativePeriodParser } from '../../src/temporal/parsers/relativePeriodParser.ts';
import { seasonParser } from '../../src/temporal/parsers/seasonParser.ts';
import { everyParser } from '../../src/temporal/parsers/setParser.ts';
import { vagueParser } from '../../src/temporal/parsers/vagueParser.ts';
import { yearParser } from '../../src/temporal/parsers/yearParser.ts';
import { type PatternParser, runParser } from '../../src/temporal/pipeline.ts';

const WORDS = [
  'the',
  'past',
  'last',
  'next',
  'fiscal',
  'year',
  "year's",
  'years',
  'day',
  'days',
  'weeks',
  'fortnight',
  'weekend',
  'quarter',
  'century',
  'one',
  'and',
  'a',
  'half',
  'twenty',
  'four',
  'twenty-four',
  'three',
  '8',
  '12',
  '5',
  '1/2',
  '2,000',
  '1999',
  '2012',
  '20122',
  'FY',
  'to',
  'or',
  'ago',
  'later',
  'earlier',
  'from',
  'now',
  'hence',
  'back',
  'more',
  'trading',
  'number',
  'of',
  'couple',
  '-long',
  'old',
  'recent',
  'coming',
  'ahead',
  'for',
  'over',
  'hours',
  'Chicago',
  'while',
  'little',
  'year-ago',
  'year-earlier',
  'comparable',
  'same',
  'period',
  'months',
  "year's",
  'nine',
  'third',
  'third-quarter',
  '1988',
  'decades-long',
  'day',
  'old',
  'this',
  'that',
  '.',
  ',',
];
const SEPARATORS = [' ', ' ', ' ', '  ', '-', ' - ', ' -- ', '\n', '\u00a0', '', '–'];

/** Deterministic word soups: long count phrases, odd separators, units glued to words. */
function soups(count: number, words: readonly string[] = WORDS): string[] {
  let seed = 7;
  // mulberry32: a fixed seed, so every run tests the same texts.
  const pick = <T>(xs: readonly T[]): T => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return xs[((t ^ (t >>> 14)) >>> 0) % xs.length] as T;
  };
  return Array.from({ length: count }, () =>
    Array.from({ length: 24 }, () => pick(words) + pick(SEPARATORS)).join(''),
  );
}

describe('anchored parsers', () => {
  const parsers: PatternParser[] = [
    durationParser,
    durationRangeParser,
    recentSpanParser,
    vagueDurationParser,
    compoundSpanParser,
    comparisonPeriodParser,
    agoParser,
    relativePeriodParser,
    yearParser,
    vagueParser,
    theDayParser,
    partOfDayParser,
    seasonParser,
    quarterParser,
  ];
  /** Words of vague references, with their neighbours. */
  const VAGUE_WORDS = [
    'the',
    'at',
    'a',
    'right',
    'now',
    'then',
    'then-current',
    'current',
    'currently',
    'present',
    'these',
    'days',
    'old',
    'past',
    'years',
    'near',
    'future',
    'short',
    'term',
    'later',
    'date',
    'moment',
    'recently',
    'someday',
    'account',
  ];
  /** Earnings-report words, so the soups hit the comparison parser's rarer forms. */
  const EARNINGS_WORDS = [
    'the',
    'year-ago',
    'year-earlier',
    'comparable',
    'corresponding',
    'period',
    'quarter',
    'third',
    'fiscal',
    'last',
    "year's",
    'a',
    'year',
    'ago',
    'nine',
    'months',
    '1988',
    'of',
  ];
  /** Words of the day, its parts, seasons and quarters, with what may stand before them. */
  const CALENDAR_WORDS = [
    'the',
    'in',
    'throughout',
    'early',
    'late',
    'mid',
    'day',
    "day's",
    'week',
    'month',
    'morning',
    'midmorning',
    'afternoon',
    'evening',
    'night',
    'tonight',
    'this',
    'last',
    'next',
    'Friday',
    'yesterday',
    'today',
    'spring',
    'summer',
    'fall',
    'falls',
    'winter',
    'season',
    'of',
    '1998',
    "'69",
    'nineteen',
    'ninety-four',
    "year's",
    'year',
    'fiscal',
    'calendar',
    'first',
    'third',
    '2nd',
    'final',
    'two',
    'quarter',
    'quarters',
    'third-quarter',
    'half',
    'period',
  ];
  const calendar = new Set<PatternParser>([theDayParser, partOfDayParser, seasonParser, quarterParser]);
  const vocabulary = (p: PatternParser) =>
    p === comparisonPeriodParser
      ? EARNINGS_WORDS
      : p === vagueParser
        ? VAGUE_WORDS
        : calendar.has(p)
          ? CALENDAR_WORDS
          : WORDS;

  // Matches with as many runs of spaces or hyphens before the anchor as each parser allows.
  const longest: [PatternParser, string][] = [
    [durationParser, 'the past one and a half more years'],
    [durationRangeParser, 'the  next one and a half  to 24 weeks'],
    [agoParser, 'one and a half years or so  ago'],
    [relativePeriodParser, 'the last fiscal  year'],
    [yearParser, 'the fiscal year  1999'],
    [recentSpanParser, 'the recent  days'],
    [vagueDurationParser, 'for  weeks'],
    [compoundSpanParser, 'decades-long'],
    [comparisonPeriodParser, 'the comparable year-ago fiscal third quarter'],
    [comparisonPeriodParser, 'the year-earlier twenty four and a half months'],
    [vagueParser, 'at  the moment'],
    [vagueParser, 'the then-current'],
    [theDayParser, 'throughout  the early  morning'],
    [partOfDayParser, 'Friday  mid-afternoon'],
    [seasonParser, 'last -  summer of 1998'],
    [quarterParser, "this  year's fiscal first  two fiscal  quarters of 1998"],
  ];

  it.each(longest.map(([p, text]) => [p.name, p, text] as const))(
    '%s finds its longest match',
    (_name, parser, text) => {
      const context = createContext(`It said ${text}.`, '2012-03-10');
      const { anchor: _, ...fullScan } = parser;
      const anchored = runParser(context, parser);
      expect(anchored).toHaveLength(1);
      expect(anchored).toEqual(runParser(context, fullScan));
    },
  );

  it.each(parsers.map((p) => [p.name, p] as const))('%s finds what a full scan finds', (_name, parser) => {
    const { anchor, ...fullScan } = parser;
    expect(anchor).toBeDefined();
    let found = 0;
    for (const text of soups(1500, vocabulary(parser))) {
      const context = createContext(text, '2012-03-10');
      const anchored = runParser(context, parser);
      expect(anchored).toEqual(runParser(context, fullScan));
      found += anchored.length;
    }
    // The soups must exercise the parser, or the comparison proves nothing.
    expect(found).toBeGreaterThan(5);
  });
});

describe('anchored parsers of sets and months of a relative year', () => {
  const SET_WORDS = [
    'every',
    'each',
    'Each',
    'per',
    'once',
    'twice',
    'three',
    'times',
    'sometimes',
    'a',
    'A',
    'other',
    'two',
    '2',
    'day',
    'week',
    'weeks',
    'year',
    'season',
    'Monday',
    'and',
    'Thursday',
    'night',
    'July',
    'summer',
    'the',
    'everyone',
    'cent',
    '.',
    ',',
  ];
  const MONTH_WORDS = [
    'last',
    'this',
    'next',
    'Last',
    'March',
    'may',
    'May',
    'mayor',
    'June',
    'Sept.',
    'sept',
    'Jan',
    'year',
    "year's",
    'of',
    '5',
    '12th',
    'mid',
    'the',
    'in',
    'and',
    '.',
    ',',
  ];
  const cases: [PatternParser, string[]][] = [
    [everyParser, SET_WORDS],
    [monthOfYearParser, MONTH_WORDS],
  ];

  it.each(cases.map(([p, words]) => [p.name, p, words] as const))(
    '%s finds what a full scan finds',
    (_name, parser, words) => {
      const { anchor, ...fullScan } = parser;
      expect(anchor).toBeDefined();
      let found = 0;
      for (const text of soups(3000, words)) {
        const context = createContext(text, '2012-03-10');
        const anchored = runParser(context, parser);
        expect(anchored).toEqual(runParser(context, fullScan));
        found += anchored.length;
      }
      expect(found).toBeGreaterThan(5);
    },
  );

  it.each([
    [everyParser, 'he goes there three times a week'],
    [everyParser, 'every other  Monday and Thursday night'],
    [monthOfYearParser, 'on the 5th of March 12 of last year'],
    [monthOfYearParser, 'on 5 of March 12 of last  year'],
  ] as const)('%s finds its longest match in "%s"', (parser, text) => {
    const context = createContext(`It said ${text}.`, '2012-03-10');
    const { anchor: _, ...fullScan } = parser;
    expect(runParser(context, parser)).toEqual(runParser(context, fullScan));
    expect(runParser(context, parser).length).toBeGreaterThan(0);
  });
});
