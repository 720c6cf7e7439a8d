import * as chrono from 'chrono-node';
import type { TaggingContext } from '../context.ts';
import { humanDate, humanMonth, isoDate, isValidDate, monthRange } from '../dates.ts';
import { type Draft, draft } from '../draft.ts';
import type { TextParser } from '../pipeline.ts';
import { trimExtent } from '../trim.ts';
import { isNamePart } from './namePart.ts';

/**
 * chrono-node is good at explicit dates and clock times; its relative parsers disagree with
 * TimeML (extents include "in"/"on", no week or vague values) so ours replace them.
 */
const KEEP_PARSERS = new Set([
  'ISOFormatParser',
  'SlashDateFormatParser',
  'ENMonthNameLittleEndianParser',
  'ENMonthNameMiddleEndianParser',
  'ENMonthNameParser',
  'ENSlashMonthFormatParser',
  'ENTimeExpressionParser',
  'ENYearMonthNameParser',
  'ENYearMonthDayParser',
  'ENWeekdayParser',
]);
/** Words that make a bare "3/22" a date: "on 3/22", "since 3/22", "dated 3/22". */
const SLASH_DATE_CUE = /\b(?:on|since|until|till|through|from|by|dated|effective|before|after)\s+$/i;

/** Future-leaning and relative-merging refiners would undo our year inference. */
const DROP_REFINERS = new Set([
  'ForwardDateRefiner',
  'ENEndOfPeriodRefiner',
  'ENMergeRelativeAfterDateRefiner',
  'ENMergeRelativeFollowByDateRefiner',
]);

function buildChrono(): chrono.Chrono {
  const config = chrono.en.configuration.createCasualConfiguration(false);
  config.parsers = config.parsers.filter((p) => KEEP_PARSERS.has(p.constructor.name));
  config.refiners = config.refiners.filter((r) => !DROP_REFINERS.has(r.constructor.name));
  return new chrono.Chrono(config);
}

const explicitChrono = buildChrono();

const FIELDS = ['year', 'month', 'day', 'weekday', 'hour', 'minute', 'second'] as const;

function knownOf(c: chrono.ParsedComponents): Record<string, number> {
  const known: Record<string, number> = {};
  for (const f of FIELDS) {
    const v = c.get(f);
    if (c.isCertain(f) && v !== null && v !== undefined) known[f] = v;
  }
  return known;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A clock time must look like one: "3:30", "3 p.m.", "4 in the morning" — not "1.18 a" or "20". */
const CLOCK =
  /\d:\d\d|\d\s*[ap]\.?m\b|\d\s*[ap]\.m\.|\d\s+(?:in\s+the\s+(?:morning|afternoon|evening)|at\s+night)|o['’]clock|noon|midnight/i;
/** "Monday 14 June 2010 18.00 BST": hours and minutes with a zone after them are a clock time too. */
const ZONED = /\d{1,2}[.:]\d\d(?:\s*(?:GMT|BST|UTC|EST|EDT|CET|CEST))?$/;
const ZONE_AFTER = /^\s*(?:GMT|BST|UTC|EST|EDT|CET|CEST)\b/;
function clockAt(text: string, start: number, end: number): boolean {
  const surface = text.slice(start, end);
  return (
    CLOCK.test(surface) ||
    (ZONED.test(surface) && (/[A-Z]$/.test(surface) || ZONE_AFTER.test(text.slice(end, end + 8))))
  );
}
/** "at 7 in the evening": chrono stops at "7"; the phrase makes it a clock time after noon. */
const EVENING_AFTER = /^\s+in\s+the\s+evening\b/i;
/**
 * What chrono took for a clock time after a full date ("Jan. 1, 1990 at 1,015 francs"): the
 * trailing number, to cut off so the date survives.
 */
const FALSE_TIME = /(?:\s*,\s*|\s+(?:at|@|around|about|by|from)\s+)\d{1,2}(?:[:.]\d\d)?$/i;
/** The same before the date ("fell 6.43, on Friday"): a figure chrono read as the time. */
const LEADING_FALSE_TIME = /^\d{1,2}(?:[:.]\d\d)?(?:\s*,\s*|\s+)(?:on\s+)?(?=[A-Za-z])/i;
/**
 * chrono's date-time merge crosses a sentence end ("on March 3. At 10 a.m. he left"): a
 * period after a digit or a weekday, then a capital, is a sentence break.
 */
const SENTENCE_BREAK = /(?:\d|day)\.\s+(?=["“]?[A-Z])/;
const TIME_FIELDS = ['hour', 'minute', 'second'] as const;

/** The known fields without (`time` false) or with only (`time` true) the clock fields. */
function splitKnown(known: Record<string, number>, time: boolean): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [k, v] of Object.entries(known)) {
    if ((TIME_FIELDS as readonly string[]).includes(k) === time) out[k] = v;
  }
  return out;
}
/** Chrono also reads "Sun", "Wed", "Sat": as names and verbs they are false alarms in news. */
const FULL_WEEKDAY = /\b(?:Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day\b/;

/**
 * A month name followed by a bare one-to-three-digit number chrono took as the year: "June, 50",
 * "May 5, 12". Written dates spell years in four digits or with an apostrophe.
 */
const SHORT_YEAR = /(?<=[A-Za-z.]\s*,?|\d\s*,)\s*\d{1,3}$/;

/** Convert one side of a chrono result into a draft, or null when it is not a date we want. */
function toDraft(
  context: TaggingContext,
  start: number,
  end: number,
  stated: Record<string, number>,
): Draft | null {
  let trimmed = trimExtent(context.text, start, end);
  if (!trimmed) return null;
  let known = stated;
  if (known.hour !== undefined && /\d$/.test(context.text.slice(trimmed.start, trimmed.end))) {
    const evening = EVENING_AFTER.exec(context.text.slice(trimmed.end, trimmed.end + 20));
    if (evening) {
      trimmed = { start: trimmed.start, end: trimmed.end + evening[0].length };
      if (known.hour < 12) known = { ...known, hour: known.hour + 12 };
    }
  }
  if (known.hour !== undefined && !clockAt(context.text, trimmed.start, trimmed.end)) {
    // A date with a number chrono misread as its time: keep the date, drop the "time".
    const slice = context.text.slice(trimmed.start, trimmed.end);
    const cut = known.day !== undefined ? FALSE_TIME.exec(slice) : null;
    const lead =
      known.day !== undefined || known.weekday !== undefined ? LEADING_FALSE_TIME.exec(slice) : null;
    if (!cut && !lead) return null;
    known = splitKnown(known, false);
    trimmed = cut
      ? trimExtent(context.text, trimmed.start, trimmed.end - cut[0].length)
      : trimExtent(context.text, trimmed.start + (lead?.[0].length ?? 0), trimmed.end);
    if (!trimmed) return null;
  }
  // "June, 50 people": after a month name, a year must look like one (four digits or '09).
  const shortYear = SHORT_YEAR.exec(context.text.slice(trimmed.start, trimmed.end));
  if (known.year !== undefined && shortYear) {
    delete known.year;
    trimmed = trimExtent(context.text, trimmed.start, trimmed.end - shortYear[0].length);
    if (!trimmed) return null;
  }
  // "In May, 11 Lebanese pilgrims were abducted": a comma right after the month parts it from a
  // count; a day is written "May 11".
  const commaDay = /(?<=^[A-Za-z]+\.?)\s*,\s*\d{1,2}$/.exec(context.text.slice(trimmed.start, trimmed.end));
  if (known.day !== undefined && known.year === undefined && commaDay) {
    delete known.day;
    trimmed = trimExtent(context.text, trimmed.start, trimmed.end - commaDay[0].length);
    if (!trimmed) return null;
  }
  // "18 January, 2200 GMT": a 24-hour clock reading with its zone after the date, not its year (a
  // year centuries from the publication's).
  const clockYear = /,?\s+(\d{4})(\s*(?:GMT|BST|UTC|EST|EDT|CET))?$/.exec(
    context.text.slice(trimmed.start, trimmed.end),
  );
  if (
    known.year !== undefined &&
    clockYear &&
    Number(clockYear[1]) % 100 < 60 &&
    Math.floor(Number(clockYear[1]) / 100) < 24 &&
    // (A year near the publication's stays one: "3 May, 2009 GMT".)
    Math.abs(Number(clockYear[1]) - context.year) > 30 &&
    (clockYear[2] !== undefined ||
      /^\s*(?:GMT|BST|UTC|EST|EDT|CET|local\s+time|hrs\b|hours\b)/i.test(
        context.text.slice(trimmed.end, trimmed.end + 12),
      ))
  ) {
    known = { ...known };
    delete known.year;
    trimmed = trimExtent(context.text, trimmed.start, trimmed.end - clockYear[0].length);
    if (!trimmed) return null;
  }
  // "In March, First Lady Asma …": a capitalized ordinal word before a capitalized word is a
  // title, not the day; the month stands alone.
  const title = /,?\s+(?:First|Second|Third)$/.exec(context.text.slice(trimmed.start, trimmed.end));
  if (
    title &&
    known.day !== undefined &&
    /^\s+\p{Lu}/u.test(context.text.slice(trimmed.end, trimmed.end + 3))
  ) {
    known = { ...known };
    delete known.day;
    trimmed = trimExtent(context.text, trimmed.start, trimmed.end - title[0].length);
    if (!trimmed) return null;
  }
  const surface = context.text.slice(trimmed.start, trimmed.end);
  const base = { ...trimmed, known };
  if (known.hour !== undefined && !clockAt(context.text, trimmed.start, trimmed.end)) return null;
  if (known.month === undefined && known.weekday !== undefined && !FULL_WEEKDAY.test(surface)) return null;
  // A yearless "3/22" is a fraction ("3/4 of") unless a date preposition introduces it.
  if (
    known.year === undefined &&
    /^\d{1,2}\/\d{1,2}$/.test(surface) &&
    !SLASH_DATE_CUE.test(context.text.slice(Math.max(0, trimmed.start - 12), trimmed.start))
  )
    return null;
  if (
    known.day === undefined &&
    known.hour === undefined &&
    isNamePart(context.text, trimmed.start, trimmed.end, known.month === undefined)
  )
    return null;
  if (known.hour !== undefined) {
    const clock = `T${pad(known.hour)}:${pad(known.minute ?? 0)}`;
    if (known.year !== undefined && known.month !== undefined && known.day !== undefined) {
      const day = isoDate(known.year, known.month, known.day);
      return draft({
        ...base,
        type: 'TIME',
        precision: 'time',
        value: day + clock,
        range: { start: day, end: day },
        explanation: `"${surface}" states the date and time`,
      });
    }
    if (known.month !== undefined && known.day !== undefined) {
      return draft({
        ...base,
        type: 'TIME',
        precision: 'time',
        pending: { kind: 'yearless', month: known.month, day: known.day },
      });
    }
    if (known.weekday !== undefined && FULL_WEEKDAY.test(surface)) {
      // "10 p.m. Wednesday": the weekday is placed by tense like a bare one, the clock kept.
      return draft({
        ...base,
        type: 'TIME',
        precision: 'time',
        pending: { kind: 'weekday', weekday: known.weekday, part: clock.slice(1) },
      });
    }
    // A bare clock time is read on the publication day, as TimeML annotators do.
    return draft({
      ...base,
      type: 'TIME',
      precision: 'time',
      value: context.reference + clock,
      range: { start: context.reference, end: context.reference },
      implied: { year: context.year, month: context.month, day: context.day },
      anchor: 'dct',
      explanation: `"${surface}" states a clock time; the day is the publication date ${context.referenceLabel}`,
    });
  }
  if (known.month === undefined) {
    if (known.weekday !== undefined) {
      return draft({
        ...base,
        type: 'DATE',
        precision: 'day',
        pending: { kind: 'weekday', weekday: known.weekday },
      });
    }
    return null;
  }
  if (known.year === undefined) {
    // A lone lower-case "may" or "march" is a verb far more often than a month.
    if (known.day === undefined && /^[a-z]/.test(surface)) return null;
    return draft({
      ...base,
      type: 'DATE',
      precision: known.day === undefined ? 'month' : 'day',
      pending: {
        kind: 'yearless',
        month: known.month,
        ...(known.day !== undefined ? { day: known.day } : {}),
      },
    });
  }
  if (known.day === undefined) {
    return draft({
      ...base,
      type: 'DATE',
      precision: 'month',
      value: `${known.year}-${pad(known.month)}`,
      range: monthRange(known.year, known.month),
      explanation: `"${surface}" states the month: ${humanMonth(known.year, known.month)}`,
    });
  }
  if (!isValidDate(known.year, known.month, known.day)) return null;
  const day = isoDate(known.year, known.month, known.day);
  return draft({
    ...base,
    type: 'DATE',
    precision: 'day',
    value: day,
    range: { start: day, end: day },
    explanation: `"${surface}" states the full date: ${humanDate(day)}`,
  });
}

/** Where the end half of a chrono range begins ("March 3 to 5" → "5"). */
const RANGE_JOIN = /\s*(?:-|–|—|\bto\b|\bthrough\b|\bthru\b|\buntil\b|\btill\b|\band\b)\s*/gi;

function splitRange(text: string, start: number, end: number): { left: number; right: number } | null {
  const slice = text.slice(start, end);
  let last: RegExpExecArray | null = null;
  for (const m of slice.matchAll(RANGE_JOIN)) if (m.index > 0) last = m as RegExpExecArray;
  if (!last) return null;
  return { left: start + last.index, right: start + last.index + last[0].length };
}

/** A date and a clock time chrono merged across a sentence end, as two pieces; else one. */
function splitAtSentence(
  text: string,
  start: number,
  end: number,
  known: Record<string, number>,
): [number, number, Record<string, number>][] {
  const whole: [number, number, Record<string, number>][] = [[start, end, known]];
  if (known.hour === undefined || (known.day === undefined && known.weekday === undefined)) return whole;
  const br = SENTENCE_BREAK.exec(text.slice(start, end));
  if (!br) return whole;
  const leftEnd = start + br.index + br[0].length - 1;
  const rightStart = start + br.index + br[0].length;
  const leftIsTime = CLOCK.test(text.slice(start, leftEnd));
  return [
    [start, leftEnd, splitKnown(known, leftIsTime)],
    [rightStart, end, splitKnown(known, !leftIsTime)],
  ];
}

/** The chrono-node bridge: one chrono pass, results converted to drafts. */
export const chronoParser: TextParser = {
  name: 'ChronoExplicitDateParser',
  parse(context) {
    const instant = new Date(Date.UTC(context.year, context.month - 1, context.day, 12));
    const results = explicitChrono.parse(context.text, { instant, timezone: 0 });
    const drafts: Draft[] = [];
    for (const r of results) {
      const tags = [...r.tags()].filter((t) => t.startsWith('parser/')).map((t) => `chrono:${t.slice(7)}`);
      const end = r.index + r.text.length;
      const split = r.end ? splitRange(context.text, r.index, end) : null;
      const parts: [number, number, chrono.ParsedComponents][] =
        r.end && split
          ? [
              [r.index, split.left, r.start],
              [split.right, end, r.end],
            ]
          : [[r.index, end, r.start]];
      for (const [s, e, c] of parts) {
        for (const [ps, pe, known] of splitAtSentence(context.text, s, e, knownOf(c))) {
          const d = toDraft(context, ps, pe, known);
          if (!d) continue;
          d.tags.push(...tags);
          drafts.push(d);
        }
      }
    }
    return drafts;
  },
};
