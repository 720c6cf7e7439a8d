import { CALENDAR_WORD } from '../../temporal/calendarNames.ts';
import { firstTokenAt, knownWord, type Token } from './annotate.ts';
import { searchFrom } from './searchFrom.ts';

/**
 * Where a scraped page's list items, fact-box lines and quoted headlines run into each other with
 * no period between them. Structural signals only: a label and its colon, a year and its colon, an
 * ellipsis, a quotation in backticks that closes before a capitalised word.
 */

/** Words after which a label's colon does not start an item ("He said Thursday: The …"). */
const LEADS_ON =
  /^(?:in|of|to|told|from|by|on|at|with|for|and|or|nor|but|said|says|added|reported|wrote|stated|announced|declared|warned|that|the|a|an|is|was|are|were|his|her|its|their|our|my|your|this|these|those|since|until|till|before|after|during|through|early|late|mid|spring|summer|autumn|fall|winter)$/i;

/** Nouns of time a year follows ("the third quarter 2007", "summer 2010"). */
const TIME_NOUN =
  /^(?:quarter|half|year|season|spring|summer|autumn|fall|winter|month|week|period|decade|century|term|session|fiscal|calendar)$/;

/** Words that open a sentence and seldom stand capitalised inside one. */
export const OPENER =
  /^(?:The|A|An|As|There|It|He|She|They|We|This|These|But|In|His|Her|Their|More|Most|Many|Some|Several|Fewer|Less|Meanwhile|However|Earlier|Later|After|When|While)$/;

/** Numbers spelled out: after a closing quotation they open a sentence too ("' | Twelve months ago BP …"). */
const NUMBER_WORD = /^(?:Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve)$/;

/** Days and months: "on Friday: The …" is a date before the words said, not a label. */
const CALENDAR = CALENDAR_WORD;

/** Verbs of saying: a label names a thing ("Next step:"), not who says what. */
const SAYING =
  /\b(?:said|says|say|told|tells|added|adds|wrote|writes|asked|asks|stated|states|declared|warned|explained|noted|opens|reads|read|announced|tweeted|posted)\b/;

/** A photo's or clip's credit ("Photograph: Alex Ogle/AFP"): layout of its own, read by `creditEnds`. */
const CREDIT = /^(?:Photograph|Photo|Picture|Image|Video|Footage|Source|Credit)$/;

// The patterns `itemStarts` scans a block for, each searched from where the last search left off
// (see searchFrom.ts: one article's blocks are scanned one after another), each opening with a
// lookahead for its first character (see gluedSentences.ts).
/** A label (a capitalized word and up to two more, a clock time, a year) and its colon after a word in small letters. */
const LABEL = searchFrom(
  /(?=[\p{Lu}\d])(?<=(?<![\p{L}\p{N}'’.-])(\p{Ll}+) )(?:(\p{Lu}\p{Ll}+)(?: \p{Ll}+){0,2}|\d{1,2}:\d{2}(?: [\p{L}\d]+){0,6}|\d{4}): (?=["“‘`']?\p{Lu}|\d)/gu,
  [': '],
);
/** Hours and minutes without a colon between a word in small letters and a capitalized word. */
const CLOCK = searchFrom(
  /(?=[012])(?<=(?<![\p{L}\p{N}'’.-])(\p{Ll}+) )(?:[01]\d|2[0-3])[0-5]\d(?= \p{Lu}\p{Ll})/gu,
);
/** An ellipsis before a capitalized word. */
const ELLIPSIS = searchFrom(/(?=[.…])(?<=[\p{L}\d)])(?:\.{3}|…) (?=\p{Lu}(?:\p{Ll}*|[\p{Lu}.]+)[ ,])/gu, [
  '... ',
  '… ',
]);
/**
 * A bullet that a scraper decoded as the word "cents" (the byte of "•" read as "¢"), before a
 * capitalised word: "… concerned about short-term costs cents BP rating cut from AA to BBB cents
 * Head of BP America to appear …". A sum in cents goes on in small letters ("32 cents a barrel").
 */
export const CENTS_BULLET = /(?<=^|\s)cents\s+(?=\p{Lu})/u;
const BULLET = searchFrom(/(?=c)(?<=\S )cents (?=\p{Lu})/gu, ['cents ']);
/** A straight quote closing a quotation in backticks, before a capitalized word. */
const BACKTICK = searchFrom(/(?= ')(?<=\S) ' (?=(\p{Lu}\p{Ll}*) \p{Ll})/gu, [" ' "]);

/**
 * Offsets where an item starts inside `text[from, to)`:
 * - a label and its colon after a word in small letters with no punctuation ("… stopped on all sides
 *   | Next step: All parties to hold talks", "… the opposition lead | 06:00 local time on 12 April: All
 *   forms of violence …", "… the US invasion | 1979: 140m gallons were spilt …");
 * - a capitalised word after an ellipsis ("… will not take place... | In other words, …");
 * - a bullet decoded as "cents" ("… short-term costs | cents BP rating cut …", see `CENTS_BULLET`);
 * - a capitalised opener after a quotation in backticks that closes on a straight quote ("… a failure
 *   of management ' | The explosion aboard the rig …").
 */
export function itemStarts(text: string, from: number, to: number, tokens: readonly Token[]): number[] {
  const out: number[] = [];
  for (let m = LABEL(text, from); m && m.index < to; m = LABEL(text, m.index + m[0].length)) {
    if (
      LEADS_ON.test(m[1]!) ||
      CALENDAR.test(m[2] ?? '') ||
      CREDIT.test(m[2] ?? '') ||
      // "… the president Obama said: …", "a note that opens: …": a speaker, not a label.
      SAYING.test(m[0])
    )
      continue;
    out.push(m.index);
  }
  // ("… opening the door to resumed drilli... | WASHINGTON -- The Obama administration …": a teaser
  // cut off before the next story's dateline.)
  // "… pictures of the presidential palace | 1623 | Haiti's First Lady, Elisabeth Preval, tells …": a
  // live page's clock time (hours and minutes, no colon) between two entries, after a word in small
  // letters that governs no number.
  for (let m = CLOCK(text, from); m && m.index < to; m = CLOCK(text, m.index + m[0].length)) {
    // (Not a year: "its lethal 2005 Texas City refinery explosion", "in the third quarter 2007".)
    const prev = tokenEndingAt(tokens, m.index - 1);
    if (prev?.pos === 'NOUN' && !LEADS_ON.test(m[1]!) && !TIME_NOUN.test(m[1]!))
      out.push(m.index, m.index + m[0].length + 1);
  }
  for (let m = ELLIPSIS(text, from); m && m.index < to; m = ELLIPSIS(text, m.index + m[0].length))
    out.push(m.index + m[0].length);
  for (let m = BULLET(text, from); m && m.index < to; m = BULLET(text, m.index + m[0].length))
    out.push(m.index);
  for (let m = BACKTICK(text, from); m && m.index < to; m = BACKTICK(text, m.index + m[0].length)) {
    // (Not a name: "When ` Baby Doc ' Duvalier was forced from power".)
    if (!OPENER.test(m[1]!) && !NUMBER_WORD.test(m[1]!)) continue;
    const opened = text.lastIndexOf('`', m.index);
    if (opened >= from && m.index - opened < 300 && !text.slice(opened, m.index).includes(" '"))
      out.push(m.index + m[0].length);
  }
  out.push(...bareVerbItemStarts(text, from, to, tokens));
  return out;
}

/** Endings of plurals of people and groups ("Democrats", "Republicans", "Engineers", "Officials"). */
const PEOPLE = /(?:ats|ans|ers|ors|ists|ents|als|ites|ees)$/;

/** Pronouns that open a reported clause after a bare verb ("Says it has carried out attacks"). */
const SUBJECT_PRONOUN = /^(?:it|they|he|she|we|there)$/;

/**
 * Where a profile box's line opens with a bare verb whose subject is the box's title, glued to the
 * line before ("… by defected army Col Riyad al-Asad | Claims to number some 15,000 although analysts
 * say that is unlikely | Aims to"stand up to …"): a capitalised verb in -s (one the lexicon knows in
 * small letters only, as it knows its stem) after a word with no punctuation between, before "to"
 * and a verb, a pronoun that opens a clause, or "on" and a name or an article ("Calls on President
 * Assad to …").
 */
function bareVerbItemStarts(text: string, from: number, to: number, tokens: readonly Token[]): number[] {
  const out: number[] = [];
  for (let m = BARE_VERB(text, from); m && m.index < to; m = BARE_VERB(text, m.index + m[0].length)) {
    const word = m[1]!;
    const lower = word.toLowerCase();
    const prevWord = /[\p{L}\d'’-]+$/u.exec(text.slice(Math.max(from, m.index - 40), m.index - 1))?.[0] ?? '';
    // (Not the object of a verb or a name's last word: "They asked Wells to read …", "the United
    // Nations to establish …", "joining Democrats to support it", "the Financial Times it was …".)
    const prevToken = tokenEndingAt(tokens, m.index - 1);
    if (
      !/^\p{Ll}/u.test(prevWord) ||
      LEADS_ON.test(prevWord) ||
      !/^(?:NOUN|PROPN|ADJ|ADV|NUM)$/.test(prevToken?.pos ?? '') ||
      knownWord(word) ||
      !knownWord(lower) ||
      // (A plural of people is a subject, not a verb: "forced him and fellow Democrats to rethink".)
      PEOPLE.test(lower)
    )
      continue;
    if (
      !knownWord(lower.slice(0, -1)) &&
      !(/(?:sh|ch|ss|x|z)es$/.test(lower) && knownWord(lower.slice(0, -2)))
    )
      continue;
    const at = m.index;
    const k = firstTokenAt(tokens, at);
    const next = tokens[k + 1];
    const after = tokens[k + 2];
    if (tokens[k]?.start !== at || !next) continue;
    const infinitive =
      next.text === 'to' && after !== undefined && (after.pos === 'VERB' || /^["“]$/.test(after.text));
    const clause = SUBJECT_PRONOUN.test(next.text) && /^(?:AUX|VERB)$/.test(after?.pos ?? '');
    // ("… to be held accountable | Calls on President Assad to hand power to a deputy …".)
    const callsOn =
      next.text === 'on' && after !== undefined && (after.pos === 'DET' || /^\p{Lu}/u.test(after.text));
    // ("… without imposing an embargo | Demands an immediate end to violence …": an object after it.)
    const object = /^(?:a|an|the)$/.test(next.text);
    if (infinitive || clause || callsOn || object) out.push(at);
  }
  return out;
}

/** A capitalised word in -s after a word in small letters or a digit and a space, before a word in small letters. */
const BARE_VERB = searchFrom(/(?=\p{Lu})(?<=[\p{Ll}\d] )(\p{Lu}\p{Ll}+s)(?= \p{Ll})/gu);

/** The token that ends at `end`, by binary search over tokens in text order. */
export function tokenEndingAt(tokens: readonly Token[], end: number): Token | undefined {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end < end) lo = mid + 1;
    else hi = mid;
  }
  return tokens[lo]?.end === end ? tokens[lo] : undefined;
}
