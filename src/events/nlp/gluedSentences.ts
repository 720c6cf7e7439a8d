import {
  CALENDAR_WORD,
  MONTH_ABBREVIATION,
  MONTH_NAMES,
  WEEKDAY_NAME,
  WEEKDAY_WORD,
} from '../../temporal/calendarNames.ts';
import { firstTokenAt, type Token } from './annotate.ts';
import { articleAfterClause } from './articleAfterClause.ts';
import { itemStarts, OPENER, tokenEndingAt } from './gluedItems.ts';
import { gluedNameSubjectStarts } from './gluedNameSubjects.ts';
import { broadcastBoxEnds, gluedSubjectStarts } from './gluedSubjects.ts';
import { repeatedOpeningStarts } from './repeatedOpening.ts';
import { searchFrom } from './searchFrom.ts';

/**
 * Words after which a capitalized opener is still the same sentence: prepositions and verbs of naming
 * and reading ("told The Independent", "in The Hague").
 */
const STAYS =
  /^(?:in|of|to|told|from|by|on|at|with|for|and|or|nor|but|said|says|reported|called|named|read|see|like|about|via|is|was|are|were|be|been|that|the|a|an)$/i;
/** Labels a letter names ("point A", "Plan A", "type A"): only "A" stays after them ("the plan | The UN says"). */
const LABELS =
  /^(?:plan|point|type|grade|vitamin|class|section|part|phase|category|group|gate|block|level|row|exhibit|appendix|annex|stage)$/i;

/** Whether `opener` after `prevWord` goes on the same sentence. */
const staysAfter = (prevWord: string, opener = ''): boolean =>
  STAYS.test(prevWord) || (opener === 'A' && LABELS.test(prevWord));

/** Month names written in full. */
const MONTH = `(?:${MONTH_NAMES.join('|')}|${MONTH_ABBREVIATION})\\.?`;

// The patterns `gluedStarts` scans a block for, each searched from where the last search left off
// (see searchFrom.ts: one article's blocks are scanned one after another). Each opens with a
// lookahead for its first character, which its lookbehind would otherwise be tried before at
// every offset of the text (twice as slow); the matches are the same.
/** A capitalized word (or its contraction, "It's") between two words, each after a space: an opener glued to the text before. */
const CAPITALIZED = searchFrom(
  /(?= [A-Z])(?<=[\p{L}\d])( )([A-Z][a-z]*(?:['’](?:s|re|ll|d|ve))?)( )([\p{L}\d])/gu,
);
/** A closing quotation mark glued to a capitalized word. */
const CLOSING = searchFrom(/(?=["”])(?<=[\p{L}\d.,!?])["”](?=\p{Lu})/gu, ['"', '”']);
/** A quotation after a colon, before a capitalized word. */
const CAPTION_QUOTE = searchFrom(/:\s*["“][^"“”]{8,300}["”] (?=\p{Lu})/gu, [':']);
/** An opening quotation mark glued to a word, before a capitalized word and a word in small letters. */
const OPENING = searchFrom(/(?=["“])(?<=[\p{L}\d])["“](?=\p{Lu}\p{Ll}*\s+\p{Ll})/gu, ['"', '“']);
/** Three words in capitals or more, before a capitalized word. */
const CAPITALS = searchFrom(
  /(?=\p{Lu})(?<=[\p{L}\d.,;:!?'’"”)] )(?:\p{Lu}[\p{Lu}'’&-]* ){2,}\p{Lu}[\p{Lu}'’&-]*(?= \p{Lu}\p{Ll})/gu,
);
/** The zones a page's time stamp names; each is also a word the stamp's search needs. */
const STAMP_ZONES = ['GMT', 'BST', 'UTC', 'EST', 'EDT', 'CET', 'CEST'];
/** A page's time stamp before a capitalized word. */
const STAMP = searchFrom(
  new RegExp(
    `(?=[MTWFS])(?<=\\S )${WEEKDAY_NAME} \\d{1,2} ${MONTH} \\d{4} \\d{1,2}[.:]\\d\\d (?:${STAMP_ZONES.join('|')})(?= \\p{Lu})`,
    'gu',
  ),
  STAMP_ZONES,
);
/**
 * A page's "last updated" stamp ("Last updated at 21:40 GMT Help", "Page last updated at 08:58 GMT,
 * Thursday, 24 June 2010 09:58 UK", "Last updated: 1 may, 2009 - 17:54 GMT"), with the scraped
 * remains of the page after it ("(an error occurred while processing this directive)").
 */
const UPDATED = searchFrom(
  /(?=[PL])(?:Page last|Last) updated(?: at|:) (?:\d{1,2}:\d\d(?: GMT| BST| UTC)?(?:, \p{L}+, \d{1,2} \p{L}+,? \d{4})?(?: \d{1,2}:\d\d UK)?|\d{1,2} \p{L}+,? \d{4}(?: - \d{1,2}:\d\d(?: GMT| BST| UTC)?)?)(?: Help)?(?: \(an error occurred while processing this directive\))?/gu,
  [' updated'],
);
/** A day's possessive after a word in small letters, before one. */
const DAY_POSSESSIVE = searchFrom(
  new RegExp(String.raw`(?=[MTWFS])(?<=\p{Ll} )${WEEKDAY_NAME}['’]s(?= ["“]?\p{Ll})`, 'gu'),
  ["day's", 'day’s'],
);
/** A date and a dash or a colon opening an item of a dated list. */
const DATED_ITEM = searchFrom(
  new RegExp(
    `(?=[\\dJFMASOND])(?<=[\\p{L}\\d.)] )(?:\\d{1,2} ${MONTH}(?: \\d{4})?|${MONTH} \\d{1,2}(?:, \\d{4})?)(?: [-–—] |: )(?=\\S)`,
    'gu',
  ),
  [' - ', ' – ', ' — ', ': '],
);

/**
 * Offsets where a sentence starts although no punctuation ends the one before: scraped pages glue
 * captions, headlines and list items to the text ("… bombarded for weeks The Red Cross has been …",
 * "… the northern city of Aleppo The UK said …", "… Russia and China There were …"). A
 * capitalized opener after a word that ends without punctuation starts a sentence when the next word
 * is lower-case ("The two", "There were"); before a name ("The Red Cross") only an article does, and only
 * after a noun, a name or a number, so "told The Associated Press" and "On The Road" stay whole.
 */
export function gluedStarts(text: string, from: number, to: number, tokens: readonly Token[]): number[] {
  // Each signal is a function of its own: a rare case met late deoptimizes only its own code,
  // which V8 compiles again at a fraction of the cost of the whole.
  const stamps = stampStarts(text, from, to);
  const out = [
    ...openerStarts(text, from, to, tokens),
    ...closingQuoteStarts(text, from, to),
    ...captionQuoteStarts(text, from, to),
    ...openingQuoteStarts(text, from, to),
    ...clauseWordStarts(text, from, to, tokens),
    ...headlineStarts(text, from, to),
    ...stamps,
    ...dayPossessiveStarts(text, from, to, tokens),
    ...repeatedNameStarts(text, from, to, tokens),
    // (The paragraph opens after a page's stamp too: "Page last updated at 11:14 GMT, … | Michael …".)
    ...[from, ...stamps].flatMap((at) => repeatedOpeningStarts(text, at, to, tokens)),
    ...datedItemStarts(text, from, to),
    ...itemStarts(text, from, to, tokens),
    ...gluedSubjectStarts(text, from, to, tokens),
    ...gluedNameSubjectStarts(text, from, to, tokens),
    ...broadcastBoxEnds(text, from, to),
  ];
  return [...new Set(out)].sort((a, b) => a - b);
}

/** A capitalized opener glued after a word (see `gluedStarts`). */
function openerStarts(text: string, from: number, to: number, tokens: readonly Token[]): number[] {
  const out: number[] = [];
  for (let m = CAPITALIZED(text, from); m && m.index < to; m = CAPITALIZED(text, m.index + 1)) {
    const at = m.index + 1;
    const opener = m[2]!;
    // ("… in recent years | It's not often …": an opener's contraction opens as it does.)
    if (!OPENER.test(opener.replace(/['’]\p{L}+$/u, ''))) continue;
    const prevWord = /[\p{L}\d'’.-]+$/u.exec(text.slice(Math.max(from, at - 40), at - 1))?.[0] ?? '';
    const next = m[4]!;
    // "… the state news agency reported | The head of UN peacekeeping …", "… his spokeswoman says | A
    // lawyer for …": a paper's name is no common word, and a reported clause opens in small letters.
    const reportedThe =
      /^(?:reported|says|said|say)$/i.test(prevWord) && next === next.toLowerCase() && !/\d/.test(next);
    if (prevWord === '' || (staysAfter(prevWord, opener) && !reportedThe) || /[.'’-]$/.test(prevWord))
      continue;
    // "… on Mexico's coastline A 1985 report concluded", "… reports from Mexico A 23-month-old child":
    // an article before a number and a common word, or after a noun or a name.
    if (/\d/.test(next)) {
      const prevToken = tokenEndingAt(tokens, at - 1);
      if (
        /^(?:The|A|An)$/.test(opener) &&
        (/^\d[\d,.]* \p{Ll}/u.test(text.slice(at + opener.length + 1, at + 40)) ||
          /^(?:NOUN|PROPN)$/.test(prevToken?.pos ?? ''))
      )
        out.push(at);
      continue;
    }
    if (next === next.toLowerCase()) {
      if (opener === 'A' && /^(?:to|and|or)\b/.test(text.slice(at + 2, at + 6))) continue;
      out.push(at);
      continue;
    }
    // "… orphaned Haitians A Cambridge-based charity is helping": so does an article before a name
    // that a common word follows (not a work's title: "poems A Scattering, …", "A Tale of …").
    if (opener === 'A' || opener === 'An') {
      const name = /^(?:\p{Lu}[\p{L}'’-]* ){1,3}(\p{Ll}+)/u.exec(text.slice(at + opener.length + 1, at + 80));
      if (!name || /^(?:of|and|or|the|in|on|for|to|from|by|with|at)$/.test(name[1]!)) continue;
    } else if (opener !== 'The') continue;
    const prev = tokenEndingAt(tokens, at - 1);
    if (
      prev &&
      (prev.pos === 'NOUN' ||
        prev.pos === 'PROPN' ||
        prev.pos === 'NUM' ||
        adjectiveAsNoun(text, prev) ||
        articleAfterClause(tokens, at))
    )
      out.push(at);
  }
  return out;
}

/** "… told to prepare for the worst | The United Nations says …": an adjective "the" makes a noun ("the worst", "the injured"). */
const adjectiveAsNoun = (text: string, prev: Token): boolean =>
  prev.pos === 'ADJ' &&
  /\bthe $/i.test(text.slice(Math.max(0, prev.start - 4), prev.start)) &&
  // (Not a word that picks one out of several, which a name may follow: "the first The Guardian published".)
  !/^(?:first|last|next|only|same|other|former|latter|second|third|\p{L}+th)$/iu.test(prev.text);

/**
 * `… the flames of defiance"Two people were killed`: a closing quotation mark glued to a
 * capitalized word that opens a clause (an odd count of marks before it closes a quotation).
 */
function closingQuoteStarts(text: string, from: number, to: number): number[] {
  const out: number[] = [];
  // Quotation marks from `from` to the match, counted on from the last match (matches come in
  // order), not again from `from` for each.
  let marks = 0;
  let counted = from;
  for (let m = CLOSING(text, from); m && m.index < to; m = CLOSING(text, m.index + m[0].length)) {
    for (; counted < m.index; counted++) {
      const c = text.charCodeAt(counted);
      if (c === 34 || c === 0x201c || c === 0x201d) marks++;
    }
    const after = text.slice(m.index + 1, m.index + 30);
    // (Marks miscounted before a title: 'It's called"The Blessing of the Fleet,"'.)
    const before = /[\p{L}\d'’.-]+$/u.exec(text.slice(Math.max(from, m.index - 40), m.index))?.[0] ?? '';
    if (
      marks % 2 === 1 &&
      (/^\p{Lu}\p{Ll}*\s+[\p{Ll}\d]/u.test(after) ||
        (OPENER.test(/^\p{L}+/u.exec(after)![0]) && !staysAfter(before)))
    )
      out.push(m.index + 1);
  }
  return out;
}

/**
 * `Human rights activist Ghias al-Jundi: "The Arab League has prolonged the crisis" Mr Arabi is to
 * address …`: a caption's quotation after its speaker's colon ends before a capitalized word.
 */
function captionQuoteStarts(text: string, from: number, to: number): number[] {
  const out: number[] = [];
  for (let m = CAPTION_QUOTE(text, from); m && m.index < to; m = CAPTION_QUOTE(text, m.index + m[0].length))
    out.push(m.index + m[0].length);
  return out;
}

/**
 * `… districts of Aleppo three weeks ago"We have staged a withdrawal`: an opening quotation mark
 * glued to a word that is no preposition or article, before a capitalized word that opens a clause.
 */
function openingQuoteStarts(text: string, from: number, to: number): number[] {
  const out: number[] = [];
  for (let m = OPENING(text, from); m && m.index < to; m = OPENING(text, m.index + m[0].length)) {
    const marks = (text.slice(from, m.index).match(/["“”]/g) ?? []).length;
    const prevWord = /[\p{L}\d'’.-]+$/u.exec(text.slice(Math.max(from, m.index - 40), m.index))?.[0] ?? '';
    if (marks % 2 === 0 && !staysAfter(prevWord)) out.push(m.index);
  }
  return out;
}

/**
 * "… united against Assad regime Includes Kurds …", "… the crisis gets worse At least 4,300 …":
 * a fact box's items glued together. A word of a kind that opens a clause (a verb, a conjunction,
 * a preposition, a pronoun, a determiner), capitalised after a word that ends none, starts one
 * when the word after it is lower-case (not "told Associated Press", "Hope For Haiti"); so does
 * one after an object pronoun ("… emerged without a scratch on him | Also on Sunday, crews …").
 */
function clauseWordStarts(text: string, from: number, to: number, tokens: readonly Token[]): number[] {
  const out: number[] = [];
  const first = Math.max(1, firstTokenAt(tokens, from));
  for (let i = first; i < tokens.length - 1 && tokens[i]!.start < to; i++) {
    const t = tokens[i]!;
    const prev = tokens[i - 1]!;
    const next = tokens[i + 1]!;
    if (
      !CAPITALIZED_WORD.test(t.text) ||
      MONTHS.test(t.text) ||
      !(/^(?:NOUN|VERB|ADJ|PROPN|NUM|ADV)$/.test(prev.pos) || OBJECT_PRONOUN.test(prev.text)) ||
      !/^[\p{L}\d]/u.test(prev.text) ||
      staysAfter(prev.text) ||
      text.slice(prev.end, t.start) !== ' '
    )
      continue;
    if (/^(?:VERB|CCONJ|ADP|SCONJ|PRON|DET|AUX)$/.test(t.pos) && /^[\p{Ll}\d]/u.test(next.text))
      out.push(t.start);
    // "… members of the security forces | In Syria, troops backed by tanks …": so does a preposition
    // before a name its comma closes.
    else if (
      t.pos === 'ADP' &&
      /^\p{Ll}+$/u.test(prev.text) &&
      /^\p{Lu}/u.test(next.text) &&
      tokens
        .slice(i + 1, i + 5)
        .some((x, n, run) => x.text === ',' && run.slice(0, n).every((y) => y.pos === 'PROPN'))
    )
      out.push(t.start);
    // "… via a rubber tube | On Thursday US Secretary-General Ban Ki-moon told …": so does a
    // preposition before a day or a month after a word in small letters (a headline's would follow
    // a capital: "Markets Fall On Monday").
    else if (t.pos === 'ADP' && /^\p{Ll}/u.test(prev.text) && CALENDAR_WORD.test(next.text))
      out.push(t.start);
    // "… troops took up positions nearby | Elsewhere in Syria, …": an adverb after a word in small
    // letters; "… against Assad regime | Includes Kurds, …": a verb that agrees with a subject left
    // out, as a fact box's items do, before a name.
    // "Fought wars in 1948, 1967 and 1973 | Also fought in Lebanon …", "… with investors on Friday |
    // Meanwhile, investors …": so does an adverb after a year or a day.
    else if (
      (/^\p{Ll}+$/u.test(prev.text) ||
        (t.pos === 'ADV' && (/^\d+$/.test(prev.text) || DAY.test(prev.text)))) &&
      ((t.pos === 'ADV' && prev.pos !== 'VERB' && /^(?:\p{Ll}+|,)$/u.test(next.text)) ||
        (t.pos === 'VERB' && /[^s]s$/.test(t.text) && t.lemma !== t.text.toLowerCase()))
    )
      out.push(t.start);
  }
  return out;
}

/**
 * "… horsemeat recipes HAITI CRIPPLED BY DEVASTATING EARTHQUAKE Haiti was hit …": a headline in
 * capitals (three words or more, not a run of acronyms) glued between two pieces of text is one
 * of its own.
 */
function headlineStarts(text: string, from: number, to: number): number[] {
  const out: number[] = [];
  for (let m = CAPITALS(text, from); m && m.index < to; m = CAPITALS(text, m.index + m[0].length)) {
    // (After a word in small letters: "18 JANUARY, 2200 GMT, SANTO DOMINGO AIRPORT Even …" is one line of capitals.)
    const prevWord = /\S+(?=\s$)/u.exec(text.slice(Math.max(from, m.index - 40), m.index))?.[0] ?? '';
    if (!shouted(m[0]) || !/\p{Ll}/u.test(prevWord)) continue;
    out.push(m.index, m.index + m[0].length + 1);
  }
  return out;
}

/**
 * "… caught virus in Britain Monday 4 May 2009 10.22 BST Hotel staff and guests wave …": a page's
 * time stamp between a standfirst and a caption or the lead is a piece of its own, as is its "last
 * updated" stamp.
 */
function stampStarts(text: string, from: number, to: number): number[] {
  const out: number[] = [];
  for (let m = STAMP(text, from); m && m.index < to; m = STAMP(text, m.index + m[0].length))
    out.push(m.index, m.index + m[0].length + 1);
  // "Last updated at 21:40 GMT Help | Michael Jackson's former personal doctor has been found guilty …":
  // the stamp before a lead is no part of it (whose words "Last updated" would make it all furniture).
  for (let m = UPDATED(text, from); m && m.index < to; m = UPDATED(text, m.index + m[0].length)) {
    if (m.index > from) out.push(m.index);
    if (/^\s+\S/.test(text.slice(m.index + m[0].length, to))) out.push(m.index + m[0].length + 1);
  }
  return out;
}

/**
 * "… work towards a Syrian-led settlement | Saturday's "action group" conference was attended …": a
 * day's possessive after a noun opens a subject (not after a preposition: "despite Saturday's vote").
 */
function dayPossessiveStarts(text: string, from: number, to: number, tokens: readonly Token[]): number[] {
  const out: number[] = [];
  for (let m = DAY_POSSESSIVE(text, from); m && m.index < to; m = DAY_POSSESSIVE(text, m.index + m[0].length))
    if (tokenEndingAt(tokens, m.index - 1)?.pos === 'NOUN') out.push(m.index);
  return out;
}

/**
 * "… the spill, says BP BP has said …", "says the UN UN denied access": a name said twice in a
 * row ends a caption and starts the sentence.
 */
function repeatedNameStarts(text: string, from: number, to: number, tokens: readonly Token[]): number[] {
  const out: number[] = [];
  const first = Math.max(1, firstTokenAt(tokens, from));
  for (let i = first; i < tokens.length && tokens[i]!.start < to; i++) {
    const t = tokens[i]!;
    const prev = tokens[i - 1]!;
    // (Not an abbreviation said twice after a possessive: "my Gt Gt Grandfather".)
    if (
      t.pos === 'PROPN' &&
      t.text === prev.text &&
      /^\p{Lu}/u.test(t.text) &&
      text.slice(prev.end, t.start) === ' ' &&
      !(/^\p{Lu}\p{Ll}$/u.test(t.text) && /^(?:DET|PRON)$/.test(tokens[i - 2]?.pos ?? ''))
    )
      out.push(t.start);
  }
  return out;
}

/**
 * "… in Damascus 10 Feb 2012 - 28 people killed …", "… hit security buildings in Damascus | 6 Jan:
 * Car bomb in Damascus kills 26": a date and a dash or a colon open the next item of a dated list
 * (a timeline box), glued to the one before.
 * Not a date a preposition governs ("met in Doha on | 2 May 2022 — the first meeting …").
 */
function datedItemStarts(text: string, from: number, to: number): number[] {
  const out: number[] = [];
  for (let m = DATED_ITEM(text, from); m && m.index < to; m = DATED_ITEM(text, m.index + m[0].length)) {
    const prevWord =
      /[\p{L}\d'’.-]+(?=\s$)/u.exec(text.slice(Math.max(from, m.index - 40), m.index))?.[0] ?? '';
    if (!staysAfter(prevWord) && !/^(?:since|until|till|before|after|during|between)$/i.test(prevWord))
      out.push(m.index);
  }
  return out;
}

/** Pronouns of the object, which end a clause as a noun does ("… without a scratch on him | Also on Sunday, …"). */
const OBJECT_PRONOUN = /^(?:him|them|us|me)$/;
const MONTHS = /^(?:May|March|June|July|August)$/;
const DAY = WEEKDAY_WORD;
/** A capital and a small letter (tested on every token, so written once: a pattern in a loop is a new object each time). */
const CAPITALIZED_WORD = /^\p{Lu}\p{Ll}/u;

/** A piece in capitals only, of three words or more ("PASSENGERS URGED TO COME FORWARD"): a headline. */
export function shouted(piece: string): boolean {
  return (
    !/\p{Ll}/u.test(piece) &&
    (piece.match(/\p{Lu}/gu)?.length ?? 0) >= 12 &&
    piece.trim().split(/\s+/).length >= 3
  );
}
