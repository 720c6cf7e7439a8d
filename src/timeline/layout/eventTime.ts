import type { ChronologyEvent } from '../../model/chronology.ts';

const DAY = 86_400_000;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const HAS_ZONE = /(Z|[+-]\d{2}:?\d{2})$/;

/**
 * Parses a chronology ISO date or date-time as UTC milliseconds. Date-times without a zone are
 * read as UTC so the timeline never depends on the viewer's time zone.
 */
export function parseIsoTime(s: string): number {
  // Chronologies repeat the same few thousand dates; caching makes indexing 100,000 events cheap.
  let t = cache.get(s);
  if (t === undefined) {
    t = DATE_ONLY.test(s) ? Date.parse(`${s}T00:00:00Z`) : Date.parse(HAS_ZONE.test(s) ? s : `${s}Z`);
    if (cache.size > 50_000) cache.clear();
    cache.set(s, t);
  }
  return t;
}
const cache = new Map<string, number>();

/** The half-open interval `[start, end)` in UTC ms that an event covers (`when.end` is inclusive). */
export function eventInterval(e: ChronologyEvent): { start: number; end: number } {
  const start = parseIsoTime(e.when.start);
  // An inclusive end date covers its whole day; an inclusive date-time is a point.
  const endBase = parseIsoTime(e.when.end);
  const end = DATE_ONLY.test(e.when.end) ? endBase + DAY : Math.max(endBase, start + 60_000);
  return { start, end: Math.max(end, start + 60_000) };
}

/** True for "on or before" events: the date is a bound, so the mark fades toward its start. */
export function isOnOrBefore(e: ChronologyEvent): boolean {
  return (
    e.when.mod === 'ON_OR_BEFORE' ||
    e.when.mod === 'BEFORE' ||
    (e.when.approximate && e.when.start !== e.when.end)
  );
}

/** True for events whose date cannot be placed finely enough to sit on the main axis. */
export function isVague(e: ChronologyEvent): boolean {
  return e.when.precision === 'vague';
}

/** True when the event is drawn as a span rather than a point (coarser than a day, or several days). */
export function isRange(e: ChronologyEvent, interval = eventInterval(e)): boolean {
  return interval.end - interval.start > DAY;
}

/** Days between when an event happened (its end) and when it was first reported; 0 when reported the same day. */
export function reportingLagDays(e: ChronologyEvent): number {
  const reported = parseIsoTime(e.reported);
  const happened = parseIsoTime(e.when.end.slice(0, 10));
  return Math.max(0, Math.round((reported - happened) / DAY));
}
