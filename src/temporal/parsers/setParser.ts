import type { TaggingContext } from '../context.ts';
import { isValidDate } from '../dates.ts';
import { type Draft, draft } from '../draft.ts';
import { NUMBER_PATTERN, parseNumber } from '../numbers.ts';
import type { PatternParser } from '../pipeline.ts';
import { sentenceAround, tenseAt } from '../tense.ts';
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
  pattern: new RegExp(`(?<![\\w-])(?:${alternation(Object.keys(ADVERBS))})(?![\\w-])`, 'gi'),
  extract(context, match) {
    const value = ADVERBS[match[0].toLowerCase()];
    if (!value) return null;
    // "the Communist Party daily Granma", "the weekly Der Spiegel", "a daily newspaper": a
    // publication, not a repetition.
    if (
      PUBLICATION.test(context.text.slice(match.index + match[0].length, match.index + match[0].length + 20))
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
/** The parts of a day a weekday can take: "Monday night", "Sunday mornings". */
const PART = 'morning|afternoon|evening|night';
/** Between coordinated names: "Monday, Wednesday and Friday", "March or April", "Sat. & Sun.". */
const AND = `(?:\\s*,\\s*(?:(?:and|or)\\s+)?|\\s+(?:and|or|&)\\s+)`;

/** A calendar name a quantifier repeats: "July", "July 4", "Monday", "Monday night(s)", "summer". */
const CALENDAR_NAME = `(?:(?:${MONTH})(?:\\s+\\d{1,2}(?:st|nd|rd|th)?)?|(?:${WEEKDAY})(?:\\s+(?:${PART})s?)?|${SEASON})(?![\\w-])`;
/** One name of a `CALENDAR_NAME` list, with its parts captured. */
const CALENDAR_ITEM = new RegExp(
  `(${MONTH})(?:\\s+(\\d{1,2})(?:st|nd|rd|th)?)?(?![\\w-])|(${WEEKDAY})(?:\\s+(${PART})s?)?(?![\\w-])|(${SEASON})(?![\\w-])`,
  'gi',
);

/** A weekday, its part of the day and whether either word is plural ("Tuesday nights"). */
interface WeekdayItem {
  start: number;
  end: number;
  weekday: number;
  part?: string | undefined;
  plural: boolean;
  pluralPart: boolean;
}

/** TIMEX3 value of a weekday repeated every week: "XXXX-WXX-1", "XXXX-WXX-2TNI" (ISO: Sunday is 7). */
function weekdaySetValue(weekday: number, part: string | undefined): string {
  return `XXXX-WXX-${weekday === 0 ? 7 : weekday}${part ? `T${part}` : ''}`;
}

/**
 * "each July", "every July 4", "every Monday and Thursday", "each Sunday morning", "every
 * summer": each coordinated name is a SET of its own; the first keeps the quantifier. A part of
 * the day after the last weekday is shared ("every Monday and Tuesday night"). Month names must
 * be capitalized: "each may choose" and "every march on Washington" are a modal and a noun.
 */
function calendarSets(context: TaggingContext, start: number, listStart: number, whole: string): Draft[] {
  const list = context.text.slice(listStart, start + whole.length);
  const out: Draft[] = [];
  const weekdayDrafts: Draft[] = [];
  let sharedPart: string | undefined;
  for (const item of list.matchAll(CALENDAR_ITEM)) {
    const [text, month, day, weekday, part, season] = item;
    const from = out.length === 0 ? start : listStart + item.index;
    const base = {
      start: from,
      end: listStart + item.index + text.length,
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
      out.push(draft({ ...base, value, explanation: `"${text}" recurs every year` }));
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
        explanation: `"${text}" recurs every week`,
      });
      weekdayDrafts.push(d);
      out.push(d);
      continue;
    }
    const code = SEASONS[(season ?? '').toLowerCase()]?.code;
    if (!code) break;
    out.push(draft({ ...base, value: `XXXX-${code}`, explanation: `"${text}" recurs every year` }));
  }
  // "every Monday and Tuesday night": the last weekday's part of the day belongs to each.
  if (sharedPart && weekdayDrafts.length > 1)
    for (const d of weekdayDrafts) if (!/T[A-Z]{2}$/.test(d.value)) d.value = `${d.value}T${sharedPart}`;
  return out;
}

/**
 * "every day", "each year", "every two weeks", "every other week", "each season", "per year",
 * "every weekend", "every quarter", and repeated calendar names ("each July", "every Monday and
 * Thursday", "every Sunday morning", "every summer").
 */
export const everyParser: PatternParser = {
  name: 'EveryParser',
  pattern: new RegExp(
    `(?<![\\w-])(every|each|per|a)\\s+(?:other\\s+)?(?:(${NUMBER_PATTERN})\\s+)?(${CALENDAR_NAME}(?:${AND}${CALENDAR_NAME})*|(?:${UNIT_PATTERN}|seasons?)(?![\\w-]))`,
    'gi',
  ),
  extract(context, match) {
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
      const sets = calendarSets(context, match.index, match.index + whole.length - word.length, whole);
      return sets.length > 0 ? sets : null;
    }
    // TIMEX3 has no season unit: a season is a quarter of the year, three months.
    if (lower === 'season' && !number)
      return draft({
        ...base,
        value: 'P3M',
        explanation: `"${whole}" recurs every season, about three months (P3M)`,
      });
    const count = number ? parseNumber(number) : /other/i.test(whole) ? 2 : 1;
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
        explanation: `"${whole}" recurs every ${count} quarter(s)`,
      });
    const value = durationValue(count, lower);
    if (!value) return null;
    return draft({ ...base, value, explanation: `"${whole}" recurs every ${value}` });
  },
};

/** A weekday, maybe plural ("Sundays"), with a part of the day, maybe plural ("Tuesday nights"). */
const WEEKDAY_ITEM = `(?:${WEEKDAY})s?(?:\\s+(?:${PART})s?)?(?![\\w-])`;
const WEEKDAY_ITEM_PARTS = new RegExp(`(${WEEKDAY})(s?)(?:\\s+(${PART})(s?))?(?![\\w-])`, 'gi');

/** "the past three Sundays", "recent Fridays": a counted run of weekdays is still a SET. */
const SERIES = `(?:the\\s+)?(?:past|last|previous|next|coming|recent)\\s+(?:(?:${NUMBER_PATTERN})\\s+)?`;

/** Words that make a plural weekday a name or an occasion: "Black Fridays", "Super Tuesdays". */
const NAME_BEFORE =
  /\b(?:Black|Cyber|Super|Good|Ash|Holy|Maundy|Palm|Easter|Bloody|Happy|Manic|Fat|Shrove|TGI|T\.G\.I\.)\s+$/;

/** A series with a start or an end ("from March 30", "starting next week", "until June"). */
const SERIES_BOUND = new RegExp(
  `^\\s*,?\\s*(?:from|starting|beginning|through|until|till)\\s+(?:(?:on|in|early|mid|late)[\\s-]+)?(?:${MONTH}|next|this|\\d)`,
  'i',
);
/** Habitual adverbs and rates: what the clause dates recurs. */
const HABITUAL =
  /\b(?:usually|normally|typically|generally|regularly|routinely|often|always|traditionally|historically|customarily|seasonally|(?:each|every)\s+(?:week|year)|weekly|annually)\b/i;

/** Words that put a clause in the future outright, unlike the futurate "the museum opens …". */
const FUTURE_WORD =
  /\b(?:will|shall|would|going\s+to|scheduled|slated|due|expected|planned|set\s+to)\b|['’]ll\b|\bwo\s*n['’]t\b/i;

/**
 * Whether "Monday and Tuesday nights" recurs: "would leave on Monday and Tuesday nights from
 * March 30", "the show usually airs …", "bars are crowded on …", "the museum opens late on …".
 * A past clause ("storms hit on Saturday and Sunday nights") or a plain future ("the talks will
 * be held on …") names two nights of one week.
 */
function recurs(context: TaggingContext, start: number, end: number): boolean {
  const { text } = context;
  if (SERIES_BOUND.test(text.slice(end, end + 40))) return true;
  const sentence = sentenceAround(text, start, end);
  if (HABITUAL.test(text.slice(sentence.start, sentence.end))) return true;
  const tense = tenseAt(text, start, end);
  if (tense === 'future') return !FUTURE_WORD.test(text.slice(sentence.start, start));
  return tense !== 'past';
}

/**
 * Plural weekdays are SETs: "on Sundays" (XXXX-WXX-7), "Tuesday nights" (XXXX-WXX-2TNI), "the
 * past three Fridays", "Mondays and Thursdays". A weekday coordinated with a plural part of the
 * day shares it ("Monday and Tuesday nights": XXXX-WXX-1TNI, XXXX-WXX-2TNI) and recurs unless
 * the clause narrates two past nights; then each is a TIME the weekday refiner places. Names
 * ("Black Fridays", "Super Tuesdays", "Fridays for Future") and "two Sundays ago" are left alone.
 */
export const weekdaySetParser: PatternParser = {
  name: 'WeekdaySetParser',
  // Only a list with a plural weekday or part of day is a set, so only those are tried.
  anchor: {
    pattern: new RegExp(`(?:${WEEKDAY})(?:s|\\s+(?:${PART})s)(?![\\w-])`, 'gi'),
    spacesBefore: 7,
  },
  pattern: new RegExp(`(?<![\\w-])(${SERIES})?(${WEEKDAY_ITEM}(?:${AND}${WEEKDAY_ITEM})*)`, 'gi'),
  extract(context, match) {
    const [whole, series, list = ''] = match;
    const { text } = context;
    const listStart = match.index + whole.length - list.length;
    const end = match.index + whole.length;
    const items: WeekdayItem[] = [];
    for (const m of list.matchAll(WEEKDAY_ITEM_PARTS)) {
      const [surface, day = '', s, part, partS] = m;
      items.push({
        start: listStart + m.index,
        end: listStart + m.index + surface.length,
        weekday: WEEKDAYS[day.toLowerCase()] ?? 0,
        part: part ? DAY_PARTS[part.toLowerCase()] : undefined,
        plural: Boolean(s),
        pluralPart: Boolean(partS),
      });
    }
    const last = items[items.length - 1];
    if (!last || !items.some((i) => i.plural || i.pluralPart)) return null;
    const after = text.slice(end, end + 16);
    // "two Sundays ago" is one day; "Sundays'" is a possessive we cannot read.
    if (/^\s+(?:ago|later|earlier)\b/i.test(after) || (/^['’]/.test(after) && last.plural)) return null;
    // Names and occasions: "Black Fridays", "Fridays for Future", "Sundays River".
    if (!series && NAME_BEFORE.test(text.slice(Math.max(0, match.index - 12), match.index))) return null;
    if (last.plural && !last.part && /^\s+(?:for\s+)?[A-Z][a-z]/.test(after)) return null;
    // A plural part of the day after "and" is every listed weekday's: "Monday and Tuesday nights".
    if (last.part && last.pluralPart && /\s(?:and|or)\s|&/i.test(list))
      for (const i of items)
        if (!i.part) {
          i.part = last.part;
          i.pluralPart = true;
        }
    // A lone singular weekday in the list ("Friday, Sundays are quiet") is not part of the set.
    const kept = items.filter((i) => i.plural || i.pluralPart);
    // "Monday nights' game" is a misplaced apostrophe for one night; "Saturday and Sunday nights"
    // in a past clause are two nights: TIMEs the weekday refiner places by tense.
    const oneWeek =
      !series &&
      !items.some((i) => i.plural) &&
      (/^['’]/.test(after) || (kept.length > 1 && !recurs(context, match.index, end)));
    return kept.map((i, k) =>
      oneWeek
        ? draft({
            start: i.start,
            end: i.end,
            type: 'TIME',
            precision: 'time',
            known: { weekday: i.weekday },
            pending: { kind: 'weekday', weekday: i.weekday, ...(i.part ? { part: i.part } : {}) },
            priority: 1,
          })
        : draft({
            start: k === 0 && i === items[0] ? match.index : i.start,
            end: i.end,
            type: 'SET',
            value: weekdaySetValue(i.weekday, i.part),
            precision: 'vague',
            known: { weekday: i.weekday },
            priority: 1,
            explanation: `"${text.slice(i.start, i.end)}" recurs every week`,
          }),
    );
  },
};

const SEASON_PLURALS: Readonly<Record<string, string>> = { summers: 'SU', winters: 'WI', autumns: 'FA' };

/**
 * A run of seasons: "the past three summers" is XXXX-SU, as TimeBank writes it, like "every
 * summer". "Falls" and "springs" are left out ("the last two falls in share prices").
 */
export const seasonSeriesParser: PatternParser = {
  name: 'SeasonSeriesParser',
  trigger: /\b(?:summers|winters|autumns)\b/i,
  pattern: new RegExp(
    `(?<![\\w-])(?:the\\s+)?(?:past|last|previous|recent|next|coming|first|final)\\s+(?:(?:${NUMBER_PATTERN})\\s+)?(summers|winters|autumns)(?![\\w-])`,
    'gi',
  ),
  extract(_context, match) {
    const [whole, plural = ''] = match;
    const code = SEASON_PLURALS[plural.toLowerCase()];
    if (!code) return null;
    return draft({
      start: match.index,
      end: match.index + whole.length,
      type: 'SET',
      value: `XXXX-${code}`,
      precision: 'vague',
      explanation: `"${whole}" is a run of ${plural.toLowerCase()}: one season of every year`,
    });
  },
};

const QUARTER_ORDINALS: Readonly<Record<string, number>> = {
  first: 1,
  '1st': 1,
  second: 2,
  '2nd': 2,
  third: 3,
  '3rd': 3,
  fourth: 4,
  '4th': 4,
};
const QUARTER_ORDINAL = alternation(Object.keys(QUARTER_ORDINALS));
const QUARTER_ORDINAL_WORD = new RegExp(`(?<![\\w-])(?:${QUARTER_ORDINAL})(?![\\w-])`, 'gi');

/**
 * "is usually conducted in the second and fourth quarters": coordinated quarters in a habitual
 * clause are the same quarters of every year (XXXX-Q2, XXXX-Q4). Without a habit cue they are
 * this year's quarters ("profit rose in the second and third quarters"), left to the quarter
 * parser.
 */
export const habitualQuarterParser: PatternParser = {
  name: 'HabitualQuarterParser',
  trigger: /\bquarters\b/i,
  pattern: new RegExp(
    `(?<![\\w-])the\\s+((?:${QUARTER_ORDINAL})(?:${AND}(?:${QUARTER_ORDINAL}))+)[\\s-]+quarters(?![\\w-])`,
    'gi',
  ),
  extract(context, match) {
    const [whole, list = ''] = match;
    const sentence = sentenceAround(context.text, match.index, match.index + whole.length);
    if (!HABITUAL.test(context.text.slice(sentence.start, match.index))) return null;
    const listStart = match.index + whole.indexOf(list);
    const ordinals = [...list.matchAll(QUARTER_ORDINAL_WORD)];
    return ordinals.map((o, k) => {
      const start = listStart + o.index;
      // The last ordinal carries the noun: "second" and "fourth quarters", as TimeBank marks them.
      const end = k === ordinals.length - 1 ? match.index + whole.length : start + o[0].length;
      const n = QUARTER_ORDINALS[o[0].toLowerCase()];
      return draft({
        start,
        end,
        type: 'SET',
        value: `XXXX-Q${n}`,
        precision: 'vague',
        explanation: `"${context.text.slice(start, end)}" in a habitual clause: that quarter of every year`,
      });
    });
  },
};
