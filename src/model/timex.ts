/** TIMEX3 types (TimeML). */
export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

/** How finely an expression pins down time, finest first. */
export const PRECISIONS = [
  'time',
  'day',
  'week',
  'month',
  'season',
  'quarter',
  'year',
  'decade',
  'vague',
] as const;

/** One of `PRECISIONS`. */
export type Precision = (typeof PRECISIONS)[number];

/** TIMEX3 `mod` values. */
export const TIMEX_MODS = [
  'BEFORE',
  'AFTER',
  'ON_OR_BEFORE',
  'ON_OR_AFTER',
  'LESS_THAN',
  'MORE_THAN',
  'EQUAL_OR_LESS',
  'EQUAL_OR_MORE',
  'START',
  'MID',
  'END',
  'APPROX',
] as const;

/** One of `TIMEX_MODS`. */
export type TimexMod = (typeof TIMEX_MODS)[number];

/**
 * A temporal expression found in a text and normalized against a reference date.
 * Offsets are UTF-16 code units, end exclusive.
 */
export interface TemporalExpression {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly type: TimexType;
  /** TIMEX3 value: `2022-04-10`, `2022-W15`, `2022-SP`, `P3D`, `PAST_REF`, `XXXX-WI` … */
  readonly value: string;
  readonly mod?: TimexMod;
  readonly precision: Precision;
  /**
   * The calendar interval the value covers, inclusive ISO dates (absent for durations, sets
   * and vague references that cannot be placed).
   */
  readonly range?: { readonly start: string; readonly end: string };
  /** Date components the text stated (e.g. `{month: 3, day: 25}` for "March 25"). */
  readonly known: Readonly<Record<string, number>>;
  /** Components filled in from the reference date or the narrative (e.g. `{year: 2022}`). */
  readonly implied: Readonly<Record<string, number>>;
  /** What the value was computed from: the DCT, or a previous expression in the narrative. */
  readonly anchor: 'dct' | 'narrative' | 'none';
  /** Parsers and refiners that produced the result, in order (e.g. `ENRelativeDayParser`). */
  readonly tags: readonly string[];
  /** A human sentence: how the date was resolved ("the day before yesterday", published 12 April 2022 → 10 April 2022). */
  readonly explanation: string;
}
