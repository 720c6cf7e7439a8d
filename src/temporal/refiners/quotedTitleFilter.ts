import type { Draft } from '../draft.ts';
import type { TemporalRefiner } from '../pipeline.ts';

/** A closing single quote: after a letter or figure, before no letter ("Greed' said", not "Hayward's"). */
const CLOSE_SINGLE = /(?:^|(?<=[\p{L}\d.?!]))['’](?!\p{L})/gu;

/** A quote that may be a plural possessive: after an "s", before a lower-case word ("the workers’ union"). */
const POSSESSIVE = /s['’]\s+\p{Ll}/uy;

/** How far a quotation around an expression may reach on either side. */
const REACH = 150;

const NEWLINE = 10;

/**
 * The quotation around [start, end) on its line, or undefined: straight double quotes paired
 * within reach before it, curly double quotes, or single quotes that open before a capital after a
 * space and close before a non-letter ("author of 'Oil, Money and Greed: … Century' said").
 */
export function quotationAround(text: string, start: number, end: number): string | undefined {
  // Within reach on its line: the newlines are looked for in the reach only, not along the whole
  // line (an unbroken text is one line, scanned once per expression otherwise).
  let from = Math.max(0, start - REACH);
  for (let i = start - 1; i >= from; i--)
    if (text.charCodeAt(i) === NEWLINE) {
      from = i + 1;
      break;
    }
  const before = text.slice(from, start);
  let to = Math.min(text.length, end + REACH);
  for (let i = end; i < to; i++)
    if (text.charCodeAt(i) === NEWLINE) {
      to = i;
      break;
    }
  const after = text.slice(end, to);
  // Straight double quotes: inside one when an odd number of them lies within reach before here,
  // paired in that window only, so one stray quote earlier on a long line ('a 12" single') flips
  // nothing far after it.
  const straightClose = after.indexOf('"');
  const straightOpen = before.lastIndexOf('"');
  if (straightClose >= 0 && straightOpen >= 0 && (before.match(/"/g) ?? []).length % 2 === 1)
    return before.slice(straightOpen + 1) + text.slice(start, end) + after.slice(0, straightClose);
  const curlyOpen = before.lastIndexOf('“');
  if (curlyOpen >= 0 && !before.slice(curlyOpen).includes('”')) {
    const close = after.indexOf('”');
    if (close >= 0 && !after.slice(0, close).includes('“'))
      return before.slice(curlyOpen + 1) + text.slice(start, end) + after.slice(0, close);
  }
  let open: RegExpExecArray | undefined;
  const opener = /(?:^|[\s(])['‘](?=[\p{Lu}\d])/gu;
  for (let m = opener.exec(before); m; m = opener.exec(before)) open = m;
  if (open) {
    const inside = before.slice(open.index + open[0].length);
    const close = closingQuote(text, start, end, inside, after);
    if (close !== undefined) return inside + text.slice(start, end) + after.slice(0, close);
  }
  return undefined;
}

/**
 * Where in `after` (the text from `end`) the single quote opened in `inside` (the text up to
 * `start`) closes, or undefined when it closes in `inside` or not within reach. A quote that may
 * be a plural possessive ("'The workers’ union meets on Friday'") is passed over only when a later
 * closing quote follows: otherwise it closes a title ending in "s" ("'The Crash of 2008 and Its
 * Lessons' said").
 */
function closingQuote(
  text: string,
  start: number,
  end: number,
  inside: string,
  after: string,
): number | undefined {
  const candidates = [
    ...[...inside.matchAll(CLOSE_SINGLE)].map((m) => start - inside.length + m.index),
    ...[...after.matchAll(CLOSE_SINGLE)].map((m) => end + m.index),
  ];
  const close = candidates.find((at, k) => {
    POSSESSIVE.lastIndex = at - 1;
    return !(POSSESSIVE.test(text) && k + 1 < candidates.length);
  });
  return close === undefined || close < end ? undefined : close - end;
}

/**
 * Whether a quotation is a title: three words or more, every word of four letters or more
 * capitalized ("Oil, Money and Greed: The Struggle for Energy in the 21st Century"), two of them
 * at least. A quoted sentence has lower-case verbs and nouns ("we will meet on Friday").
 */
function isTitle(quotation: string): boolean {
  const words = quotation.split(/\s+/).map((w) => w.replace(/^[^\p{L}\d]+|[^\p{L}\d]+$/gu, ''));
  if (words.filter((w) => w !== '').length < 3) return false;
  const long = words.filter((w) => /^\p{L}{4,}/u.test(w));
  return long.length >= 2 && long.every((w) => /^\p{Lu}/u.test(w));
}

/** Why a draft lies inside a quoted title of a work, or undefined. */
export function quotedTitleReason(text: string, d: Draft): string | undefined {
  const quotation = quotationAround(text, d.start, d.end);
  return quotation !== undefined && isTitle(quotation)
    ? `"${text.slice(d.start, d.end)}" lies in the quoted title "${quotation.trim()}"`
    : undefined;
}

/**
 * Drops expressions inside a quoted title of a book, film, report or law ("author of 'Oil, Money
 * and Greed: The Struggle for Energy in the 21st Century'"): the title names a work, it dates
 * nothing the sentence tells.
 */
export const quotedTitleFilter: TemporalRefiner = {
  name: 'QuotedTitleFilter',
  refine(context, drafts) {
    return drafts.filter((d) => quotedTitleReason(context.text, d) === undefined);
  },
};
