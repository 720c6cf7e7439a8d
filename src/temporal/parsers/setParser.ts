import { draft } from '../draft.ts';
import { NUMBER_PATTERN, parseNumber } from '../numbers.ts';
import type { PatternParser } from '../pipeline.ts';
import { durationValue, UNIT_PATTERN } from '../units.ts';
import { alternation, SEASONS, WEEKDAYS } from '../vocabulary.ts';

const ADVERBS: Readonly<Record<string, string>> = {
  hourly: 'PT1H',
  daily: 'P1D',
  nightly: 'P1D',
  weekly: 'P1W',
  biweekly: 'P2W',
  monthly: 'P1M',
  annually: 'P1Y',
  yearly: 'P1Y',
};

/** "daily", "weekly", "annually": frequency adverbs are SETs of one unit. */
export const frequencyParser: PatternParser = {
  name: 'FrequencyParser',
  pattern: new RegExp(`(?<![\\w-])(?:${alternation(Object.keys(ADVERBS))})(?![\\w-])`, 'gi'),
  extract(context, match) {
    const value = ADVERBS[match[0].toLowerCase()];
    if (!value) return null;
    // "the Communist Party daily Granma", "the weekly Der Spiegel", "a daily newspaper": a
    // publication, not a repetition.
    if (
      PUBLICATION.test(context.text.slice(match.index + match[0].length, match.index + match[0].length + 20))
    )
      return null;
    return draft({
      start: match.index,
      end: match.index + match[0].length,
      type: 'SET',
      value,
      precision: 'vague',
      explanation: `"${match[0]}" repeats every ${value}`,
    });
  },
};

/** What follows "daily"/"weekly" when it names a publication: a title or a word for one. */
const PUBLICATION = /^\s+(?:(?:news)?papers?\b|tabloid\b|magazine\b|[A-Z][a-z])/;

/** "every day", "each year", "every two weeks", "every winter", "each season", "every Monday", "per year". */
export const everyParser: PatternParser = {
  name: 'EveryParser',
  pattern: new RegExp(
    `(?<![\\w-])(every|each|per|a)\\s+(?:other\\s+)?(?:(${NUMBER_PATTERN})\\s+)?(${UNIT_PATTERN}|seasons?|${alternation(Object.keys(SEASONS))}|${alternation(Object.keys(WEEKDAYS))})(?![\\w-])`,
    'gi',
  ),
  extract(context, match) {
    const [whole, quantifier = '', number, word = ''] = match;
    const q = quantifier.toLowerCase();
    const lower = word.toLowerCase();
    // "a year" is a frequency only after "once", "twice", "three times".
    if (
      q === 'a' &&
      !/\b(?:once|twice|thrice|times)\s+$/i.test(
        context.text.slice(Math.max(0, match.index - 12), match.index),
      )
    )
      return null;
    const base = {
      start: match.index,
      end: match.index + whole.length,
      type: 'SET' as const,
      precision: 'vague' as const,
    };
    const season = SEASONS[lower];
    if (season)
      return draft({ ...base, value: `XXXX-${season.code}`, explanation: `"${whole}" recurs each ${lower}` });
    // TIMEX3 has no season unit: a season is a quarter of the year, three months.
    if (lower === 'season' && !number)
      return draft({
        ...base,
        value: 'P3M',
        explanation: `"${whole}" recurs every season, about three months (P3M)`,
      });
    const weekday = WEEKDAYS[lower];
    if (weekday !== undefined) {
      return draft({
        ...base,
        value: `XXXX-WXX-${weekday === 0 ? 7 : weekday}`,
        explanation: `"${whole}" recurs each ${word}`,
      });
    }
    const count = number ? parseNumber(number) : /other/i.test(whole) ? 2 : 1;
    if (count === undefined) return null;
    const value = durationValue(count, lower);
    if (!value) return null;
    return draft({ ...base, value, explanation: `"${whole}" recurs every ${value}` });
  },
};
