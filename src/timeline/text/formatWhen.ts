import { utcFormat } from 'd3-time-format';
import type { ChronologyEvent } from '../../model/chronology.ts';
import { shownTitle } from '../../model/shownTitle.ts';
import { parseIsoTime } from '../layout/eventTime.ts';

const day = utcFormat('%-d %B %Y');
const dayMonth = utcFormat('%-d %B');
const dayOnly = utcFormat('%-d');
const month = utcFormat('%B %Y');
const year = utcFormat('%Y');
const time = utcFormat('%-d %B %Y, %H:%M UTC');

/** Formats an inclusive ISO date span compactly: "2–12 April 2022", "30 March – 2 April 2022". */
export function formatSpan(startIso: string, endIso: string): string {
  const a = new Date(parseIsoTime(startIso.slice(0, 10)));
  const b = new Date(parseIsoTime(endIso.slice(0, 10)));
  if (a.getTime() === b.getTime()) return day(a);
  if (a.getUTCFullYear() !== b.getUTCFullYear()) return `${day(a)} – ${day(b)}`;
  if (a.getUTCMonth() !== b.getUTCMonth()) return `${dayMonth(a)} – ${day(b)}`;
  return `${dayOnly(a)}–${day(b)}`;
}

/** A reader-facing date of an event, honest about precision and "on or before". */
export function formatWhen(e: ChronologyEvent): string {
  const w = e.when;
  const start = new Date(parseIsoTime(w.start));
  const end = new Date(parseIsoTime(w.end));
  if (w.precision === 'vague') return `sometime before ${day(new Date(parseIsoTime(e.reported)))}`;
  if (w.mod === 'ON_OR_BEFORE' || w.mod === 'BEFORE') {
    return `${w.mod === 'BEFORE' ? 'before' : 'on or before'} ${day(end)}`;
  }
  switch (w.precision) {
    case 'time':
      return time(start);
    case 'week':
      return `week of ${formatSpan(w.start, w.end)}`;
    case 'month':
      return month(start);
    case 'year':
      return year(start);
    case 'decade':
      return `${year(start)}s`;
    default:
      return formatSpan(w.start, w.end);
  }
}

/** The accessible name of an event mark: its date then its title. */
export function accessibleName(e: ChronologyEvent): string {
  return `${formatWhen(e)}: ${shownTitle(e)}`;
}

/** Formats a `YYYY-MM-DD` date for display. */
export function formatDay(iso: string): string {
  return day(new Date(parseIsoTime(iso.slice(0, 10))));
}

/** Formats a UTC ms window as "2 April – 26 June 2022". */
export function formatWindow(start: number, end: number): string {
  const iso = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
  return formatSpan(iso(start), iso(end - 1));
}
