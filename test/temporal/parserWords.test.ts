import { describe, expect, it } from 'vitest';
import { configuration } from '../../src/temporal/configuration.ts';
import type { PatternParser } from '../../src/temporal/pipeline.ts';
import {
  ISLAMIC_HOLIDAYS,
  ISLAMIC_MONTHS,
  PERSIAN_MONTHS,
} from '../../src/temporal/vocabulary/hijriCalendars.ts';
import { firstWords } from '../../src/temporal/vocabulary.ts';

/** What may stand around a parser's words: counts, years, days, possessives, hyphens. */
const NEIGHBOURS = [
  'the',
  'last',
  'next',
  'past',
  'this',
  'early',
  'mid',
  'two',
  'three',
  'first',
  'fourth',
  'of',
  'on',
  'at',
  'in',
  'month',
  'holy',
  'year',
  'twenty',
  'one',
  'and',
  '12',
  '3rd',
  '2012',
  '1433',
  'Monday',
  'season',
  'weekend',
  'latest',
  'most',
  'recent',
  'AH',
  "'s",
  '’s',
  'x',
  'the weekend',
  'the first and third quarters',
  'the second and fourth',
  'the quarter',
  'the latest period',
  'the last Monday of every month',
];
const SEPARATORS = [' ', ' ', ' ', '-', ', ', "'", '\n', ''];

/** Deterministic soups of a parser's words (as written in names) and their neighbours. */
function soups(words: readonly string[], count: number): string[] {
  let seed = 11;
  const pick = <T>(xs: readonly T[]): T => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return xs[((t ^ (t >>> 14)) >>> 0) % xs.length] as T;
  };
  const vocabulary = [...words, ...words.map((w) => w[0]?.toUpperCase() + w.slice(1)), ...NEIGHBOURS];
  return Array.from({ length: count }, () =>
    Array.from({ length: 30 }, () => pick(vocabulary) + pick(SEPARATORS)).join(''),
  );
}

/** Whole names of the Hijri calendars, so the soups hold "rabi' al-awwal", "eid-ul-fitr". */
const NAMES = [
  ...Object.keys(ISLAMIC_MONTHS),
  ...Object.keys(ISLAMIC_HOLIDAYS),
  ...Object.keys(PERSIAN_MONTHS),
];

describe('parser words', () => {
  const gated = configuration.parsers.filter(
    (p): p is PatternParser => 'words' in p && p.words !== undefined,
  );

  it('are declared by the parsers that skip most texts', () => {
    expect(gated.map((p) => p.name)).toContain('IslamicHolidayParser');
    expect(gated.length).toBeGreaterThanOrEqual(13);
  });

  for (const parser of gated) {
    it(`${parser.name}: every match holds one of its words whole`, () => {
      const words = parser.words ?? [];
      let matches = 0;
      for (const text of soups([...words, ...NAMES], 400)) {
        for (const m of text.matchAll(parser.pattern)) {
          matches++;
          const held = words.some((w) => new RegExp(`\\b${w}\\b`, 'i').test(m[0]));
          expect(held, `${parser.name} matched ${JSON.stringify(m[0])}`).toBe(true);
        }
      }
      expect(matches).toBeGreaterThan(0);
    });
  }
});

describe('firstWords', () => {
  it('gives the first word of each name once, lower-cased', () => {
    expect(firstWords(["Rabi' al-awwal", 'rabi al-thani', 'eid-ul-fitr', 'Ashura'])).toEqual([
      'rabi',
      'eid',
      'ashura',
    ]);
  });

  it('throws on a name whose first word is not a whole word of letters', () => {
    expect(() => firstWords(['9/11 anniversary'])).toThrow();
    expect(() => firstWords(['mid2012'])).toThrow();
  });
});
