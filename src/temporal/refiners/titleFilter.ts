import { CALENDAR_WORD } from '../calendarNames.ts';
import type { Draft } from '../draft.ts';
import type { TemporalRefiner } from '../pipeline.ts';

/**
 * Time words that prose writes in lower case: capitalized mid-sentence they are a title. Names
 * of days, months and holidays are capitalized anyway, so they prove nothing and are left alone.
 */
const PROSE_LOWER =
  /^(?:Today|Tonight|Tomorrow|Yesterday|Now|This|Next|Last|Daily|Weekly|Monthly|Week|Month|Year|Days?|Hours?|Minutes?|\d+)\b/;

/** Quotation marks that open and close a title. */
const OPEN_QUOTE = /["“'‘]$/;
const CLOSE_QUOTE = /^[,.!?]?["”'’]/;

/** The quoted title goes on with capitalized words up to the closing quote: "This Week With David Brinkley". */
const TITLE_GOES_ON = /^(?:\s+[A-Z][\w'’-]*){1,5}["”]/;

/** A capitalized word right before the expression, on the same line, with no punctuation between. */
const NAME_BEFORE = /(?:^|[^\w.!?:;"“'‘(])([A-Z][\w&.'’-]*)[ \t]+$/;

/** Names of days and months: a date context, not a title ("Monday Today" is not a name). */
const DATE_WORD = CALENDAR_WORD;

/** Words that open a clause or a time expression's context; a capital after them proves nothing. */
const FUNCTION_WORD =
  /^(?:I|A|An|The|And|But|Or|So|Yet|For|In|On|At|By|Of|To|From|Until|Since|As|If|When|While|Then|Also|Even|Just|Only|Mr|Mrs|Ms|Dr)\.?$/;

/** A proper name, not a function word, a date word or a sentence's last word ("Wednesday. Yesterday"). */
function isName(word: string): boolean {
  if (FUNCTION_WORD.test(word) || DATE_WORD.test(word)) return false;
  return !/[.!?]$/.test(word) || /^(?:[A-Z]\.)+$/.test(word);
}

/** True when the phrase opens with a prose-lower-case time word and every word is capitalized or a figure. */
function isTitleCased(text: string): boolean {
  return PROSE_LOWER.test(text) && text.split(/\s+/).every((w) => /^[A-Z0-9]/.test(w));
}

/** Why a draft reads as part of a name, or undefined. */
function nameReason(text: string, d: Draft): string | undefined {
  // Most results open in lower case: settle them without slicing.
  const first = text.charCodeAt(d.start);
  if (!((first >= 65 && first <= 90) || (first >= 48 && first <= 57))) return undefined;
  const surface = text.slice(d.start, d.end);
  if (!isTitleCased(surface)) return undefined;
  const before = text.slice(Math.max(0, d.start - 40), d.start);
  const after = text.slice(d.end, d.end + 40);
  // ABC's "This Week", CBS's "60 Minutes": a title-cased phrase that is exactly the quotation.
  // A one-word quotation ("Now," she said) is more often a quoted sentence start.
  if (
    /\s/.test(surface) &&
    OPEN_QUOTE.test(before) &&
    (CLOSE_QUOTE.test(after) || TITLE_GOES_ON.test(after))
  ) {
    return `"${surface}" is a quoted title`;
  }
  // "USA Today", "VOA Today": a word that is lower case in prose, capitalized after a name.
  const name = NAME_BEFORE.exec(before)?.[1];
  if (name && isName(name) && !/^\d/.test(surface)) {
    return `"${name} ${surface}" is a name`;
  }
  return undefined;
}

/**
 * Drops expressions that are part of a name or a title: "USA Today", "VOA Today", ABC's
 * "This Week", CBS's "60 Minutes". Only phrases opening with a word prose writes in lower case
 * count, so "Monday" after a name ("Karzai Monday") and "Afghan Independence Day" stay dates.
 */
export const titleFilter: TemporalRefiner = {
  name: 'TitleFilter',
  refine(context, drafts) {
    return drafts.filter((d) => nameReason(context.text, d) === undefined);
  },
};
