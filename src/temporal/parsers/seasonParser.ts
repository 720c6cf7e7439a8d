import type { TaggingContext } from '../context.ts';
import type { DateRange } from '../dates.ts';
import { isoDate, latestYearOfTwoDigits, monthRange } from '../dates.ts';
import { draft } from '../draft.ts';
import type { PatternParser } from '../pipeline.ts';
import { tenseAt } from '../tense.ts';
import { SEASONS } from '../vocabulary.ts';
import { SPELLED_YEAR, spelledYear } from './spelledYearParser.ts';

/** The months of a season value `YYYY-XX`; winter `YYYY-WI` runs December YYYY−1 to February YYYY. */
export function seasonRange(year: number, code: string): DateRange {
  const season = Object.values(SEASONS).find((s) => s.code === code);
  if (!season) throw new RangeError(`unknown season ${code}`);
  if (code === 'WI') return { start: isoDate(year - 1, 12, 1), end: monthRange(year, 2).end };
  return { start: isoDate(year, season.first, 1), end: monthRange(year, season.last).end };
}

function pickYear(context: TaggingContext, code: string, which: string, start: number, end: number): number {
  const contains = (y: number) => {
    const r = seasonRange(y, code);
    return r.start <= context.reference && context.reference <= r.end;
  };
  const y = context.year;
  const current = contains(y) ? y : contains(y + 1) ? y + 1 : undefined;
  const startsAfter = (yr: number) => seasonRange(yr, code).start > context.reference;
  const upcoming = startsAfter(y) ? y : y + 1;
  const previous = seasonRange(y, code).end < context.reference ? y : y - 1;
  // "this summer" said in March is the coming one even in a past-tense clause ("said they would
  // join protests this summer"); a past one would be "last summer".
  if (which === 'this')
    return current ?? (seasonRange(y, code).start > context.reference ? upcoming : previous);
  if (which === 'last' || which === 'past') return current !== undefined ? current - 1 : previous;
  if (which === 'next' || which === 'coming') return current !== undefined ? current + 1 : upcoming;
  if (current !== undefined) return current;
  return tenseAt(context.text, start, end) === 'future' ? upcoming : previous;
}

/** "'94" after "the winter of": the latest such year by the DCT (DCT 2013: "'94" is 1994, "'09" 2009). */
function yearOfTwoDigits(digits: string | undefined, context: TaggingContext): string | undefined {
  if (!digits) return undefined;
  return String(latestYearOfTwoDigits(Number(digits), context.year));
}

/**
 * "last fall", "this summer", "the winter of 1998", "spring 2022", "the winter of
 * nineteen ninety-four", "the summer of '69". A bare season needs a cue
 * (a determiner or a year) because "spring" and "fall" are also verbs.
 */
export const seasonParser: PatternParser = {
  name: 'SeasonParser',
  trigger: /\b(?:spring|summer|autumn|fall|winter)\b/i,
  words: ['spring', 'summer', 'autumn', 'fall', 'winter'],
  // (Tried only near a season's name, at most one word before it.)
  anchor: { pattern: /spring|summer|autumn|fall|winter/gi, spacesBefore: 1 },
  pattern: new RegExp(
    `(?<![\\w-])(?:(last|this|next|past|coming|the|early|late|mid)[\\s-]+)?(spring|summer|autumn|fall|winter)(?:\\s+season)?(?:(?:\\s+of)?\\s+((?:19|20)\\d\\d)|\\s+of\\s+(?:(${SPELLED_YEAR})|['’](\\d\\d)))?(?![\\w-])`,
    'gi',
  ),
  extract(context, match) {
    const [whole, which, name = '', digits, spelled, twoDigits] = match;
    const yearText =
      digits ??
      (spelled ? spelledYear(spelled)?.toString() : undefined) ??
      yearOfTwoDigits(twoDigits, context);
    const cue = which?.toLowerCase();
    const season = SEASONS[name.toLowerCase()];
    if (!season) return null;
    if (!cue && !yearText) {
      const before = context.text.slice(Math.max(0, match.index - 12), match.index);
      if (!/\b(?:in|during|this|last|over|through|until|by|since)\s+$/i.test(before)) return null;
    }
    if (name.toLowerCase() === 'fall' && !yearText && cue !== 'last' && cue !== 'this' && cue !== 'next') {
      if (/^\s+of\b/i.test(context.text.slice(match.index + whole.length))) return null;
    }
    const start = match.index + (cue === 'early' || cue === 'late' || cue === 'mid' ? 0 : 0);
    const end = match.index + whole.length;
    const year = yearText ? Number(yearText) : pickYear(context, season.code, cue ?? '', start, end);
    const mod = cue === 'early' ? 'START' : cue === 'late' ? 'END' : cue === 'mid' ? 'MID' : undefined;
    return draft({
      start,
      end,
      type: 'DATE',
      value: `${year}-${season.code}`,
      ...(mod ? { mod } : {}),
      precision: 'season',
      range: seasonRange(year, season.code),
      known: yearText ? { year } : {},
      implied: yearText ? {} : { year },
      anchor: yearText ? 'none' : 'dct',
      explanation: yearText
        ? `"${whole}" states the season and year`
        : `"${whole}": the ${name.toLowerCase()} nearest publication date ${context.referenceLabel}${cue && cue !== 'the' ? ` counted by "${cue}"` : ''} is ${year}-${season.code}`,
    });
  },
};
