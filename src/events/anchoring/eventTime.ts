import type { EventTime } from '../../model/chronology.ts';
import type { TemporalExpression } from '../../model/timex.ts';

/** How far back an undated happening may lie: news reports recent events, a month is a fair bound. */
export const OPEN_START_DAYS = 30;
/** How far back a vague past reference ("months ago", "recently") may lie. */
export const VAGUE_PAST_DAYS = 365;

/** Days added to dates lately, by date and number of days (see `addDays`); cleared when this many dates are held. */
const SUMS_KEPT = 256;
const sums = new Map<string, Map<number, string>>();

/**
 * Adds days to an ISO date (UTC calendar arithmetic; never reads the clock). The same few sums
 * come up again and again (an article's publication date less 30 or 365 days, for every sentence
 * that asks), and a `Date` parsed and printed costs a microsecond: the answers are kept, for at
 * most `SUMS_KEPT` dates at a time.
 */
export function addDays(iso: string, days: number): string {
  let byDays = sums.get(iso);
  const known = byDays?.get(days);
  if (known !== undefined) return known;
  const d = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  const sum = d.toISOString().slice(0, 10);
  if (!byDays) {
    if (sums.size >= SUMS_KEPT) sums.clear();
    byDays = new Map();
    sums.set(iso, byDays);
  }
  if (byDays.size < SUMS_KEPT) byDays.set(days, sum);
  return sum;
}

/** Whether an expression can anchor an event: a placeable date or time, not a duration or a set. */
export function canAnchor(t: TemporalExpression): boolean {
  if (t.type === 'DURATION' || t.type === 'SET') return false;
  if (t.range) return true;
  return isVaguePast(t);
}

/** PAST_REF and kin ("months ago", "recently"): a happening in the unspecified past. "now" (PRESENT_REF) is not one. */
export function isVaguePast(t: TemporalExpression): boolean {
  return (
    t.value === 'PAST_REF' ||
    (t.precision === 'vague' &&
      t.type !== 'DURATION' &&
      !t.value.startsWith('FUTURE') &&
      !t.value.startsWith('PRESENT'))
  );
}

/** The time of an event anchored by an expression; `since` stretches it to publication. */
export function timeFromTimex(t: TemporalExpression, published: string, since: boolean): EventTime {
  const explanation = t.explanation || `“${t.text}”`;
  if (!t.range) {
    // Vague past: somewhere before publication, drawn as such.
    return {
      start: addDays(published, -VAGUE_PAST_DAYS),
      end: published,
      precision: 'vague',
      value: t.value,
      approximate: true,
      mod: 'BEFORE',
      explanation: `${explanation}; an unspecified time before publication (${published})`,
    };
  }
  if (since) {
    const end = t.range.start > published ? t.range.end : published;
    return {
      start: t.range.start,
      end,
      precision: t.precision,
      value: t.value,
      approximate:
        (t.precision !== 'day' && t.precision !== 'time') || t.mod === 'START' || t.mod === 'APPROX',
      mod: 'ON_OR_AFTER',
      explanation: `since ${explanation}; ongoing until publication (${published})`,
    };
  }
  return {
    start: t.range.start,
    end: t.range.end,
    precision: t.precision,
    value: t.value,
    approximate: t.mod === 'APPROX' || t.precision === 'vague',
    ...(t.mod ? { mod: t.mod } : {}),
    explanation,
  };
}

/**
 * An undated happening reported no later than `end` (publication or the statement date):
 * drawn as an open interval ending there, never silently on that day.
 */
export function onOrBefore(end: string, why: string): EventTime {
  return {
    start: addDays(end, -OPEN_START_DAYS),
    end,
    precision: 'day',
    value: end,
    approximate: true,
    mod: 'ON_OR_BEFORE',
    explanation: `${why}; on or before ${end} (earliest bound ${OPEN_START_DAYS} days earlier)`,
  };
}

/**
 * An undated happening that is not the article's news: background, or a happening the text does
 * not place. It happened before `end` (publication or the statement date), nothing says how long
 * before, so it is vague ("sometime before"), not drawn in the month before publication.
 */
export function sometimeBefore(end: string, why: string): EventTime {
  return {
    start: addDays(end, -VAGUE_PAST_DAYS),
    end,
    precision: 'vague',
    value: 'PAST_REF',
    approximate: true,
    mod: 'ON_OR_BEFORE',
    explanation: `${why}, nor is it the news of the article; an unspecified time on or before ${end}`,
  };
}

/**
 * The time of an undated happening: the article's news lies on or before publication, within a
 * month; background only sometime before it.
 */
export const undatedTime = (end: string, why: string, news: boolean): EventTime =>
  news ? onOrBefore(end, why) : sometimeBefore(end, why);

/** A statement reported without a date of its own: the publication day, marked as inferred. */
export function reportedOn(published: string): EventTime {
  return {
    start: published,
    end: published,
    precision: 'day',
    value: published,
    approximate: true,
    explanation: `reported in the article published ${published}; the statement carries no date of its own`,
  };
}
