import {
  CALENDAR_WORD,
  MONTH_ABBREVIATION,
  MONTH_NAMES,
  WEEKDAY_NAMES,
} from '../../temporal/calendarNames.ts';
import { knownWord, type Token } from './annotate.ts';

/**
 * Page furniture that a scraper keeps as text: the lines of fact boxes and a page's date stamps
 * (whole pages that are no report are in `src/ingest/nonReportPages.ts`). Structural signals only, not the
 * names of programmes or channels.
 */

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

const WEEKDAY = `(?:${WEEKDAY_NAMES.join('|')}|Mon|Tue|Wed|Thu|Fri|Sat|Sun)`;
const MONTH_NAME = `(?:${MONTH_NAMES.join('|')}|${MONTH_ABBREVIATION})\\.?`;
/** A page's date and time stamp, and nothing else ("Saturday, May 15, 2010; 11:47 PM", "Tue May 5, 2009 1:30 pm EDT"). */
const DATE_STAMP = new RegExp(
  `^(?:${WEEKDAY},? )?(?:${MONTH_NAME} \\d{1,2},? \\d{4}|\\d{1,2} ${MONTH_NAME},? \\d{4})(?:[;,]? \\d{1,2}[:.]\\d{2}(?: ?[AaPp]\\.?[Mm]\\.?)?(?: [A-Z]{2,4})?)?$`,
);

/** Whether a piece of text is only a page's date stamp, which dates the page and tells nothing. */
export function isDateStamp(piece: string): boolean {
  return DATE_STAMP.test(piece);
}

/**
 * A box of broadcast times ("Broadcast on Saturdays at 11:30 GMT on BBC Radio 4, and weekdays on …"),
 * its clock perhaps written with a period ("11.30 GMT"), perhaps closed by one.
 */
const BROADCAST_TIMES =
  /^(?:First )?[Bb]roadcast (?:on|at) (?:[^.!?]|(?<=\d)\.(?=\d))*\b(?:Mondays|Tuesdays|Wednesdays|Thursdays|Fridays|Saturdays|Sundays|weekdays|weekends|daily)\b(?:[^.!?]|(?<=\d)\.(?=\d))*\.?$/;

/** Whether a piece of text is only a programme's broadcast times, which tell no happening. */
export function isBroadcastTimes(piece: string): boolean {
  return BROADCAST_TIMES.test(piece);
}

/** A call to give or to ring: a phone number at the end, or "Donate via …" ("… by telephoning 0370 60 60 900"). */
const CALL_TO_ACT = /(?:\b\d{4} \d\d \d\d \d{3}|\b0\d{9,10})$|\b(?:Donate|Give|Text) (?:via|online|by|to)\b/;
/** Final punctuation: a line of a box has none. */
const CLOSED = /[.!?:;"”’')\]…]$/;

/**
 * The indices of the lines of an appeal's box glued into a page ("The Disasters Emergency Committee
 * is co-ordinating an appeal to help the people of Haiti | There are 13 charities involved … World
 * Vision Donate via the DEC website or by telephoning 0370 60 60 900"): a piece with no final
 * punctuation that calls the reader to give or to ring, and the pieces without final punctuation
 * right before it in its paragraph (three at most). A box tells what is always so, not a happening.
 */
export function appealBoxLines(pieces: readonly { text: string; paragraph: number }[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i]!;
    if (CLOSED.test(piece.text) || !CALL_TO_ACT.test(piece.text)) continue;
    out.push(i);
    for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
      const before = pieces[k]!;
      if (before.paragraph !== piece.paragraph || CLOSED.test(before.text)) break;
      out.push(k);
    }
  }
  return out;
}

/** Words after which a capitalised word goes on the same phrase ("the Red Cross", "said Democratic …"). */
const GOES_ON =
  /^(?:in|of|to|the|a|an|and|or|but|said|says|for|from|by|on|at|with|as|that|told|about|is|are|was|were|be|been|his|her|its|their|our|this|these|those|into|over|under|after|before|during|since|than|like|via|per|new|former|acting|late|across|against|among|amid|around|between|beyond|including|inside|near|outside|through|throughout|toward|towards|upon|within|without|both|either|nor|visited|visit|visits|visiting)$/;
/**
 * A word in small letters (or a number), a capitalised word, a word in small letters. (The match
 * opens with the space before the capitalised word, the word before it read by a lookbehind: a
 * pattern that opens with a plain character is tried only where that character stands, where one
 * that opened with the word was tried at every letter; the same matches, about half the time.)
 */
const LINE_START = / (?<=(?<![\p{L}\p{N}'’.,-])([\p{Ll}\d]+) )(\p{Lu}\p{Ll}+) (?=\p{Ll})/gu;

/**
 * Whether a sentence is a fact box's lines run together: its bullets lost, each line opens with a
 * capitalised word of the language right after the last word of the line before ("… unarmed
 * demonstrators | Pattern of summary executions, arbitrary arrests, and enforced disappearances |
 * Extensive practice of torture indicate state-sanctioned policy | Men and boys sexually abused at
 * military facilities", "Most live on less than $2 a day | Democratic rule restored in 2006 |
 * Economy in ruins …"). Two such starts in a piece that no final punctuation closes, or four in
 * any: a capitalised word in running text is a name, which the lexicon does not know in small
 * letters, or follows a word that leads on to it ("the Red Cross", "of Syrian origin").
 */
export function isGluedFactBox(sentence: string): boolean {
  const text = sentence.trim();
  const closed = /[.!?"”'’):;…]$/.test(text);
  let starts = 0;
  for (const m of text.matchAll(LINE_START)) {
    const word = m[2]!;
    // Days and months are capitalised inside a sentence anyway.
    if (GOES_ON.test(m[1]!) || CALENDAR_WORD.test(word) || !knownWord(word.toLowerCase())) continue;
    starts++;
    if (starts >= (closed ? 4 : 2)) return true;
  }
  return false;
}
