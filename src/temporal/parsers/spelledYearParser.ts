import { monthRange, yearRange } from '../dates.ts';
import { draft } from '../draft.ts';
import type { PatternParser } from '../pipeline.ts';
import { alternation, MONTHS, NUMBER_WORDS } from '../vocabulary.ts';

const TEENS: Readonly<Record<string, number>> = { seventeen: 17, eighteen: 18, nineteen: 19 };
const TENS =
  'ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const ONES = 'one|two|three|four|five|six|seven|eight|nine';

/** The number 10–99 spelled "ninety-six", "ninety six", "eighty", "twelve". */
function twoDigits(text: string): number | undefined {
  const [tens = '', ones] = text.toLowerCase().split(/[\s-]+/);
  const t = NUMBER_WORDS[tens];
  const o = ones ? NUMBER_WORDS[ones] : 0;
  if (t === undefined || o === undefined || (o > 0 && t < 20)) return undefined;
  return t + o;
}

/**
 * A spelled year as a regex source without groups: "nineteen ninety-four", "two thousand and
 * one". Bare "two thousand" is also a count, so callers need a cue ("the year", "the winter of").
 */
export const SPELLED_YEAR = `(?:seventeen|eighteen|nineteen)[\\s-]+(?:${TENS})(?:[\\s-](?:${ONES}))?|two\\s+thousand(?:\\s+and\\s+(?:${ONES}))?`;

/** The year a `SPELLED_YEAR` match spells, or undefined ("nineteen ten-two" is none). */
export function spelledYear(text: string): number | undefined {
  const words = text
    .toLowerCase()
    .trim()
    .split(/[\s-]+/);
  if (words[0] === 'two') return 2000 + (words[3] ? (NUMBER_WORDS[words[3]] ?? 0) : 0);
  const century = TEENS[words[0] ?? ''];
  const n = twoDigits(words.slice(1).join(' '));
  return century === undefined || n === undefined ? undefined : century * 100 + n;
}

/**
 * Years read aloud in broadcast transcripts: "nineteen ninety-six", "(January) nineteen
 * ninety-seven", "the year two thousand". Bare "two thousand" is a count, so it needs "the year".
 */
export const spelledYearParser: PatternParser = {
  name: 'SpelledYearParser',
  trigger: /\b(?:seventeen|eighteen|nineteen|two\s+thousand)\b/i,
  words: ['seventeen', 'eighteen', 'nineteen', 'thousand'],
  pattern: new RegExp(
    `(?<![\\w-])(?:(${alternation(Object.keys(MONTHS).filter((m) => m.length > 3))})\\s+)?(?:(seventeen|eighteen|nineteen)[\\s-]+((?:${TENS})(?:[\\s-](?:${ONES}))?)|the\\s+year\\s+(two\\s+thousand(?:\\s+and\\s+(?:${ONES}))?))(?![\\w-])`,
    'gi',
  ),
  extract(_context, match) {
    const [whole, monthWord, century, rest, twoThousand = ''] = match;
    const year = spelledYear(century ? `${century} ${rest ?? ''}` : twoThousand);
    if (year === undefined) return null;
    const month = monthWord ? MONTHS[monthWord.toLowerCase()] : undefined;
    const base = { start: match.index, end: match.index + whole.length, type: 'DATE' as const };
    if (month !== undefined) {
      return draft({
        ...base,
        value: `${year}-${String(month).padStart(2, '0')}`,
        precision: 'month',
        range: monthRange(year, month),
        known: { year, month },
        explanation: `"${whole}" states the month and a spelled-out year`,
      });
    }
    return draft({
      ...base,
      value: String(year),
      precision: 'year',
      range: yearRange(year),
      known: { year },
      explanation: `"${whole}" spells out the year ${year}`,
    });
  },
};
