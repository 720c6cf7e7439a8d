import { sinceBefore } from '../cues.ts';
import { daysBetween, humanDate, humanMonth, isoDate, isValidDate, monthRange, shift } from '../dates.ts';
import type { Draft } from '../draft.ts';
import { relativeMonthYear } from '../parsers/monthOfYearParser.ts';
import type { TemporalRefiner } from '../pipeline.ts';
import { tenseAt } from '../tense.ts';
import { dateInHappeningPhrase } from './dateInHappeningPhrase.ts';

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Days after the DCT within which a past-tense clause still keeps the DCT's year: news reports
 * plans in the past tense ("the accession was planned for early March", read in February).
 */
const PLAN_HORIZON = 31;

/** Days after the DCT within which a past verb's infinitive ("asked to testify on …") keeps the DCT's year. */
const PURPOSE_HORIZON = 92;
/**
 * A directive or schedule, then "to" and a verb of a scheduled happening, in the date's clause:
 * "ordered to appear … on", "subpoenaed Elian to testify … on", "ordered Murray should stand trial in March"
 * (not "flew to Washington to testify").
 */
const PURPOSE =
  /\b(?:ordered|asked|told|subpoenaed|summoned|invited|scheduled|set|due|expected|agreed|planned|required|directed|instructed|called\s+on)\s+(?:[\w'’-]+\s+){0,3}(?:to|should|must|would)\s+(?:testify|appear|meet|attend|visit|hold|sign|begin|start|resume|discuss|vote|travel|return|face|hear|rule|decide|speak|deliver|present|submit|leave|arrive|report|open|stand)\b[^.;:!?]*$/i;

/** Whether an infinitive of a scheduled happening governs the clause before `start`. */
function purposeBefore(text: string, start: number): boolean {
  return PURPOSE.test(text.slice(Math.max(0, start - 120), start));
}

/**
 * The year the text last wrote out with this month before `start` ("March 2011", "18 March 2011"),
 * if any.
 */
function lastNamedYear(drafts: readonly Draft[], start: number, month: number): number | undefined {
  let last: Draft | undefined;
  for (const x of drafts)
    if (
      x.start < start &&
      x.known.month === month &&
      x.known.year !== undefined &&
      (!last || x.start > last.start)
    )
      last = x;
  return last?.known.year;
}

/**
 * The year the text wrote out with this month and day before `start` ("died 25 June 2009 … on
 * the night of 25 June"): a day named again without its year is the same day. None when the text
 * gave that day more than one year ("25 June 2009 … 25 June 2010", an anniversary).
 */
function namedDayYear(
  drafts: readonly Draft[],
  start: number,
  month: number,
  day: number,
): number | undefined {
  const years = new Set<number>();
  for (const x of drafts)
    if (x.start < start && x.known.month === month && x.known.day === day && x.known.year !== undefined)
      years.add(x.known.year);
  return years.size === 1 ? [...years][0] : undefined;
}

/** Prepositions that make a date a deadline or an end point. */
const DEADLINE = /\b(?:by|until|till|through|to|before)\s+$/i;

/**
 * Gives "March 25" a year. chrono-node takes the closest year, which sends "March 21" read on
 * 21 September into the next year (chrono issue #469); news reports the past, so we take the
 * DCT's year and step back when that lands after the DCT, unless the clause is future tense.
 */
export const yearInferenceRefiner: TemporalRefiner = {
  name: 'PastLeaningYearRefiner',
  refine(context, drafts) {
    for (const d of drafts) {
      if (d.pending?.kind !== 'yearless') continue;
      const { month, day } = d.pending;
      const tense = tenseAt(context.text, d.start, d.end);
      const firstDay = day ?? 1;
      let year = context.year;
      if (day !== undefined && !isValidDate(year, month, day) && !isValidDate(year - 1, month, day)) continue;
      const lastDay = day ?? Number(monthRange(year, month).end.slice(8));
      const monthStart = isoDate(year, month, 1);
      const gapAfter = daysBetween(context.reference, shift(monthStart, 'day', firstDay - 1));
      const gapBefore = daysBetween(shift(monthStart, 'day', lastDay - 1), context.reference);
      let lean = 'leaning to the past';
      const cue = /\b(last|this|next)\s+$/i.exec(context.text.slice(Math.max(0, d.start - 6), d.start));
      const named = day === undefined ? undefined : namedDayYear(drafts, d.start, month, day);
      const deadline = DEADLINE.test(context.text.slice(Math.max(0, d.start - 12), d.start));
      if (cue?.[1]) {
        // "last May 5", "next March 3": as "last May" (relativeMonthYear).
        const word = cue[1].toLowerCase();
        d.start -= cue[0].length;
        lean = `"${word}"`;
        year = relativeMonthYear(word, month, context.year, context.month);
      } else if (named !== undefined) {
        year = named;
        lean = 'the year the text wrote with that day';
      } else if (deadline) {
        // A deadline or end point ("extended to Nov. 20", "by Jan. 14", "through Sept. 29") is
        // read whatever the verb's tense: the occurrence closest to the DCT.
        lean = 'a deadline, closest year';
        if (gapAfter > 183) year -= 1;
        else if (gapBefore > 183) year += 1;
      } else if (sinceBefore(context.text, d.start)) {
        // "since Oct. 23" lies before the report, however near ahead the date would fall.
        lean = '"since": not after publication';
        if (gapAfter > 0) year -= 1;
        // "… erupted in March 2011. … the statements he has made since March" (read April 2012):
        // a running state since a month the story last named with the year before is that one.
        if (lastNamedYear(drafts, d.start, month) === year - 1) {
          year -= 1;
          lean = `"since": the ${year} the text last named with that month`;
        }
      } else if (tense === 'future' && dateInHappeningPhrase(context.text, d.start, d.end)) {
        // "will study the effects of the April 20 explosion": the date is the named happening's, not
        // the future verb's, so it leans to the past as a date with no tense does.
        lean = 'a happening a noun phrase names, not the future verb';
        if (gapAfter > 183) year -= 1;
      } else if (tense === 'future') {
        lean = 'future tense';
        if (gapBefore > 2) year += 1;
      } else if (
        tense === 'past' &&
        gapAfter > 0 &&
        gapAfter <= PURPOSE_HORIZON &&
        purposeBefore(context.text, d.start)
      ) {
        // "subpoenaed him to testify … on Feb. 10": the date is the infinitive's, which lies
        // after the past verb, so a date a season ahead is still ahead.
        lean = 'an infinitive of purpose, ahead of its past verb';
      } else if (tense === 'past' ? gapAfter > PLAN_HORIZON : gapAfter > 183) {
        // A past tense steps back unless the date is within a month ahead (a reported plan); without
        // one ("payable Jan. 2", "in December") stay in the DCT's year unless that is more than half
        // a year ahead; only the present tense may reach forward.
        year -= 1;
      } else if (tense === 'present' && gapBefore > 183) {
        lean = 'closest year';
        year += 1;
      }
      if (day !== undefined && !isValidDate(year, month, day)) continue;
      delete d.pending;
      d.implied.year = year;
      d.anchor = 'dct';
      d.tags.push(this.name);
      const surface = context.text.slice(d.start, d.end);
      if (day === undefined) {
        d.value = `${year}-${pad(month)}`;
        d.range = monthRange(year, month);
        d.explanation = `"${surface}" states the month; year ${year} taken from publication date ${context.referenceLabel} (${lean}) → ${humanMonth(year, month)}`;
        continue;
      }
      const date = isoDate(year, month, day);
      const clock =
        d.type === 'TIME' && d.known.hour !== undefined
          ? `T${pad(d.known.hour)}:${pad(d.known.minute ?? 0)}`
          : '';
      d.value = date + clock;
      d.range = { start: date, end: date };
      d.explanation = `"${surface}" states month and day; year ${year} taken from publication date ${context.referenceLabel} (${lean}) → ${humanDate(date)}`;
    }
    return drafts;
  },
};
