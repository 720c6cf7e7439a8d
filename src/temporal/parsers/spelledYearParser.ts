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
 * Years read aloud in broadcast transcripts: "nineteen ninety-six", "(January) nineteen
 * ninety-seven", "the year two thousand". Bare "two thousand" is a count, so it needs "the year".
 */
export const spelledYearParser: PatternParser = {
  name: 'SpelledYearParser',
  trigger: /\b(?:seventeen|eighteen|nineteen|two\s+thousand)\b/i,
  pattern: new RegExp(
    `(?<![\\w-])(?:(${alternation(Object.keys(MONTHS).filter((m) => m.length > 3))})\\s+)?(?:(seventeen|eighteen|nineteen)[\\s-]+((?:${TENS})(?:[\\s-](?:${ONES}))?)|the\\s+year\\s+two\\s+thousand(?:\\s+and\\s+(${ONES}))?)(?![\\w-])`,
    'gi',
  ),
  extract(_context, match) {
    const [whole, monthWord, century, rest, thousandAnd] = match;
    let year: number;
    if (century) {
      const n = twoDigits(rest ?? '');
      if (n === undefined) return null;
      year = (TEENS[century.toLowerCase()] ?? 19) * 100 + n;
    } else year = 2000 + (thousandAnd ? (NUMBER_WORDS[thousandAnd.toLowerCase()] ?? 0) : 0);
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
