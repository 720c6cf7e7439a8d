import { knownWord, type Token } from './annotate.ts';

/**
 * Page furniture that a scraper keeps as text: whole pages that are no report (a broadcaster's
 * programme listing) and the credit lines of photos and clips. Structural signals only: the
 * layout of credits ("Presenter/Zoe Ball, Producer/Ben Walker") and time slots ("7.00-10.30 pm"),
 * not the names of programmes or channels.
 */

/** A production credit: a role, a slash, a name ("Presenter/Zoe Ball", "Producers/Sara Davies"). */
const CREDIT =
  /\b(?:Presenters?|Producers?|(?:Series|Executive) Producers?|Readers?|Editors?|Directors?|Writers?|Composers?|Narrators?|Hosts?)\s*\\?\/\s*\p{Lu}/gu;

/** A broadcast time slot: a range of clock times with a part of the day ("7.00-10.30 pm", "9.00am-12.00noon"). */
const SLOT = /\b\d{1,2}[.:]\d{2}\s*(?:am|pm|noon)?\s*[-–]\s*\d{1,2}[.:]\d{2}\s*(?:am|pm|noon|midnight)\b/gi;

/** How many credits and time slots make a page a listing: one of each may quote a schedule. */
const LISTING_MARKS = 4;

/**
 * Whether a page is a programme listing (a radio or TV guide, a press pack of a week's
 * programmes): its text carries production credits and time slots, several of them. Every
 * sentence of such a page describes a broadcast, not a happening, however newsy its words
 * ("Robbie Williams opens this year's BBC Electric Proms").
 */
export function isProgrammeListing(text: string): boolean {
  let marks = 0;
  for (const re of [CREDIT, SLOT]) {
    re.lastIndex = 0;
    while (re.exec(text)) if (++marks >= LISTING_MARKS) return true;
  }
  return false;
}

/**
 * Whether a piece of text is a line of a fact box or a profile box: no final punctuation, no
 * auxiliary, and it opens with a common noun in the singular with no article, perhaps after an
 * adjective, and "of" ("Coalition of seven opposition factions, united against Assad regime",
 * "Member of Syria's most powerful Sunni family Son of former defense minister", "Head of Sunni
 * Uqaydat tribe, … Served as top Baath Party official"). Such lines describe; a sentence that
 * tells a happening has its article ("The coalition of …") or its period. `tokens` are the piece's.
 */
export function isFactBoxLine(piece: string, tokens: readonly Token[]): boolean {
  if (tokens.length < 3 || /[.!?:;"”'’)…]$/.test(piece)) return false;
  const of = tokens[1]?.text === 'of' ? 1 : tokens[2]?.text === 'of' ? 2 : -1;
  if (of < 0 || tokens.some((t) => t.pos === 'AUX')) return false;
  const head = tokens[of - 1]!;
  // (A singular common noun the lexicon knows in small letters only: not "Shares", nor "Israel".)
  if (!/^\p{L}+$/u.test(head.text) || /s$/.test(head.text) || !knownWord(head.text.toLowerCase()))
    return false;
  const first = tokens[0]!.text;
  return /^\p{Lu}\p{Ll}+$/u.test(first) && !knownWord(first) && (of === 1 || knownWord(head.text));
}

const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Wed|Thu|Fri|Sat|Sun)';
const MONTH_NAME =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?';
/** A page's date and time stamp, and nothing else ("Saturday, May 15, 2010; 11:47 PM", "Tue May 5, 2009 1:30 pm EDT"). */
const DATE_STAMP = new RegExp(
  `^(?:${WEEKDAY},? )?(?:${MONTH_NAME} \\d{1,2},? \\d{4}|\\d{1,2} ${MONTH_NAME},? \\d{4})(?:[;,]? \\d{1,2}[:.]\\d{2}(?: ?[AaPp]\\.?[Mm]\\.?)?(?: [A-Z]{2,4})?)?$`,
);

/** Whether a piece of text is only a page's date stamp, which dates the page and tells nothing. */
export function isDateStamp(piece: string): boolean {
  return DATE_STAMP.test(piece);
}
