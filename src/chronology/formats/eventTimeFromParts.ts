import type { EventTime } from '../../model/chronology.ts';
import { PRECISIONS, type Precision, TIMEX_MODS, type TimexMod } from '../../model/timex.ts';
import { parseIsoInstant } from '../order.ts';

const PRECISION_SET: ReadonlySet<string> = new Set(PRECISIONS);
const MOD_SET: ReadonlySet<string> = new Set(TIMEX_MODS);

/** True for the precisions the model knows. */
export function isPrecision(s: string): s is Precision {
  return PRECISION_SET.has(s);
}

/** True for the TIMEX3 modifiers the model knows. */
export function isTimexMod(s: string): s is TimexMod {
  return MOD_SET.has(s);
}

/** Date fields as flat formats carry them: strings that may be partial (`2022`, `2022-04`). */
export interface TimeParts {
  readonly start: string;
  readonly end?: string;
  readonly precision?: string;
  readonly value?: string;
  readonly approximate?: boolean;
  readonly mod?: string;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Expands a partial date to its first (`edge` = 'start') or last day, keeping full dates as they are. */
function expand(s: string, edge: 'start' | 'end'): { iso: string; implied: Precision } | undefined {
  const t = s.trim();
  let m = /^(\d{4})$/.exec(t);
  if (m) return { iso: edge === 'start' ? `${m[1]}-01-01` : `${m[1]}-12-31`, implied: 'year' };
  m = /^(\d{4})-(\d{1,2})$/.exec(t);
  if (m) {
    const month = Number(m[2]);
    if (month < 1 || month > 12) return undefined;
    const mm = String(month).padStart(2, '0');
    const dd = edge === 'start' ? '01' : String(daysInMonth(Number(m[1]), month)).padStart(2, '0');
    return { iso: `${m[1]}-${mm}-${dd}`, implied: 'month' };
  }
  if (!parseIsoInstant(t)) return undefined;
  return { iso: t, implied: t.includes('T') ? 'time' : 'day' };
}

/**
 * Builds the model's `EventTime` from flat date fields, filling what a hand-made file leaves
 * out: a year or month start implies its own end and precision, a missing value is the start
 * as written. Returns a message instead when the fields cannot make a valid interval.
 */
export function eventTimeFromParts(parts: TimeParts): EventTime | string {
  if (!parts.start.trim()) return 'missing start date';
  const start = expand(parts.start, 'start');
  if (!start)
    return `start "${parts.start}" is not a date (expected YYYY, YYYY-MM, YYYY-MM-DD or an ISO date-time)`;
  const endText = parts.end?.trim() ? parts.end : parts.start;
  const end = expand(endText, 'end');
  if (!end)
    return `end "${parts.end}" is not a date (expected YYYY, YYYY-MM, YYYY-MM-DD or an ISO date-time)`;
  const s = parseIsoInstant(start.iso)!;
  const e = parseIsoInstant(end.iso)!;
  if (e.ms + e.unit <= s.ms) return `end ${end.iso} is before start ${start.iso}`;
  let precision: Precision = start.implied;
  if (parts.precision?.trim()) {
    const p = parts.precision.trim().toLowerCase();
    if (!isPrecision(p))
      return `unknown precision "${parts.precision}" (expected one of ${[...PRECISIONS].join(', ')})`;
    precision = p;
  }
  let mod: TimexMod | undefined;
  if (parts.mod?.trim()) {
    const m = parts.mod.trim().toUpperCase();
    if (!isTimexMod(m)) return `unknown mod "${parts.mod}"`;
    mod = m;
  }
  return {
    start: start.iso,
    end: end.iso,
    precision,
    value: parts.value?.trim() || parts.start.trim(),
    approximate: parts.approximate ?? false,
    ...(mod ? { mod } : {}),
  };
}
