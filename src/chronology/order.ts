import type { ChronologyEvent, EventTime } from '../model/chronology.ts';
import type { Precision } from '../model/timex.ts';

/** Finest first: at an equal start, the event that pins time down better is listed first. */
const PRECISION_RANK: Readonly<Record<Precision, number>> = {
  time: 0,
  day: 1,
  week: 2,
  month: 3,
  season: 4,
  quarter: 5,
  year: 6,
  decade: 7,
  vague: 8,
};

/** A half-open interval of epoch milliseconds (UTC): `start` ≤ t < `end`. */
export interface Interval {
  readonly start: number;
  readonly end: number;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * Parses an ISO date or date-time to the epoch milliseconds of its first instant and the
 * length of the unit it names (a day, a minute, a second or a millisecond), so an inclusive
 * end can be turned into an exclusive one. Zoneless date-times are read as UTC; returns
 * `undefined` for anything else, since the core never falls back to the host's zone.
 */
export function parseIsoInstant(iso: string): { ms: number; unit: number } | undefined {
  const m = ISO.exec(iso);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s, frac, zone] = m;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const hour = h === undefined ? 0 : Number(h);
  const minute = mi === undefined ? 0 : Number(mi);
  const second = s === undefined ? 0 : Number(s);
  const millis = frac === undefined ? 0 : Math.floor(Number(`0.${frac}`) * 1000);
  if (hour > 23 || minute > 59 || second > 60) return undefined;
  const date = new Date(0);
  // setUTCFullYear keeps years 0–99 literal, which Date.UTC would map to 1900–1999.
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, millis);
  // Reject 2022-02-30 and the like instead of letting Date roll them into March.
  if (date.getUTCDate() !== day) return undefined;
  let ms = date.getTime();
  if (zone && zone !== 'Z') {
    const sign = zone[0] === '-' ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    ms -= sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4))) * 60_000;
  }
  const unit = h === undefined ? 86_400_000 : frac !== undefined ? 1 : s !== undefined ? 1000 : 60_000;
  return { ms, unit };
}

/**
 * The interval an event covers, in epoch milliseconds (UTC), half-open: the inclusive ISO
 * `end` is extended to the end of the unit it names (`2022-04-10` ends at midnight of the 11th).
 * Unparseable bounds collapse to `NaN`, which every comparison below treats as "unknown".
 */
export function intervalOf(event: Pick<ChronologyEvent, 'when'>): Interval {
  const start = parseIsoInstant(event.when.start);
  const end = parseIsoInstant(event.when.end);
  const s = start ? start.ms : Number.NaN;
  const e = end ? end.ms + end.unit : Number.NaN;
  return { start: s, end: Math.max(e, s) };
}

/** True when two events' intervals share at least one instant. */
export function overlaps(a: Pick<ChronologyEvent, 'when'>, b: Pick<ChronologyEvent, 'when'>): boolean {
  const x = intervalOf(a);
  const y = intervalOf(b);
  return x.start < y.end && y.start < x.end;
}

/** Compares numbers with NaN (an unparseable date) after every real value. */
function compareNumber(a: number, b: number): number {
  const an = Number.isNaN(a);
  const bn = Number.isNaN(b);
  if (an || bn) return an === bn ? 0 : an ? 1 : -1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Code-unit comparison: unlike localeCompare it is the same on every host. */
function compareString(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function isVague(when: EventTime): boolean {
  return when.precision === 'vague';
}

type Orderable = Pick<ChronologyEvent, 'id' | 'when'>;
interface Keyed<E extends Orderable> {
  readonly event: E;
  readonly interval: Interval;
}

function rank(p: Precision): number {
  return PRECISION_RANK[p] ?? PRECISION_RANK.vague;
}

function compareKeyed<E extends Orderable>(x: Keyed<E>, y: Keyed<E>): number {
  const a = x.event;
  const b = y.event;
  return (
    Number(isVague(a.when)) - Number(isVague(b.when)) ||
    compareNumber(x.interval.start, y.interval.start) ||
    rank(a.when.precision) - rank(b.when.precision) ||
    compareNumber(x.interval.end, y.interval.end) ||
    compareString(a.id, b.id) ||
    // Only reached for distinct events sharing an id: keeps the order total anyway.
    compareString(a.when.start, b.when.start) ||
    compareString(a.when.end, b.when.end) ||
    compareString(a.when.value, b.when.value)
  );
}

/**
 * Total, deterministic order of events: vague events ("recently", "in the past") go last,
 * since their interval start is only a lower bound; the rest by interval start, then finer
 * precision first, then interval end, then id. Approximate events sort by their interval
 * start like any other.
 */
export function compareEvents(a: Orderable, b: Orderable): number {
  return compareKeyed({ event: a, interval: intervalOf(a) }, { event: b, interval: intervalOf(b) });
}

/** Returns a new array of the events in `compareEvents` order; the input is not mutated. */
export function orderEvents<E extends Orderable>(events: readonly E[]): E[] {
  // Parse each event's dates once rather than n log n times inside the comparator.
  const keyed = events.map((event) => ({ event, interval: intervalOf(event) }));
  keyed.sort(compareKeyed);
  return keyed.map((k) => k.event);
}
