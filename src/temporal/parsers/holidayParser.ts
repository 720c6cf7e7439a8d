import { holidayDate } from '../calendar/holidayDates.ts';
import type { TaggingContext } from '../context.ts';
import {
  type DateRange,
  daysBetween,
  humanDate,
  isoWeekValue,
  shift,
  weekdayOf,
  weekRange,
} from '../dates.ts';
import { draft } from '../draft.ts';
import type { PatternParser } from '../pipeline.ts';
import { tenseAt } from '../tense.ts';
import {
  FIXED_HOLIDAYS,
  HOLIDAY_NAME_FOLLOWERS,
  holidayAlternation,
  holidayKey,
  INDEPENDENCE_DAYS,
  MOVABLE_HOLIDAYS,
} from '../vocabulary/holidays.ts';
import { alternation } from '../vocabulary.ts';

/** A holiday name that is part of another name: "Easter Island", "the Good Friday agreement". */
const NAME_FOLLOWER = new RegExp(`^\\s+(?:${alternation(HOLIDAY_NAME_FOLLOWERS)})(?![\\w-])`, 'i');

/** The country word before a holiday name: "Afghan", "Pakistan's", "Afghanistan's 103rd"; lower-cased. */
function countryBefore(text: string, start: number): string | undefined {
  const m = /([A-Z][\w.]*?)(?:['’]s)?(?:\s+\d+(?:st|nd|rd|th))?\s+$/.exec(
    text.slice(Math.max(0, start - 24), start),
  );
  return m?.[1]?.toLowerCase();
}

/** "Christmas", "New Year's Day", "Independence Day": fixed month and day, year inferred. */
export const holidayParser: PatternParser = {
  name: 'HolidayParser',
  // Names are capitalized; a case-sensitive stem test keeps the case-blind pattern off most texts.
  trigger:
    /\b(?:Christmas|New\s+Year|Independence|Valentine|Halloween|Veterans|Armistice|St\.?\s+Patrick|Saint\s+Patrick|Bastille|Boxing|Nowruz|Navroz)|CHRISTMAS/,
  pattern: new RegExp(
    `(?<![\\w-])(${holidayAlternation(Object.keys(FIXED_HOLIDAYS))})(?:,?\\s+((?:19|20)\\d\\d))?(?![\\w-])`,
    'gi',
  ),
  extract(context, match) {
    const [whole, name = '', yearText] = match;
    if (!/^[A-Z]/.test(name)) return null;
    const key = holidayKey(name);
    const country = key === 'independence day' ? countryBefore(context.text, match.index) : undefined;
    const holiday = (country && INDEPENDENCE_DAYS[country]) || FIXED_HOLIDAYS[key];
    if (!holiday) return null;
    const end = match.index + whole.length;
    if (NAME_FOLLOWER.test(context.text.slice(end, end + 24))) return null;
    const base = { start: match.index, end, type: 'DATE' as const, precision: 'day' as const };
    if (yearText) {
      const year = Number(yearText);
      const value = `${year}-${String(holiday.month).padStart(2, '0')}-${String(holiday.day).padStart(2, '0')}`;
      return draft({
        ...base,
        value,
        range: { start: value, end: value },
        known: { year },
        explanation: `"${whole}" falls on ${value}`,
      });
    }
    return draft({ ...base, pending: { kind: 'yearless', month: holiday.month, day: holiday.day } });
  },
};

/**
 * The occurrence of a yearly day or span that a yearless mention means: "last"/"next" count
 * from the DCT, "this" is the DCT year's; otherwise a future-tense clause takes the next one
 * (or the one under way), a past-tense clause the last one, and anything else the nearest (ties
 * to the past, as news reports).
 */
export function pickOccurrence<T extends { readonly range: DateRange }>(
  context: TaggingContext,
  start: number,
  end: number,
  cue: string | undefined,
  occurrenceIn: (year: number) => T | undefined,
): { occurrence: T; lean: string } | undefined {
  const ref = context.reference;
  const found: T[] = [];
  for (const year of [context.year - 1, context.year, context.year + 1]) {
    const occurrence = occurrenceIn(year);
    if (occurrence) found.push(occurrence);
  }
  const pick = (occurrence: T | undefined, lean: string) => (occurrence ? { occurrence, lean } : undefined);
  if (cue === 'last') return pick(found.filter((o) => o.range.end < ref).at(-1), 'the last one before');
  if (cue === 'next')
    return pick(
      found.find((o) => o.range.start > ref),
      'the next one after',
    );
  if (cue === 'this') return pick(occurrenceIn(context.year), 'the one in the year of');
  const tense = tenseAt(context.text, start, end);
  const previous = found.filter((o) => o.range.start <= ref).at(-1);
  const next = found.find((o) => o.range.end >= ref);
  if (tense === 'future' || !previous) return pick(next, 'the next one from');
  if (tense === 'past' || !next) return pick(previous, 'the last one before');
  const closer = daysBetween(ref, next.range.start) < daysBetween(previous.range.end, ref) ? next : previous;
  return pick(closer, 'the nearest one to');
}

/** The Saturday of the weekend a holiday belongs to: the one before a Sunday–Tuesday holiday, else after. */
function weekendSaturday(date: string): string {
  const offsets = [-1, -2, -3, 3, 2, 1, 0];
  return shift(date, 'day', offsets[weekdayOf(date)] ?? 0);
}

/** How far a holiday's break ("the Easter holidays") reaches either side of the day. */
const BREAK_DAYS = 7;

/** The break a holiday names: "the Easter holidays", "the Easter break"; not "the Memorial Day holiday", the day. */
const BREAK_AFTER = /^\s+(?:holidays|break|recess|vacations?)\b/i;

/** "last", "next", "this" or "the" right before a holiday name. */
const CUE_BEFORE = /(?<![\w-])(last|next|this|the)\s+$/i;

/** Nouns a holiday name modifies ("the Thanksgiving Day parade"): "the" then belongs to them. */
const HEAD_NOUN =
  /^\s+(?:holidays?|parades?|sales?|season|shopping|travel|dinners?|services?|celebrations?|break|recess|vacations?|period|rush|traffic|eve|festivities|message|address|speech)\b/i;

/**
 * Movable holidays: "Easter", "Good Friday", "Election Day", "Labor Day", "Thanksgiving",
 * "Passover", "Chinese New Year"; "Easter week" and "Holy Week" as ISO weeks; "the Labor Day
 * weekend" as a weekend value. The year is stated ("Easter 1999") or chosen by `pickOccurrence`.
 */
export const movableHolidayParser: PatternParser = {
  name: 'MovableHolidayParser',
  // A capital then the rest of a name's stem: V8 scans for the capital fast, where a plain
  // alternation of names costs five times as much on text without any.
  trigger:
    /[A-Z](?:aster|oly\s|ood\s+F|aundy|alm\s+S|sh\s+W|hrove|ardi\s|scension|entecost|hit\s|lection\s+D|emorial\s+D|abor\s+D|olumbus\s+D|artin\s+L|LK|residents?['’]?\s+D|others?['’]?s?\s+D|athers?['’]?s?\s+D|hanksgiving|assover|esach|osh\s|ewish\s+N|om\s+K|ukkot|h?anukk?ah|urim|hinese\s+N|unar\s+N|pring\s+F|ASTER|HANKSGIVING)/,
  pattern: new RegExp(
    `(?<![\\w-])(${holidayAlternation(Object.keys(MOVABLE_HOLIDAYS))})(?:\\s+(weekend))?(?:,?\\s+(?:of\\s+)?((?:19|20)\\d\\d)(?![\\w-]|[.,]\\d))?(?![\\w-])`,
    'gi',
  ),
  extract(context, match) {
    const [, name = '', weekend, yearText] = match;
    if (!/^[A-Z]/.test(name)) return null;
    const holiday = MOVABLE_HOLIDAYS[holidayKey(name)];
    if (!holiday) return null;
    const end = match.index + match[0].length;
    const after = context.text.slice(end, end + 24);
    if (NAME_FOLLOWER.test(after)) return null;
    // "during the Easter holidays", "the Easter break": a school's or a parliament's break around
    // the day, not the day. The name alone stays the expression, as the noun it modifies is no time.
    const schoolBreak = !weekend && BREAK_AFTER.test(after);
    // The cue is read off the text before, not matched, so the pattern starts with the name.
    const cueMatch = CUE_BEFORE.exec(context.text.slice(Math.max(0, match.index - 6), match.index));
    const cue = cueMatch?.[1]?.toLowerCase();
    const keepThe = cue === 'the' && (weekend || holiday.grain || !HEAD_NOUN.test(after));
    const start = cueMatch && (cue !== 'the' || keepThe) ? match.index - cueMatch[0].length : match.index;
    const whole = context.text.slice(start, end);
    const dateIn = (year: number) =>
      holiday.since && year < holiday.since ? undefined : holidayDate(holiday.rule, year);
    // The span the phrase names, so "Easter week began" read on its Monday is this week's.
    const spanOf = (date: string): DateRange => {
      if (schoolBreak) return { start: shift(date, 'day', -BREAK_DAYS), end: shift(date, 'day', BREAK_DAYS) };
      if (weekend) {
        const saturday = weekendSaturday(date);
        const sunday = shift(saturday, 'day', 1);
        return { start: date < saturday ? date : saturday, end: date > sunday ? date : sunday };
      }
      return holiday.grain === 'week' ? weekRange(date) : { start: date, end: date };
    };
    let date: string | undefined;
    let how: string;
    if (yearText) {
      date = dateIn(Number(yearText));
      how = `in ${yearText}`;
    } else {
      const picked = pickOccurrence(context, start, end, cue === 'the' ? undefined : cue, (year) => {
        const d = dateIn(year);
        return d ? { date: d, range: spanOf(d) } : undefined;
      });
      date = picked?.occurrence.date;
      how = `${picked?.lean} publication date ${context.referenceLabel}`;
    }
    if (!date) return null;
    const year = Number(date.slice(0, 4));
    const fields = {
      start,
      end,
      type: 'DATE' as const,
      range: spanOf(date),
      known: (yearText ? { year } : {}) as Record<string, number>,
      implied: (yearText ? {} : { year }) as Record<string, number>,
      anchor: yearText ? ('none' as const) : ('dct' as const),
    };
    if (schoolBreak) {
      return draft({
        ...fields,
        value: isoWeekValue(date),
        precision: 'week',
        mod: 'APPROX',
        explanation: `"${whole}${after.match(BREAK_AFTER)?.[0] ?? ''}": a break of about two weeks around ${holiday.label}, ${how} → ${humanDate(shift(date, 'day', -BREAK_DAYS))} to ${humanDate(shift(date, 'day', BREAK_DAYS))}, not the day itself`,
      });
    }
    if (weekend) {
      return draft({
        ...fields,
        value: `${isoWeekValue(weekendSaturday(date))}-WE`,
        precision: 'week',
        explanation: `"${whole}": the weekend of ${holiday.label}, ${how} → ${humanDate(date)}`,
      });
    }
    if (holiday.grain === 'week') {
      return draft({
        ...fields,
        value: isoWeekValue(date),
        precision: 'week',
        explanation: `"${whole}": ${holiday.label}, the ISO week ending on Easter Sunday, ${how} → ${isoWeekValue(date)}`,
      });
    }
    return draft({
      ...fields,
      value: date,
      precision: 'day',
      explanation: `"${whole}" is ${holiday.label}; ${how} → ${humanDate(date)}`,
    });
  },
};
