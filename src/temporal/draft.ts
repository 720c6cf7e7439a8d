import type { Precision, TemporalExpression, TimexMod, TimexType } from '../model/timex.ts';
import type { DateRange } from './dates.ts';

/** A calendar unit a relative expression counts in. */
export type Unit = 'day' | 'week' | 'month' | 'year' | 'quarter' | 'half' | 'season' | 'decade' | 'century';

/**
 * Something a parser found whose value still depends on context a refiner supplies:
 * the year of "March 25", or the anchor of "two days later".
 */
export type Pending =
  /** Month (and maybe day) stated, year to infer from DCT and tense. */
  | { readonly kind: 'yearless'; readonly month: number; readonly day?: number }
  /** A weekday name, to place before or after the DCT by tense. */
  | { readonly kind: 'weekday'; readonly weekday: number; readonly part?: string }
  /** "two days later", "the following week", "that year": counted from the previous date. */
  | {
      readonly kind: 'narrative';
      readonly unit: Unit;
      readonly offset: number;
      /** Anchor only on a previous expression of this precision ("the quarter" needs a quarter). */
      readonly sameGrain?: boolean;
      /** Offset from the DCT when the narrative has no usable anchor (default: `offset`). */
      readonly fallback?: number;
      /** Counted from the DCT ("a year ago") unless the story is about a quarter. */
      readonly fromDct?: boolean;
      /**
       * A comparison point ("a year earlier", "the year-ago quarter"): the story does not move
       * there, so later narrative phrases do not count from it.
       */
      readonly comparison?: boolean;
      /**
       * "the year-ago results", "the year-earlier period": a year before the period the story
       * reports, so an anchor already a year back is that period itself.
       */
      readonly yearBefore?: boolean;
      /** "the previous Friday": the nearest such weekday before (offset −1) or after the anchor day. */
      readonly weekday?: number;
      /** "the next morning", "that night": a TIME, this part of day ("MO") or clock ("12:00"). */
      readonly part?: string;
      /** "the 1988 period": the anchor quarter's number in this year; with no anchor, this year. */
      readonly year?: number;
      /** "the latest period": anchor only on a quarter over by publication. */
      readonly completed?: boolean;
    };

/**
 * The working form of a result while the pipeline runs. Parsers create drafts; refiners
 * fill, merge or drop them; `finalize` freezes them into `TemporalExpression`s.
 */
export interface Draft {
  start: number;
  end: number;
  type: TimexType;
  /** Empty while `pending` is unresolved. */
  value: string;
  mod?: TimexMod;
  precision: Precision;
  range?: DateRange;
  known: Record<string, number>;
  implied: Record<string, number>;
  anchor: 'dct' | 'narrative' | 'none';
  tags: string[];
  explanation: string;
  pending?: Pending;
  /** Higher wins when two drafts overlap with the same extent length. */
  priority?: number;
}

/** A draft with sensible defaults for the fields parsers rarely set. */
export function draft(fields: Partial<Draft> & Pick<Draft, 'start' | 'end' | 'type' | 'precision'>): Draft {
  return {
    value: '',
    known: {},
    implied: {},
    anchor: 'none',
    tags: [],
    explanation: '',
    ...fields,
  };
}

/**
 * Makes a draft a vague reference (PAST_REF, PRESENT_REF, FUTURE_REF) instead of a calendar date:
 * no range, nothing implied, no anchor; `rule` names the refiner that did it.
 */
export function asVagueReference(d: Draft, value: string, rule: string, explanation: string): void {
  d.value = value;
  d.type = 'DATE';
  d.precision = 'vague';
  delete d.range;
  d.implied = {};
  d.anchor = 'none';
  d.tags.push(rule);
  d.explanation = explanation;
}

/** Freeze a resolved draft into the public shape; `text` comes from the source. */
export function finalize(text: string, d: Draft): TemporalExpression {
  const out: TemporalExpression = {
    start: d.start,
    end: d.end,
    text: text.slice(d.start, d.end),
    type: d.type,
    value: d.value,
    ...(d.mod ? { mod: d.mod } : {}),
    precision: d.precision,
    ...(d.range ? { range: { start: d.range.start, end: d.range.end } } : {}),
    known: { ...d.known },
    implied: { ...d.implied },
    anchor: d.anchor,
    tags: [...d.tags],
    explanation: d.explanation,
  };
  return out;
}
