import { fieldsOf, humanDate, shift, weekdayOf, weekRange } from '../dates.ts';
import type { Draft } from '../draft.ts';
import { weekdaySetValue } from '../parsers/setParser.ts';
import type { TemporalRefiner } from '../pipeline.ts';
import { type Tense, tenseAt } from '../tense.ts';
import { planTenseOfDay } from './planToDay.ts';
import { weekdayBeforeHappening } from './weekdayBeforeHappening.ts';

const POSSESSIVE = /^['’]s/;
/** "as early as Tuesday", "as soon as Tuesday": an expectation, so the day lies ahead. */
const EXPECTED = /\bas\s+(?:early|soon)\s+as\s+$/i;
/** "until Tuesday", "by Friday", "through Sunday" in a clause not in the past: a deadline ahead. */
const DEADLINE = /\b(?:until|till|by|through)\s+$/i;
/** "ahead of", "in the run-up to", "in preparation for": a phrase that looks ahead to a happening. */
const AHEAD_OF = String.raw`\b(?:ahead\s+of|in\s+the\s+run-up\s+to|in\s+advance\s+of|in\s+preparation\s+for|prepar(?:e|es|ed|ing)\s+for)\s+`;
/** "ahead of Wednesday's meeting": the day's happening is looked ahead to. */
const AHEAD_OF_DAY = new RegExp(`${AHEAD_OF}(?:the\\s+)?(?:next\\s+)?$`, 'i');
/**
 * "ahead of a meeting of the council on Wednesday", "ahead of hearings on Tuesday and Thursday":
 * the happening looked ahead to, then its day.
 */
const AHEAD_OF_PHRASE = new RegExp(
  `${AHEAD_OF}(?:[\\p{L}'’-]+\\s+){1,7}on\\s+(?:\\p{Lu}\\p{L}+\\s+(?:and|or)\\s+)?$`,
  'iu',
);
/**
 * "before Friday's deadline" looks ahead, "share of 7% before Friday's purchases" back: either way
 * the day is the nearer of the two.
 */
const BEFORE = /\bbefore\s+(?:the\s+)?$/i;
/**
 * "They plan to present their ultimatum at Friday's conference", "Leaders will meet during
 * Sunday's summit": a plan in the present or future, then at or during the day's happening, in one
 * clause (no full stop, semicolon or comma between).
 */
const PLANNED_AT =
  /\b(?:plans?|intends?|will|(?:is|are)\s+(?:due|expected|scheduled|set|going)?\s*to|hopes?|aims?)\b(?:\s+to)?[^.;!?,]*\b(?:at|during)\s+$/i;

/** "Friday's meeting is due to …", "Sunday's vote will …", "Monday's summit is expected to": a happening to come. */
const COMES_AFTER =
  /^['’]s\s+(?:[\p{L}-]+\s+){1,3}?(?:will|is\s+(?:due|expected|scheduled|set|to)|are\s+(?:due|expected|scheduled|set|to))\b/iu;

/**
 * How a phrase around a weekday looks ahead to its happening: `firmly` ("ahead of Wednesday's
 * meeting", "ahead of talks on Wednesday", "Sunday's vote is expected to …"), `loosely` ("before
 * Friday's deadline"), or not at all.
 */
function looksAhead(text: string, start: number, end: number): 'firmly' | 'loosely' | undefined {
  const before = text.slice(Math.max(0, start - 60), start);
  // A phrase ending with a full stop, a semicolon or a clause's verb is no phrase before the day.
  const phrase = /[.;!?]/.test(before) ? before.slice(before.search(/[^.;!?]*$/)) : before;
  const possessive = POSSESSIVE.test(text.slice(end, end + 2));
  if (
    possessive &&
    (AHEAD_OF_DAY.test(phrase) || COMES_AFTER.test(text.slice(end, end + 60)) || PLANNED_AT.test(phrase))
  )
    return 'firmly';
  if (!possessive && AHEAD_OF_PHRASE.test(phrase) && !/,/.test(phrase.slice(phrase.search(AHEAD_OF_PHRASE))))
    return 'firmly';
  if (possessive && BEFORE.test(phrase)) return 'loosely';
  return possessive ? undefined : weekdayBeforeHappening(text, start, end);
}

/**
 * "They are sending their foreign minister to Damascus on Tuesday": the present progressive of a
 * verb of meeting, travel or arrangement tells a plan (its verb group in the clause before the day,
 * no full stop, semicolon or past verb of saying between); "police are investigating attacks on
 * Friday" tells of a past day.
 */
const PROGRESSIVE =
  /\b(?:is|are|am|['’]re)\s+(?:(?:not|also|still|now)\s+)?(?:meet|visit|arriv|leav|depart|travell?|fly|return|send|hold|host|plann|expect|prepar|go|com|head|attend|open|clos|resum|vot|conven|testify)ing\b(?:(?![.;!?]|\b(?:said|told|was|were|had|did)\b)[\s\S])*$/i;

/** What a day right after a participle or an "after" clause dates: "an image taken Wednesday", "begun on Friday". */
const OWN_PAST =
  /\b(?:after|since|following|before)\b[^,]*$|\b(?:[a-z]+ed|taken|begun|began|given|shown|seen|done|held|made|built)\s+(?:(?:on|last)\s+)?$/i;

/** A plan told in the present progressive, the day in its clause and not a new sentence's ("… lives On Friday"). */
function planned(before: string): boolean {
  const match = PROGRESSIVE.exec(before);
  if (!match) return false;
  const after = before.slice(match.index + match[0].indexOf('ing') + 3);
  return !OWN_PAST.test(after) && !/\bOn\s+$/.test(before);
}

/** Future tense, a plan in the present progressive, or a deadline in a clause not in the past. */
function aheadByTense(text: string, start: number, tense: Tense): boolean {
  return (
    tense === 'future' ||
    (tense === 'present' && planned(text.slice(Math.max(0, start - 100), start))) ||
    (tense !== 'past' && DEADLINE.test(text.slice(Math.max(0, start - 9), start)))
  );
}

/**
 * "Friday last week", "Wednesday to Friday last week", "on Monday or Tuesday next week": a week
 * named after the day (or after the days joined to it) holds the day, whatever the tense says.
 */
const WEEK_AFTER =
  /^\s*(?:(?:,|and|or|to|through|until|till|-|–)\s*(?:on\s+)?(?:Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day\s*)*(?:of\s+)?(last|next|this)\s+week\b(?!['’]s)/i;

/** Which week, counted from the DCT's, a week phrase after a weekday names: -1, 0, 1, or none. */
function weekNamedAfter(text: string, end: number, surface: string): number | undefined {
  // chrono-node takes "Monday, last week's figures" whole: only a week joined without a comma, not a possessive.
  const own = /day\s+(last|next|this)\s+week$/i.exec(surface) && !/^['’]s/.test(text.slice(end, end + 2));
  const word = own
    ? /(last|next|this)\s+week$/i.exec(surface)?.[1]
    : WEEK_AFTER.exec(text.slice(end, end + 60))?.[1];
  if (!word) return undefined;
  return { last: -1, this: 0, next: 1 }[word.toLowerCase() as 'last' | 'this' | 'next'];
}

/** "since Thursday": a count or a state from that day on. */
const SINCE = /\bsince\s+$/i;

/**
 * Whether the text tells the weekday after publication's as past ("President Obama arrived Friday"
 * in a story stamped Thursday): it was written after its stamp, and "since Thursday" may be the
 * stamp's own day.
 */
function toldAfterStamp(text: string, drafts: readonly Draft[], dctDay: number): boolean {
  return drafts.some(
    (x) =>
      x.pending?.kind === 'weekday' &&
      x.pending.weekday === (dctDay + 1) % 7 &&
      // (A bare weekday: "last Thursday" or "next Thursday" names its week, whatever the stamp.)
      !/^(?:last|past|this|next)\b/i.test(text.slice(x.start, x.end)) &&
      weekNamedAfter(text, x.end, text.slice(x.start, x.end)) === undefined &&
      tenseAt(text, x.start, x.end) === 'past',
  );
}

const NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** "on a Saturday night": any such day, when the clause tells a habit. */
const ANY_SUCH_DAY = /\bon\s+an?\s+$/i;
/** A habit's adverb earlier in the sentence ("normally employs …"). */
const HABITUAL_ADVERB = /\b(?:normally|usually|typically|generally|often|always)\b[^.;!?]*$/i;

/**
 * Whether the weekday `d` after "on a" is a habit: told in the present or after "normally",
 * "usually", … ("Artie's normally employs 16 bartenders who … pocket $250 in tips on a Saturday
 * night"), and not modifying a noun ("on a Friday evening conference call" is that Friday's). A
 * narrated "on a Tuesday night" is a day the writer does not name, placed as a bare weekday.
 */
function habitOnAnyDay(d: Draft, text: string, tense: () => Tense): boolean {
  if (!ANY_SUCH_DAY.test(text.slice(Math.max(0, d.start - 8), d.start))) return false;
  // ("on a Friday evening conference call": a noun after the day; not "on a Saturday in July".)
  if (
    /^\s+(?!(?:in|or|and|when|at|before|after|during|for|with|to|if|while)\b)[a-z]/.test(
      text.slice(d.end, d.end + 12),
    )
  )
    return false;
  return tense() === 'present' || HABITUAL_ADVERB.test(text.slice(Math.max(0, d.start - 160), d.start));
}

/**
 * Places a bare weekday: "last"/"next"/"this" decide when present, else tense does — past
 * (and news's default) is the latest such day up to the DCT, future the first from it.
 */
export const weekdayRefiner: TemporalRefiner = {
  name: 'TenseWeekdayRefiner',
  refine(context, drafts) {
    // (Read before any weekday is placed, as placing drops what each one named.)
    const afterStamp = toldAfterStamp(context.text, drafts, weekdayOf(context.reference));
    for (const d of drafts) {
      if (d.pending?.kind !== 'weekday') continue;
      const target = d.pending.weekday;
      const surface = context.text.slice(d.start, d.end);
      // The clause's tense, read once and only when a test below needs it (each read tokenizes the sentence).
      let read: Tense | undefined;
      const tense = (): Tense => {
        read ??= tenseAt(context.text, d.start, d.end);
        return read;
      };
      if (habitOnAnyDay(d, context.text, tense)) {
        // A habit, every week: a SET, never the latest such day before publication.
        const { weekday, part } = d.pending;
        delete d.pending;
        d.type = 'SET';
        d.value = weekdaySetValue(weekday, part);
        d.precision = 'vague';
        d.anchor = 'none';
        d.tags.push(this.name);
        d.explanation = `"on a ${surface}" in a habit is any such day, every week`;
        continue;
      }
      const dctDay = weekdayOf(context.reference);
      let date: string;
      let how: string;
      // So is how a phrase around the day looks ahead (boxed: undefined is an answer too).
      let looked: [ReturnType<typeof looksAhead>] | undefined;
      const looking = () => {
        looked ??= [looksAhead(context.text, d.start, d.end)];
        return looked[0];
      };
      // So is how a plan whose infinitive the day modifies is told, if it is one.
      let plan: [ReturnType<typeof planTenseOfDay>] | undefined;
      const planned = () => {
        plan ??= [planTenseOfDay(context.text, d.start)];
        return plan[0];
      };
      const week = weekNamedAfter(context.text, d.end, surface);
      if (week !== undefined && !/^(?:this|last|past|next)\b/i.test(surface)) {
        const monday = shift(weekRange(context.reference).start, 'week', week);
        date = shift(monday, 'day', (target + 6) % 7);
        how = `in ${['last week', 'this week', 'next week'][week + 1]}, the week counted from`;
      } else if (/^this\b/i.test(surface)) {
        const monday = weekRange(context.reference).start;
        date = shift(monday, 'day', (target + 6) % 7);
        how = 'in the week of';
      } else if (/^(?:last|past)\b/i.test(surface)) {
        date = shift(context.reference, 'day', -(((dctDay - target + 6) % 7) + 1));
        how = '"last" counts back from';
      } else if (/^next\b/i.test(surface)) {
        date = shift(context.reference, 'day', ((target - dctDay + 6) % 7) + 1);
        how = '"next" counts forward from';
      } else if (looking()) {
        // "… ahead of Wednesday's meeting": the coming day, unless the past day is the nearer and
        // the clause is past ("held talks on Monday ahead of Wednesday's vote", told on Thursday)
        // or only "before" looks ahead.
        const back = (dctDay - target + 7) % 7;
        const ahead = (target - dctDay + 7) % 7;
        const loose = looking() === 'loosely' || tense() === 'past';
        const past = loose && back < ahead;
        date = shift(context.reference, 'day', past ? -back : ahead);
        how = past
          ? 'a happening looked ahead to, the past day the nearer: the latest such day up to'
          : 'a happening looked ahead to: the first such day from';
      } else if (POSSESSIVE.test(context.text.slice(d.end, d.end + 2))) {
        // "Wednesday's ruling" reports something that happened, whatever the clause's tense.
        date = shift(context.reference, 'day', -((dctDay - target + 7) % 7));
        how = 'a possessive names a past day: the latest such day up to';
      } else if (planned() !== undefined) {
        // "He is expected to order on Thursday strengthened inspections": the planned happening
        // comes after the planning. "Obama planned to visit the coast on Friday", "The case was due
        // to start on Thursday, but …" (read on a Friday): a plan told in the past is one about to
        // happen or one just lapsed, so the nearer of the two days (a week has no tie).
        const back = (dctDay - target + 7) % 7;
        const ahead = (target - dctDay + 7) % 7;
        const past = planned() === 'past';
        date = shift(context.reference, 'day', past && back < ahead ? -back : ahead);
        how = !past
          ? "a plan's day: the first such day from"
          : back < ahead
            ? 'a plan told in the past, its day the nearer behind: the latest such day up to'
            : 'a plan told in the past, its day the nearer ahead: the first such day from';
      } else if (
        EXPECTED.test(context.text.slice(Math.max(0, d.start - 16), d.start)) ||
        aheadByTense(context.text, d.start, tense())
      ) {
        date = shift(context.reference, 'day', (target - dctDay + 7) % 7);
        how = 'future tense: the first such day from';
      } else if (
        target === dctDay &&
        d.pending.part === undefined &&
        SINCE.test(context.text.slice(Math.max(0, d.start - 8), d.start)) &&
        !afterStamp
      ) {
        // "350 were brought in since Thursday" published on a Thursday: a count since the day of
        // publication itself would be empty, so it is the week before's (the story was written
        // before its publication day).
        date = shift(context.reference, 'day', -7);
        how = '"since" the weekday of publication counts from a week before';
      } else {
        date = shift(context.reference, 'day', -((dctDay - target + 7) % 7));
        how = 'past or reporting tense: the latest such day up to';
      }
      const part = d.pending.part;
      delete d.pending;
      d.value = part ? `${date}T${part}` : date;
      d.range = { start: date, end: date };
      const { year, month, day } = fieldsOf(date);
      d.implied = { year, month, day };
      d.anchor = 'dct';
      d.tags.push(this.name);
      d.explanation = `"${surface}" names a ${NAMES[target]}; ${how} publication date ${context.referenceLabel} → ${humanDate(date)}`;
    }
    return drafts;
  },
};
