import type { Precision } from '../model/timex.ts';
import type { DateRange } from './dates.ts';
import {
  fieldsOf,
  humanDate,
  humanMonth,
  isoDate,
  monthRange,
  shift,
  yearRange,
  yearsRange,
} from './dates.ts';
import { UNITS } from './vocabulary.ts';

/** A regex alternation of every duration unit word. */
export const UNIT_PATTERN = Object.keys(UNITS)
  .sort((a, b) => b.length - a.length)
  .join('|');

/** Half of a unit in the next smaller one, as an ISO-8601 suffix. */
const HALF: Readonly<Record<string, string>> = {
  minute: '30S',
  hour: '30M',
  day: 'T12H',
  year: '6M',
};

/** ISO-8601 duration for a count of a unit word ("48", "hours" → PT48H); `undefined` count → PX…. */
export function durationValue(count: number | undefined, unitWord: string): string | undefined {
  const unit = UNITS[unitWord.toLowerCase()];
  if (!unit) return undefined;
  const t = unit.time ? 'T' : '';
  // ISO 8601 has no quarter unit: a quarter is three months ("the next three quarters" P9M).
  if (unit.unit === 'quarter') return count === undefined ? 'PXM' : `P${count * 3}M`;
  if (count === undefined) {
    const letter = unit.unit === 'decade' ? 'DE' : unit.unit === 'century' ? 'CE' : unit.letter;
    return `P${t}X${letter === 'WE' ? 'WE' : letter}`;
  }
  if (unit.unit === 'decade') return `P${count * 10}Y`;
  if (unit.unit === 'century') return `P${count * 100}Y`;
  if (unit.unit === 'fortnight') return `P${count * 2}W`;
  if (unit.unit === 'weekend') return `P${count * 2}D`;
  if (!Number.isInteger(count)) {
    // "5 1/2 hours" is PT5H30M: whole units, then the half in the next smaller unit.
    const whole = Math.floor(count);
    const half = HALF[unit.unit];
    if (whole > 0 && count - whole === 0.5 && half) return `P${t}${whole}${unit.letter}${half}`;
    // "half an hour", "one and a half years": step down a unit so the value stays an integer.
    if (unit.unit === 'hour') return `PT${count * 60}M`;
    if (unit.unit === 'year') return `P${count * 12}M`;
    if (unit.unit === 'day') return `PT${count * 24}H`;
  }
  return `P${t}${count}${unit.letter}`;
}

/** Precision of a duration or a shift counted in a unit word. */
export function unitPrecision(unitWord: string): Precision {
  const unit = UNITS[unitWord.toLowerCase()]?.unit;
  switch (unit) {
    case 'second':
    case 'minute':
    case 'hour':
      return 'time';
    case 'day':
      return 'day';
    case 'week':
    case 'weekend':
    case 'fortnight':
      return 'week';
    case 'month':
      return 'month';
    case 'quarter':
      return 'quarter';
    case 'decade':
    case 'century':
      return 'decade';
    default:
      return 'year';
  }
}

/** A point reached by shifting a date by a count of units, valued at the unit's granularity. */
export interface ShiftedPoint {
  readonly value: string;
  readonly precision: Precision;
  readonly range: DateRange;
  readonly label: string;
}

/** How a fraction of a unit is counted: in months for years, in days for months and weeks. */
const FRACTION_IN: Readonly<Record<string, readonly ['day' | 'month', number]>> = {
  week: ['day', 7],
  fortnight: ['day', 14],
  month: ['day', 30],
  quarter: ['month', 3],
  year: ['month', 12],
  decade: ['month', 120],
  century: ['month', 1200],
};

/** Shift `from` by `count` units (negative = back) and express the result at the unit's grain. */
export function shiftedPoint(from: string, count: number, unitWord: string): ShiftedPoint | undefined {
  const unit = UNITS[unitWord.toLowerCase()]?.unit;
  // "two and a half years ago": the half goes in the next smaller unit before the grain is taken.
  if (!Number.isInteger(count) && unit && FRACTION_IN[unit]) {
    const [smaller, per] = FRACTION_IN[unit];
    const start = shift(from, smaller, Math.trunc(count * per));
    return shiftedPoint(start, 0, unitWord);
  }
  const whole = Math.trunc(count);
  switch (unit) {
    case 'second':
    case 'minute':
    case 'hour':
    case 'day': {
      const days = unit === 'day' ? whole : 0;
      const date = shift(from, 'day', days);
      return { value: date, precision: 'day', range: { start: date, end: date }, label: humanDate(date) };
    }
    case 'week':
    case 'fortnight':
    case 'weekend': {
      // Newsroom "a week ago" names a day (the acceptance reading), not an ISO week.
      const date = shift(from, 'day', whole * (unit === 'fortnight' ? 14 : 7));
      return { value: date, precision: 'day', range: { start: date, end: date }, label: humanDate(date) };
    }
    case 'month': {
      const { year, month } = fieldsOf(shift(from, 'month', whole));
      return {
        value: `${year}-${String(month).padStart(2, '0')}`,
        precision: 'month',
        range: monthRange(year, month),
        label: humanMonth(year, month),
      };
    }
    case 'quarter': {
      const { year, month } = fieldsOf(shift(from, 'month', whole * 3));
      const q = Math.ceil(month / 3);
      return {
        value: `${year}-Q${q}`,
        precision: 'quarter',
        range: { start: isoDate(year, q * 3 - 2, 1), end: monthRange(year, q * 3).end },
        label: `Q${q} ${year}`,
      };
    }
    case 'year':
    case 'decade':
    case 'century': {
      const years = whole * (unit === 'decade' ? 10 : unit === 'century' ? 100 : 1);
      const year = fieldsOf(from).year + years;
      return { value: String(year), precision: 'year', range: yearRange(year), label: String(year) };
    }
    default:
      return undefined;
  }
}

/** A decade (`199`) or century (`19`) value's range. */
export function spanRange(first: number, years: number): DateRange {
  return yearsRange(first, first + years - 1);
}
