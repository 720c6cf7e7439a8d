import type { TaggingContext } from '../context.ts';
import { fieldsOf, humanDate, shift } from '../dates.ts';
import { type Draft, draft } from '../draft.ts';
import { NUMBER_PATTERN } from '../numbers.ts';
import type { PatternParser } from '../pipeline.ts';
import { weekdayRefiner } from '../refiners/weekdayRefiner.ts';
import { sentenceAround } from '../sentenceAround.ts';
import { alternation, DAY_PARTS, MONTHS, WEEKDAYS } from '../vocabulary.ts';
import { HABITUAL, LIST_AND, WEEKDAY_PART, weekdaySetValue } from './setParser.ts';

const WEEKDAY = alternation(Object.keys(WEEKDAYS));
const MONTH = alternation(Object.keys(MONTHS));

/** A weekday, maybe plural ("Sundays"), with a part of the day, maybe plural ("Tuesday nights"). */
const WEEKDAY_ITEM = `(?:${WEEKDAY})s?(?:\\s+(?:${WEEKDAY_PART})s?)?(?![\\w-])`;
const WEEKDAY_ITEM_PARTS = new RegExp(`(${WEEKDAY})(s?)(?:\\s+(${WEEKDAY_PART})(s?))?(?![\\w-])`, 'gi');
/** What makes a list a set: a plural weekday ("Sundays") or a plural part ("Tuesday nights"). */
const PLURAL_ITEM = `(?:${WEEKDAY})(?:s|\\s+(?:${WEEKDAY_PART})s)(?![\\w-])`;

/** "the past three Sundays", "recent Fridays": a counted run of weekdays is still a SET. */
const SERIES = `(?:the\\s+)?(?:past|last|previous|next|coming|recent)\\s+(?:(?:${NUMBER_PATTERN})\\s+)?`;

/** Names listed before the plural one at most: "Monday, Tuesday, … and Saturday nights". */
const MAX_BEFORE = 5;
/**
 * Runs of spaces or hyphens a match can hold before its first plural name, the anchor: the
 * series ("the" 1, "past" 1, a count such as "twenty-four and a half" 4 and the space after
 * it 1) and, for each name listed before, the name itself ("Monday morning" 1) and the
 * separator after it (" , and " 3).
 */
const SPACES_BEFORE = 7 + MAX_BEFORE * (1 + 3);

/** Words that make a plural weekday a name or an occasion: "Black Fridays", "Super Tuesdays". */
const NAME_BEFORE =
  /\b(?:Black|Cyber|Super|Good|Ash|Holy|Maundy|Palm|Easter|Bloody|Happy|Manic|Fat|Shrove|TGI|T\.G\.I\.)\s+$/;

/** A series with a start or an end ("from March 30", "starting next week", "until June"). */
const SERIES_BOUND = new RegExp(
  `^\\s*,?\\s*(?:from|starting|beginning|through|until|till)\\s+(?:(?:on|in|early|mid|late)[\\s-]+)?(?:${MONTH}|next|this|\\d)`,
  'i',
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

/**
 * Whether "Monday and Tuesday nights" recurs: only with a bound ("would leave on Monday and
 * Tuesday nights from March 30") or a habit ("the show usually airs …"). Otherwise they are
 * two nights of one week, in any tense: "storms hit on …", "police are investigating attacks
 * on …", "the shelling on … is the worst in months", "the talks will be held on …".
 */
function recurs(context: TaggingContext, start: number, end: number): boolean {
  const { text } = context;
  if (SERIES_BOUND.test(text.slice(end, end + 40))) return true;
  const sentence = sentenceAround(text, start, end);
  return HABITUAL.test(text.slice(sentence.start, sentence.end));
}

/**
 * Nights of one week, in the order the text gives them ("Friday and Saturday nights" are a
 * Friday and the Saturday after it). The weekday refiner places the last by tense, as any bare
 * weekday; if that night lies before the DCT the others count back from it, else the refiner
 * places the first and the others count forward from it ("will be held on Thursday and Friday
 * nights", read on a Friday, are next week's).
 */
function oneWeek(context: TaggingContext, items: readonly WeekdayItem[]): Draft[] {
  const drafts = items.map((i) =>
    draft({
      start: i.start,
      end: i.end,
      type: 'TIME',
      precision: 'time',
      known: { weekday: i.weekday },
      pending: { kind: 'weekday', weekday: i.weekday, ...(i.part ? { part: i.part } : {}) },
      priority: 1,
    }),
  );
  if (drafts.length === 1) return drafts;
  const lastIndex = drafts.length - 1;
  weekdayRefiner.refine(context, [drafts[lastIndex] as Draft]);
  const back = (drafts[lastIndex]?.range?.start ?? '') < context.reference;
  if (!back) weekdayRefiner.refine(context, [drafts[0] as Draft]);
  const order = back ? [...drafts.keys()].reverse() : [...drafts.keys()];
  for (let k = 1; k < order.length; k++) {
    const from = drafts[order[k - 1] as number] as Draft;
    const d = drafts[order[k] as number] as Draft;
    // The last may have been placed already, then counted from the first instead.
    const part = items[order[k] as number]?.part;
    const fromWeekday = from.known.weekday ?? 0;
    const weekday = d.known.weekday ?? 0;
    const days = back ? -((fromWeekday - weekday + 7) % 7 || 7) : (weekday - fromWeekday + 7) % 7 || 7;
    const date = shift(from.range?.start ?? context.reference, 'day', days);
    delete d.pending;
    d.tags = d.tags.filter((t) => t !== weekdayRefiner.name);
    d.value = part ? `${date}T${part}` : date;
    d.range = { start: date, end: date };
    const { year, month, day } = fieldsOf(date);
    d.implied = { year, month, day };
    d.anchor = 'dct';
    d.explanation = `"${context.text.slice(d.start, d.end)}" is the nearest such day ${back ? 'before' : 'after'} "${context.text.slice(from.start, from.end)}", listed with it → ${humanDate(date)}`;
  }
  return drafts;
}

/**
 * Plural weekdays are SETs: "on Sundays" (XXXX-WXX-7), "Tuesday nights" (XXXX-WXX-2TNI), "the
 * past three Fridays", "Mondays and Thursdays". A weekday coordinated with a plural part of the
 * day shares it ("Monday and Tuesday nights": XXXX-WXX-1TNI, XXXX-WXX-2TNI) and recurs only
 * with a bound or a habit; otherwise each is a TIME, nights of one week. Names ("Black
 * Fridays", "Super Tuesdays", "Fridays for Future") and "two Sundays ago" are left alone.
 */
export const weekdaySetParser: PatternParser = {
  name: 'WeekdaySetParser',
  // Only a list with a plural weekday or part of day is a set, so only those are tried.
  anchor: { pattern: new RegExp(PLURAL_ITEM, 'gi'), spacesBefore: SPACES_BEFORE },
  // The lookahead keeps every match holding a plural name within its first names, so the
  // anchor's bound holds for every match, not only for those `extract` keeps.
  pattern: new RegExp(
    `(?<![\\w-])(${SERIES})?(?=(?:${WEEKDAY_ITEM}${LIST_AND}){0,${MAX_BEFORE}}${PLURAL_ITEM})(${WEEKDAY_ITEM}(?:${LIST_AND}${WEEKDAY_ITEM}){0,${MAX_BEFORE}})`,
    'gi',
  ),
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
    let shared = false;
    if (last.part && last.pluralPart && /\s(?:and|or)\s|&/i.test(list))
      for (const i of items)
        if (!i.part) {
          i.part = last.part;
          i.pluralPart = true;
          shared = true;
        }
    // A lone singular weekday in the list ("Friday, Sundays are quiet") is not part of the set.
    const kept = items.filter((i) => i.plural || i.pluralPart);
    // "Monday nights' game" is a misplaced apostrophe for one night; "Saturday and Sunday
    // nights", one plural shared, without a habit or a bound are two nights of one week.
    // "Sunday mornings and Wednesday afternoons", each plural, recur.
    if (
      !series &&
      !items.some((i) => i.plural) &&
      (/^['’]/.test(after) || (shared && kept.length > 1 && !recurs(context, match.index, end)))
    )
      return oneWeek(context, kept);
    return kept.map((i, k) =>
      draft({
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
