import { PRECISIONS, type Precision } from '../../model/timex.ts';
import { fieldsOf, humanDate, isValidDate, monthRange, shift, weekdayOf } from '../dates.ts';
import type { Draft } from '../draft.ts';
import { periodPoint } from '../parsers/relativePeriodParser.ts';
import type { TemporalRefiner } from '../pipeline.ts';
import { tenseAt } from '../tense.ts';
import { shiftedPoint } from '../units.ts';
import { isBareTime } from './clockTimeRefiner.ts';
import { periodAnchorFits } from './periodAnchorFits.ts';
import { presentLater } from './presentLater.ts';
import { sayingDayAnchor } from './sayingDayAnchor.ts';

/** Precisions a narrative anchor can place: all finer than a decade (`PRECISIONS`, finest first). */
const PLACEABLE: ReadonlySet<Precision> = new Set(PRECISIONS.slice(0, PRECISIONS.indexOf('decade')));

const COARSER_THAN_MONTH: ReadonlySet<Precision> = new Set(['season', 'quarter', 'year']);

/** How far (characters) a day the narrative placed still governs a bare clock time after it. */
const CLOCK_REACH = 400;
/** How many sentence breaks may separate a narrative phrase from its anchor. */
const MAX_SENTENCES_BACK = 5;
/** A sentence end, or a paragraph break (news paragraphs are often one sentence long). */
const SENTENCE_END = /[.!?]["”’)]?\s+(?=["“(]?[A-Z0-9])|\n\s*\n/g;

/**
 * Whether an anchor and a narrative phrase are at most a few sentences apart, so they belong
 * to one story thread. "A month later" far after a date mentioned in passing ("the 1979
 * revolution") does not count from it.
 */
function withinReach(text: string, from: number, to: number): boolean {
  // One character past `to`, so the capital opening the phrase's own sentence is seen.
  const between = text.slice(from, to + 1);
  let breaks = 0;
  for (const _ of between.matchAll(SENTENCE_END)) if (++breaks > MAX_SENTENCES_BACK) return false;
  return true;
}

/**
 * "that same day" after "in October 1998", "later in the month" after "in 1997": a day (or month)
 * the story does not give, inside its coarser anchor — `1998-10-XX`, `1997-XX`, `1998-XX-XX` —
 * not the first of it. Inside a week, quarter or season the anchor's own value is the best
 * TIMEX3 can say.
 */
function unknownWithin(anchor: Draft, unit: 'day' | 'month'): ReturnType<typeof shiftedPoint> {
  const range = anchor.range;
  if (!range) return undefined;
  const year = range.start.slice(0, 4);
  const label = `within ${humanDate(range.start)} to ${humanDate(range.end)}, the story gives no closer ${unit}`;
  if (unit === 'day' && anchor.precision === 'month' && range.start.slice(0, 7) === range.end.slice(0, 7))
    return { value: `${range.start.slice(0, 7)}-XX`, precision: 'month', range, label };
  if (anchor.precision === 'year' || anchor.precision === 'month')
    return { value: unit === 'day' ? `${year}-XX-XX` : `${year}-XX`, precision: 'year', range, label };
  return { value: anchor.value, precision: anchor.precision, range, label };
}

/**
 * The quarter a report is about: the last one named that was over by publication, unless the
 * current quarter is named in the same sentence ("fourth-quarter profit will fall from the
 * year-ago quarter"); "the latest period" takes only a finished one.
 */
function reportedQuarter(
  text: string,
  started: Draft | undefined,
  completed: Draft | undefined,
  at: number,
  completedOnly: boolean,
): Draft | undefined {
  if (completedOnly || !started || started === completed) return completed;
  const between = text.slice(started.end, at + 1);
  SENTENCE_END.lastIndex = 0;
  return SENTENCE_END.test(between) ? (completed ?? started) : started;
}

/** "the day before last Tuesday('s hearing)": the phrase right before a placed day. */
const DAY_STEP_BEFORE = /\b(the\s+day\s+(before|after)\s+)$/i;

/** The point a part-of-day or weekday phrase names, counted from `from` (a day). */
function dayStepPoint(
  from: string,
  p: { offset: number; weekday?: number; part?: string },
): { value: string; precision: Precision; range: { start: string; end: string }; label: string } {
  let day: string;
  if (p.weekday !== undefined) {
    // The nearest such weekday strictly before (or after) the anchor day.
    const gap = weekdayOf(from) - p.weekday;
    day =
      p.offset < 0 ? shift(from, 'day', -(((gap + 6) % 7) + 1)) : shift(from, 'day', ((-gap + 6) % 7) + 1);
  } else day = shift(from, 'day', p.offset);
  return {
    value: p.part ? `${day}T${p.part}` : day,
    precision: p.part ? 'time' : 'day',
    range: { start: day, end: day },
    label: humanDate(day),
  };
}

/**
 * "the day before last Tuesday", "the day after Christmas": a day placed by another parser,
 * right after "the day before/after", is moved a day and takes the phrase into its extent.
 */
function stepDay(text: string, d: Draft): void {
  if (d.type !== 'DATE' || d.precision !== 'day' || !d.range || d.pending) return;
  const m = DAY_STEP_BEFORE.exec(text.slice(Math.max(0, d.start - 20), d.start));
  if (!m?.[1] || !m[2]) return;
  const day = shift(d.range.start, 'day', m[2].toLowerCase() === 'before' ? -1 : 1);
  const surface = text.slice(d.start, d.end);
  d.start -= m[1].length;
  d.value = day;
  d.range = { start: day, end: day };
  d.implied = fieldsOf(day);
  d.explanation = `"${text.slice(d.start, d.end)}" is a day ${m[2].toLowerCase()} "${surface}" → ${humanDate(day)}`;
}

/**
 * Whether a narrative day counts from the writer's "tomorrow" or "tonight" in a clause not told in
 * the future: the story's own next day, which the text does not date.
 */
function fromWritersTomorrow(text: string, anchor: Draft, d: Draft): boolean {
  return (
    /^(?:tomorrow|tonight)\b/i.test(text.slice(anchor.start, anchor.end)) &&
    tenseAt(text, d.start, d.end) !== 'future'
  );
}

/** "Since a new containment cap was installed last week": the date a state runs from. */
const SINCE_BEFORE = /\bsince\b[^.;:!?,]*$/i;

/**
 * What "earlier in the day", "that same day" count from: the last placed date, unless that is a
 * period coarser than a day a "since" clause starts a state from ("Allen said Wednesday … Since a
 * new containment cap was installed last week, the well has been plugged. Earlier in the day, …")
 * and a day the story named lies within reach before it: the story does not move to the start of
 * a state, and "the day" is the day it was telling.
 */
function sameDayOf(
  text: string,
  p: { unit: string; offset: number },
  last: Draft | undefined,
  lastDay: Draft | undefined,
  d: Draft,
): Draft | undefined {
  if (p.unit !== 'day' || p.offset !== 0 || !last || !lastDay?.range || last === lastDay) return last;
  if (last.precision === 'day' || last.precision === 'time') return last;
  if (!SINCE_BEFORE.test(text.slice(Math.max(0, last.start - 80), last.start))) return last;
  return withinReach(text, lastDay.end, d.start) ? lastDay : last;
}

/** "that year", "the same year": the year the story last named. */
const THAT_YEAR = /^(?:that|the\s+same)\s+year$/i;

/**
 * "died on 25 June that year" after "in April 2009": a day and month the text wrote without a year
 * (its year inferred from publication), right before "that year", take the year the story named
 * before them, and one expression covers both ("25 June that year" is 25 June 2009).
 */
function yearOfStory(text: string, day: Draft | undefined, d: Draft, before: Draft | undefined): boolean {
  if (!day?.range || (day.precision !== 'day' && day.precision !== 'month') || day.known.year !== undefined)
    return false;
  if (!/^\s*,?\s*$/.test(text.slice(day.end, d.start)) || !THAT_YEAR.test(text.slice(d.start, d.end)))
    return false;
  // (Only a year the text wrote: "On 3 May … 25 June that year" has none of its own to give.)
  const year =
    before?.range && before.known.year !== undefined && withinReach(text, before.end, day.start)
      ? before.range.start.slice(0, 4)
      : undefined;
  if (!year) return false;
  const moved = (iso: string) => year + iso.slice(4);
  // ("29 February that year" after 2009: no such day, so the year stays unplaced.)
  const { month, day: dayOfMonth } = fieldsOf(day.range.start);
  if (day.precision === 'day' && !isValidDate(Number(year), month, dayOfMonth)) return false;
  const surface = text.slice(day.start, d.end);
  day.value = moved(day.value);
  // (A month's range is rebuilt: February's last day depends on the year.)
  day.range =
    day.precision === 'month'
      ? monthRange(Number(year), month)
      : { start: moved(day.range.start), end: moved(day.range.end) };
  day.implied = { ...day.implied, year: Number(year) };
  day.end = d.end;
  day.anchor = 'narrative';
  day.tags.push('NarrativeAnchorRefiner');
  day.explanation = `"${surface}": the year the story last named, ${year}, from the preceding "${text.slice(before!.start, before!.end)}" → ${humanDate(day.range.start)}`;
  return true;
}

/**
 * "two days later", "the following week", "that year", "the year-earlier period": counted from
 * the last placed date before them in the text (TimeML's narrative anchoring); with none, from
 * the DCT. An anchor more than a few sentences back is out of reach: the phrase counts from
 * the DCT too. A year back from a quarter stays a quarter ("a year earlier" after "the third
 * quarter" is the third quarter of the year before), as financial news means it. Parts of days
 * and weekdays ("the next morning", "that night", "the previous Friday") count from the last
 * placed day; a bare clock time right after such a phrase moves to its day.
 */
export const narrativeAnchorRefiner: TemporalRefiner = {
  name: 'NarrativeAnchorRefiner',
  refine(context, drafts) {
    let last: Draft | undefined;
    let lastQuarter: Draft | undefined;
    let lastCompletedQuarter: Draft | undefined;
    let lastDay: Draft | undefined;
    /** The day placed before `lastDay`. */
    let dayBeforeLast: Draft | undefined;
    /** The last day this refiner placed, which the clock refiner could not see. */
    let narratedDay: Draft | undefined;
    /** The last span of months or a year ("the nine months", "the year ended …"). */
    let lastSpan: Draft | undefined;
    /** The placed date before `last`, and the drafts taken into the one before them. */
    let beforeLast: Draft | undefined;
    const absorbed = new Set<Draft>();
    for (const d of drafts) {
      const p = d.pending;
      if (
        p?.kind === 'narrative' &&
        p.unit === 'year' &&
        p.offset === 0 &&
        yearOfStory(context.text, last, d, beforeLast)
      ) {
        absorbed.add(d);
        continue;
      }
      stepDay(context.text, d);
      if (
        narratedDay?.range &&
        lastDay === narratedDay &&
        isBareTime(context.text, d) &&
        d.start - narratedDay.end <= CLOCK_REACH
      ) {
        const day = narratedDay.range.start;
        d.value = day + d.value.slice(10);
        d.range = { start: day, end: day };
        d.implied = fieldsOf(day);
        d.anchor = 'narrative';
        d.tags.push(this.name);
        d.explanation = `"${context.text.slice(d.start, d.end)}" states a clock time; the day is the one the narrative last named, ${humanDate(day)}`;
      }
      if (p?.kind === 'narrative') {
        const byDay = p.part !== undefined || p.weekday !== undefined;
        // "For the nine months, net rose from a year earlier": a year back from a span of
        // months is the year before, not the quarter named before the span.
        const afterSpan =
          p.unit === 'year' &&
          p.comparison === true &&
          lastSpan !== undefined &&
          (last === undefined || lastSpan.start > last.start) &&
          withinReach(context.text, lastSpan.end, d.start);
        // "… on Friday, officials said on Saturday. The previous day, …": the told day, not the
        // telling's. Only a step back: "That evening" and "The next day" go on from the saying's day.
        const stepped =
          (byDay || p.unit === 'day') && p.offset < 0 && last === lastDay
            ? sayingDayAnchor(context.text, lastDay, dayBeforeLast, d)
            : undefined;
        const candidate = stepped
          ? stepped
          : byDay
            ? lastDay
            : p.fromDct
              ? last?.precision === 'quarter'
                ? last
                : undefined
              : p.sameGrain
                ? reportedQuarter(
                    context.text,
                    lastQuarter,
                    lastCompletedQuarter,
                    d.start,
                    p.completed === true,
                  )
                : sameDayOf(context.text, p, last, lastDay, d);
        // A reported quarter stays the topic of a whole earnings story, so it is never out of reach.
        const anchor =
          candidate &&
          !(afterSpan && candidate.precision === 'quarter') &&
          (candidate.precision === 'quarter' || withinReach(context.text, candidate.end, d.start)) &&
          periodAnchorFits(context.text, d, p.unit, candidate)
            ? candidate
            : undefined;
        // "They hope the teams will return tomorrow … But as the sun rises the following day, the
        // teams do not return": a story's next day told out of the future narrates a day it does not
        // date; "the day after tomorrow" is how news counts on from the writer's "tomorrow".
        if ((byDay || p.unit === 'day') && anchor && fromWritersTomorrow(context.text, anchor, d)) continue;
        // "Twelve days later, Hayward is grappling …" with no date before it: the story's present,
        // never a day after publication.
        const present = !anchor && presentLater(context.text, d);
        const from = anchor?.range?.start ?? context.reference;
        // "in the 1988 period. The year-ago results", "Last year losses … The year-earlier results":
        // the anchor is already the year before the reported one, so a comparison names it again
        // rather than stepping back once more; a year the story states ("in 1986") is stepped from.
        const alreadyBack =
          p.yearBefore &&
          anchor !== undefined &&
          Number(from.slice(0, 4)) < context.year &&
          (anchor.tags.includes('ComparisonPeriodParser') ||
            (anchor.anchor === 'dct' && anchor.precision === 'year'));
        const offset = alreadyBack || present ? 0 : anchor ? p.offset : (p.fallback ?? p.offset);
        let point: ReturnType<typeof shiftedPoint>;
        if (byDay) point = dayStepPoint(from, p);
        else if (p.year !== undefined)
          point = anchor?.range
            ? shiftedPoint(from, (p.year - Number(from.slice(0, 4))) * 4, 'quarter')
            : shiftedPoint(context.reference, p.year - context.year, 'year');
        else if (p.unit === 'year' && anchor?.precision === 'quarter')
          point = shiftedPoint(from, offset * 4, 'quarter');
        else if (p.unit === 'quarter') point = shiftedPoint(from, offset, 'quarter');
        else if (
          p.unit === 'week' &&
          (d.tags.includes('RelativePeriodParser') || d.tags.includes('TheDayParser'))
        )
          point = periodPoint(from, 'week', offset);
        else if (offset === 0 && anchor?.range && p.unit === 'day')
          point =
            anchor.precision === 'day' || anchor.precision === 'time'
              ? shiftedPoint(from, 0, 'day')
              : unknownWithin(anchor, 'day');
        else if (
          offset === 0 &&
          anchor?.range &&
          p.unit === 'month' &&
          COARSER_THAN_MONTH.has(anchor.precision)
        )
          point = unknownWithin(anchor, 'month');
        else point = shiftedPoint(from, offset, p.unit === 'half' || p.unit === 'season' ? 'month' : p.unit);
        if (!point) continue;
        delete d.pending;
        d.value = point.value;
        d.precision = point.precision;
        d.range = point.range;
        d.anchor = anchor ? 'narrative' : 'dct';
        d.tags.push(this.name);
        const surface = context.text.slice(d.start, d.end);
        d.explanation = anchor
          ? `"${surface}" counts from the preceding "${context.text.slice(anchor.start, anchor.end)}" (${anchor.range ? humanDate(anchor.range.start) : anchor.value}) → ${point.label}`
          : p.fromDct
            ? `"${surface}", published ${context.referenceLabel} → ${point.label}`
            : present
              ? `"${surface}" has no earlier date in the text to count from and its clause is told in the present: the story's present, publication date ${context.referenceLabel}`
              : `"${surface}" has no earlier date in the text to count from, so it counts from publication date ${context.referenceLabel} → ${point.label}`;
      }
      if (d.type === 'DURATION' && /^P(?:[6-9]|1[0-2])M$|^P1Y$/.test(d.value)) lastSpan = d;
      if (
        d.pending ||
        !d.range ||
        !PLACEABLE.has(d.precision) ||
        d.type === 'DURATION' ||
        d.type === 'SET' ||
        (p?.kind === 'narrative' && p.comparison)
      )
        continue;
      beforeLast = last;
      last = d;
      // A quarter not begun by publication ("the third quarter of 1990") is a forecast, no anchor;
      // "the latest period" wants one that is over, not the current one.
      if (d.precision === 'quarter' && d.range.start <= context.reference) lastQuarter = d;
      if (d.precision === 'quarter' && d.range.end < context.reference) lastCompletedQuarter = d;
      if (d.precision === 'day' || d.precision === 'time') {
        dayBeforeLast = lastDay;
        lastDay = d;
        narratedDay = p?.kind === 'narrative' ? d : narratedDay;
      }
    }
    return absorbed.size > 0 ? drafts.filter((d) => !absorbed.has(d)) : drafts;
  },
};
