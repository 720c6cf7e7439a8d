import type { TaggingContext } from '../context.ts';
import { isValidDate } from '../dates.ts';
import { type Draft, draft } from '../draft.ts';
import { NUMBER_PATTERN, parseNumber } from '../numbers.ts';
import type { PatternParser } from '../pipeline.ts';
import { durationValue, UNIT_PATTERN } from '../units.ts';
import { alternation, DAY_PARTS, MONTHS, SEASONS, UNITS, WEEKDAYS } from '../vocabulary.ts';

const ADVERBS: Readonly<Record<string, string>> = {
  hourly: 'PT1H',
  daily: 'P1D',
  nightly: 'P1D',
  weekly: 'P1W',
  biweekly: 'P2W',
  monthly: 'P1M',
  annually: 'P1Y',
  yearly: 'P1Y',
};

/** "daily", "weekly", "annually": frequency adverbs are SETs of one unit. */
export const frequencyParser: PatternParser = {
  name: 'FrequencyParser',
  // A trigger, not a lookbehind tried at every position: most texts hold none of these words.
  trigger: new RegExp(`(?:${alternation(Object.keys(ADVERBS))})`, 'i'),
  words: Object.keys(ADVERBS),
  pattern: new RegExp(`\\b(?:${alternation(Object.keys(ADVERBS))})(?![\\w-])`, 'gi'),
  extract(context, match) {
    // "\b" rather than a lookbehind tried at every position; a hyphen before ("bi-weekly") is checked here.
    if (context.text[match.index - 1] === '-') return null;
    const value = ADVERBS[match[0].toLowerCase()];
    if (!value) return null;
    // "the Communist Party daily Granma", "the weekly Der Spiegel", "a daily newspaper": a
    // publication, not a repetition.
    if (
      PUBLICATION.test(context.text.slice(match.index + match[0].length, match.index + match[0].length + 20))
    )
      return null;
    // "A Syrian pro-government daily dismissed the plan": a paper, the subject of the verb after it.
    if (
      /^(?:daily|weekly)$/i.test(match[0]) &&
      /\b(?:a|the|[\p{L}-]+-(?:government|state|run|owned|backed))\s+(?:[\p{L}-]+\s+){0,3}$/iu.test(
        context.text.slice(Math.max(0, match.index - 50), match.index),
      ) &&
      /^\s+(?:said|says|reported|reports|quoted|dismissed|wrote|claimed|accused|published|called|described|warned|added)\b/.test(
        context.text.slice(match.index + match[0].length, match.index + match[0].length + 16),
      )
    )
      return null;
    return draft({
      start: match.index,
      end: match.index + match[0].length,
      type: 'SET',
      value,
      precision: 'vague',
      explanation: `"${match[0]}" repeats every ${value}`,
    });
  },
};

/** What follows "daily"/"weekly" when it names a publication: a title or a word for one. */
const PUBLICATION = /^\s+(?:(?:news)?papers?\b|tabloid\b|magazine\b|[A-Z][a-z])/;

const WEEKDAY = alternation(Object.keys(WEEKDAYS));
const MONTH = alternation(Object.keys(MONTHS));
const SEASON = alternation(Object.keys(SEASONS));
/** The parts of a day a weekday can take: "Monday night", "Sunday mornings", "Friday noon". */
export const WEEKDAY_PART = alternation(Object.keys(DAY_PARTS).filter((p) => p !== 'tonight'));
/** Between coordinated names: "Monday, Wednesday and Friday", "March or April", "Sat. & Sun.". */
export const LIST_AND = `(?:\\s*,\\s*(?:(?:and|or)\\s+)?|\\s+(?:and|or|&)\\s+)`;
/** Habitual adverbs and rates: what the clause dates recurs. */
export const HABITUAL =
  /\b(?:usually|normally|typically|generally|regularly|routinely|often|frequently|sometimes|always|traditionally|historically|customarily|seasonally|(?:each|every)\s+(?:week|month|year|season)|weekly|annually|used\s+to|tends?\s+to)\b/i;

/** A calendar name a quantifier repeats: "July", "July 4", "Monday", "Monday night(s)", "summer". */
const CALENDAR_NAME = `(?:(?:${MONTH})(?:\\s+\\d{1,2}(?:st|nd|rd|th)?)?|(?:${WEEKDAY})(?:\\s+(?:${WEEKDAY_PART})s?)?|${SEASON})(?![\\w-])`;
/** One name of a `CALENDAR_NAME` list, with its parts captured. */
const CALENDAR_ITEM = new RegExp(
  `(${MONTH})(?:\\s+(\\d{1,2})(?:st|nd|rd|th)?)?(?![\\w-])|(${WEEKDAY})(?:\\s+(${WEEKDAY_PART})s?)?(?![\\w-])|(${SEASON})(?![\\w-])`,
  'gi',
);
/** Month and weekday names, to tell a following name ("May Day") from the list's next item. */
const CALENDAR_WORD = new RegExp(`^(?:${MONTH}|${WEEKDAY})$`, 'i');
/** "March on Washington", "March of Dimes", "March for Life": a march, not the month. */
const MARCH_NAME = /^\s+(?:on|of|for|against)\s+[A-Z]/;

/**
 * Whether the month or weekday ending at `end` begins a name: "May Day", "April Fools' Day",
 * "Sunday Times", "Monday Night Football", "March on Washington". A capitalized month or
 * weekday after it is no name but the next name of a list.
 */
function beginsName(text: string, month: string | undefined, end: number): boolean {
  const after = text.slice(end, end + 40);
  const next = /^\s+([A-Z][\w.'’]*)/.exec(after)?.[1];
  if (next && !CALENDAR_WORD.test(next.replace(/['’]s?$/, ''))) return true;
  return month !== undefined && /^march$/i.test(month) && MARCH_NAME.test(after);
}

/** TIMEX3 value of a weekday repeated every week: "XXXX-WXX-1", "XXXX-WXX-2TNI" (ISO: Sunday is 7). */
export function weekdaySetValue(weekday: number, part: string | undefined): string {
  return `XXXX-WXX-${weekday === 0 ? 7 : weekday}${part ? `T${part}` : ''}`;
}

/**
 * "each July", "every July 4", "every Monday and Thursday", "each Sunday morning", "every
 * summer": each coordinated name is a SET of its own; the first keeps the quantifier. A part of
 * the day after the last weekday is shared ("every Monday and Tuesday night"). Month names must
 * be capitalized: "each may choose" and "every march on Washington" are a modal and a noun. The
 * list stops at a name ("every May Day", "every Sunday Times reader"). With `other` ("every
 * other Monday") the value stays the weekday's, and the explanation says every other week.
 */
function calendarSets(
  context: TaggingContext,
  start: number,
  listStart: number,
  whole: string,
  other: boolean,
): Draft[] {
  const list = context.text.slice(listStart, start + whole.length);
  const out: Draft[] = [];
  const weekdayDrafts: Draft[] = [];
  const every = other ? 'every other' : 'every';
  let sharedPart: string | undefined;
  for (const item of list.matchAll(CALENDAR_ITEM)) {
    const [text, month, day, weekday, part, season] = item;
    const from = out.length === 0 ? start : listStart + item.index;
    const end = listStart + item.index + text.length;
    if ((month || weekday) && beginsName(context.text, month, end)) break;
    const base = {
      start: from,
      end,
      type: 'SET' as const,
      precision: 'vague' as const,
      // "Wednesday" alone is also chrono's date, with the same extent: the SET reading wins.
      priority: 1,
    };
    if (month) {
      const m = MONTHS[month.toLowerCase()];
      if (!m || !/^[A-Z]/.test(month)) break;
      const d = day ? Number(day) : undefined;
      if (d !== undefined && !isValidDate(2000, m, d)) break;
      const value = `XXXX-${String(m).padStart(2, '0')}${d ? `-${String(d).padStart(2, '0')}` : ''}`;
      out.push(draft({ ...base, value, explanation: `"${text}" recurs ${every} year` }));
      continue;
    }
    if (weekday) {
      const n = WEEKDAYS[weekday.toLowerCase()] ?? 0;
      const code = part ? DAY_PARTS[part.toLowerCase()] : undefined;
      sharedPart = code;
      const d = draft({
        ...base,
        value: weekdaySetValue(n, code),
        known: { weekday: n },
        explanation: `"${text}" recurs ${every} week`,
      });
      weekdayDrafts.push(d);
      out.push(d);
      continue;
    }
    const code = SEASONS[(season ?? '').toLowerCase()]?.code;
    if (!code) break;
    out.push(draft({ ...base, value: `XXXX-${code}`, explanation: `"${text}" recurs ${every} year` }));
  }
  // "every Monday and Tuesday night": the last weekday's part of the day belongs to each.
  if (sharedPart && weekdayDrafts.length > 1)
    for (const d of weekdayDrafts) if (!/T[A-Z]{2}$/.test(d.value)) d.value = `${d.value}T${sharedPart}`;
  return out;
}

/** "every quarter", "every other week", "every 2 quarters": how often, in words. */
function everyCount(count: number, unit: string, other: boolean): string {
  if (other) return `every other ${unit}`;
  return count === 1 ? `every ${unit}` : `every ${count} ${unit}s`;
}

/**
 * "every day", "each year", "every two weeks", "every other week", "each season", "per year",
 * "every weekend", "every quarter", and repeated calendar names ("each July", "every Monday and
 * Thursday", "every Sunday morning", "every summer").
 */
export const everyParser: PatternParser = {
  name: 'EveryParser',
  // Every match opens with its quantifier; "a" counts only after "once", "twice", "times", so the
  // anchor takes that word with it (a lone "a" is too common to anchor on).
  anchor: { pattern: /\b(?:every|each|per)\b|\b(?:once|twice|thrice|times)\s+a\b/gi, spacesBefore: 0 },
  pattern: new RegExp(
    `\\b(every|each|per|(?<=\\b(?:once|twice|thrice|times)\\s+)a)\\s+(?:other\\s+)?(?:(${NUMBER_PATTERN})\\s+)?(${CALENDAR_NAME}(?:${LIST_AND}${CALENDAR_NAME})*|(?:${UNIT_PATTERN}|seasons?)(?![\\w-]))`,
    'gi',
  ),
  extract(context, match) {
    if (context.text[match.index - 1] === '-') return null;
    const [whole, quantifier = '', number, word = ''] = match;
    const q = quantifier.toLowerCase();
    const lower = word.toLowerCase();
    // "a year" is a frequency only after "once", "twice", "three times".
    if (
      q === 'a' &&
      !/\b(?:once|twice|thrice|times)\s+$/i.test(
        context.text.slice(Math.max(0, match.index - 12), match.index),
      )
    )
      return null;
    const base = {
      start: match.index,
      end: match.index + whole.length,
      type: 'SET' as const,
      precision: 'vague' as const,
    };
    if (!UNITS[lower] && !/^seasons?$/.test(lower)) {
      // A calendar name repeats with "every" or "each"; "two Mondays", "per July" do not.
      if (number || (q !== 'every' && q !== 'each')) return null;
      const start = match.index + whole.length - word.length;
      const sets = calendarSets(context, match.index, start, whole, /\sother\s/i.test(whole));
      return sets.length > 0 ? sets : null;
    }
    // TIMEX3 has no season unit: a season is a quarter of the year, three months.
    if (lower === 'season' && !number)
      return draft({
        ...base,
        value: 'P3M',
        explanation: `"${whole}" recurs every season, about three months (P3M)`,
      });
    const other = !number && /\sother\s/i.test(whole);
    const count = number ? parseNumber(number) : other ? 2 : 1;
    if (count === undefined) return null;
    const unit = UNITS[lower]?.unit;
    // A weekend recurs as the weekend of each week; a quarter as each calendar quarter (P1Q, as
    // TimeBank writes "every quarter"), not as any three months.
    if (unit === 'weekend' && !number)
      return draft({ ...base, value: 'XXXX-WXX-WE', explanation: `"${whole}" recurs every weekend` });
    if (unit === 'quarter' && Number.isInteger(count))
      return draft({
        ...base,
        value: `P${count}Q`,
        explanation: `"${whole}" recurs ${everyCount(count, 'quarter', other)}`,
      });
    const value = durationValue(count, lower);
    if (!value) return null;
    // "every night" is P1D, said as nights.
    const said = unit === 'day' && /^nights?$/.test(lower) ? 'night' : (unit ?? lower);
    return draft({
      ...base,
      value,
      explanation: `"${whole}" recurs ${everyCount(count, said, other)} (${value})`,
    });
  },
};
