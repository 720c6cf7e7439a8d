import { IRREGULAR_PAST } from './cutTitle.ts';
import { words } from './tokenize.ts';

/**
 * The rules that clean a clause into a timeline label before it is cut to length (`cutTitle.ts`): no
 * date phrase (the timeline shows the date), no dateline or byline glued on, quotes that close, the
 * happening named rather than "there was", and reported words without backshift.
 */

const WEEKDAY = '(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day';
const MONTH =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?';
const PART = '(?:morning|afternoon|evening|night)';
const UNIT = `(?:week|weekend|month|year|night|${PART}|spring|summer|autumn|fall|winter)`;
const YEAR = '(?:1[89]|20)\\d{2}';
const DAY = '\\d{1,2}(?:st|nd|rd|th)?';
// Either case for the first letter: a title may open with its date ("Last week, …").
const ci = (alternatives: string) =>
  alternatives
    .split('|')
    .map((a) => `[${a.charAt(0).toUpperCase()}${a.charAt(0)}]${a.slice(1)}`)
    .join('|');
const EDGE = `(?:${ci('back|early|late|earlier|later|as recently as|almost|nearly|about|some|just|only|more than')})\\s+`;
const PREP = `(?:${ci('on|in|at|by|since|until|till|from|during|of|for|over|within|throughout')})\\s+`;
// A date that names its day, or says how far back: the preposition is optional ("Obama Sunday said").
const DAY_DATE = [
  `(?:(?:${ci('last|next|this|coming|past|early|late|mid')})\\s+)?${WEEKDAY}(?!\\s+(?:Times|Telegraph|Mirror|Express|Post|Herald|Star|Morning|Bloody)\\b)(?:\\s+${PART})?(?:,?\\s+(?:${DAY}\\s+${MONTH}|${MONTH}\\s+${DAY}))?(?:,?\\s+${YEAR})?`,
  `${DAY}\\s+(?:of\\s+)?${MONTH}(?:,?\\s+${YEAR})?`,
  `${MONTH}\\s+${DAY}(?:st|nd|rd|th)?(?:,?\\s+${YEAR})?`,
  `(?:${ci('last|next|this|past|the past|coming|the coming|the next|the last|previous|earlier this|later this|the previous|the following')})\\s+${UNIT}`,
  ci('yesterday|today|tomorrow|tonight|overnight'),
  `(?:${ci('a|one|two|three|four|five|six|seven|eight|nine|ten|several|a few')}|\\d+)\\s+(?:days?|weeks?|months?|years?|hours?)\\s+(?:ago|earlier|later)`,
  `(?:${ci('earlier|later')}) (?:in|on) the (?:day|week|month|year)`,
].join('|');
// A month or a year only with its preposition: "in May", "since 2005"; not "the 2008 assassination".
const BARE_DATE = `(?:(?:early|late|mid-?)\\s*)?(?:${MONTH}(?:\\s+${YEAR})?|${YEAR})(?![\\d%]|\\s*(?:m|bn|million|billion|people)\\b)`;
const DATE_PHRASE = new RegExp(
  `(?:,\\s*)?(?:\\s+|^)(?:${EDGE})?(?:(?:${PREP})?(?:${DAY_DATE})|${PREP}(?:${BARE_DATE})(?:\\s+(?:and|or|to)\\s+(?:${BARE_DATE}))?)(?=[\\s,;:.]|$)(?:\\s+alone)?(?:\\s*,)?`,
  'gu',
);

// A dateline glued to the text: "Wednesday 5 May 21.48", "16.40 BST".
const DATELINE = new RegExp(
  `\\s(?:${WEEKDAY}\\s+${DAY}\\s+${MONTH}|\\d{1,2}[.:]\\d{2}\\s*(?:BST|GMT|EDT|EST|CET|UTC)\\b)`,
  'u',
);

// A byline, a page's update stamp or its "Help" link read as the start of a sentence.
const FURNITURE =
  /^(?:By (?:\p{Lu}[\p{L}'’-]+\s+){1,3}(?:(?:BBC|Reuters|AP|CNN|Fox|NPR)\s+)?(?:(?:\p{Lu}[\p{L}'’-]*|and)\s+){0,5}?(?:Correspondent|Editor|Reporter|Analyst|Writer|News)\b|(?:Page )?[Ll]ast updated(?: at \d{1,2}[:.]\d{2}\s*(?:GMT|BST)?)?(?:\s+Help)?|Help(?=\s+\p{Lu}))[,\s]*/u;

/** "By Jonathan Marcus BBC Diplomatic Correspondent Syria's …" → "Syria's …": page furniture goes. */
export function dropFurniture(title: string): string {
  const cut = title.replace(FURNITURE, '');
  return words(cut).length >= 3 ? cut : title;
}

/**
 * Quotes a label can show: "` megaphone diplomacy '" as ‘megaphone diplomacy’; a quote or a bracket
 * left open by a cut goes ("… to be\"very strong" → "… to be very strong"; "Ed Chernoff ( leaves" → "Ed Chernoff leaves").
 */
export function balanceQuotes(title: string): string {
  // "William Thomas ' mother": a plural's apostrophe, spaced out; kept aside while quotes are counted.
  let t = title
    .replace(/(\p{L}s) '(?=\s\p{Ll})/gu, '$1\u02BC')
    .replace(/`\s*/g, '‘')
    .replace(/\s+'(?=\s|$|[,.;:])/g, '’');
  const count = (re: RegExp) => (t.match(re) ?? []).length;
  if (count(/"/g) % 2 === 1) t = t.replace(/"/g, ' ');
  if (count(/“/g) !== count(/”/g)) t = t.replace(/[“”]/g, ' ');
  if (count(/‘/g) !== count(/’(?!\p{L})/gu)) t = t.replace(/‘/g, ' ').replace(/’(?!\p{L})/gu, ' ');
  if (count(/\(/g) !== count(/\)/g)) t = t.replace(/[()]/g, ' ');
  return t
    .replace(/\u02BC/g, '’')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * "Qatar s ruling emir" → "Qatar's ruling emir"; "S blast at …" (what is left of "Wednesday's" once
 * the date went) → "Blast at …".
 */
export function repairPossessive(title: string): string {
  const t = title.replace(/(\p{L}) s (?=\p{Ll})/gu, '$1’s ');
  const bare = t.replace(/^['’]?[Ss]\s+(?=\p{L})/u, '');
  return bare === t ? t : bare.charAt(0).toUpperCase() + bare.slice(1);
}

// "There has been continuous fighting in …": the headline names the happening.
const EXISTENTIAL =
  /^(?:There (?:has|have|had) been|There (?:was|were|is|are)|(?:Has |Have |Had )?Been)\s+(?=\p{Ll})/u;

/** "There was more violence in Tripoli" → "More violence in Tripoli". */
export function dropExistential(title: string): string {
  const cut = title.replace(EXISTENTIAL, '');
  return cut !== title && words(cut).length >= 3 ? cut.charAt(0).toUpperCase() + cut.slice(1) : title;
}

// Past participles whose simple past differs; the regular "-ed" ones are the same word.
const SIMPLE_PAST: Readonly<Record<string, string>> = {
  begun: 'began',
  taken: 'took',
  seen: 'saw',
  given: 'gave',
  fallen: 'fell',
  risen: 'rose',
  driven: 'drove',
  spoken: 'spoke',
  written: 'wrote',
  broken: 'broke',
  grown: 'grew',
  known: 'knew',
  shown: 'showed',
  chosen: 'chose',
  stolen: 'stole',
  done: 'did',
  gone: 'went',
  become: 'became',
  withdrawn: 'withdrew',
  overrun: 'overran',
  struck: 'struck',
  fled: 'fled',
  left: 'left',
  sent: 'sent',
  met: 'met',
  held: 'held',
  kept: 'kept',
  told: 'told',
  found: 'found',
  fought: 'fought',
  brought: 'brought',
  made: 'made',
  lost: 'lost',
  won: 'won',
  spent: 'spent',
  built: 'built',
  caught: 'caught',
  shot: 'shot',
};

/**
 * "China says it had already removed most of its workers" → "… it already removed …": a headline
 * does not backshift reported words; the past perfect of a finished act reads as the simple past.
 */
export function simplePast(title: string): string {
  return title.replace(
    /\bhad((?:\s+(?:also|already|now|just|earlier|previously|recently))?)\s+(\p{Ll}+)\b/gu,
    (m, adverb: string, verb: string) => {
      const past = /^\p{Ll}{2,}ed$/u.test(verb) ? verb : SIMPLE_PAST[verb];
      return past ? `${adverb.trim()}${adverb ? ' ' : ''}${past}` : m;
    },
  );
}

/**
 * "The committee to meet Syrian officials on Sunday in Qatar" → "… officials in Qatar": the date
 * phrases go, with their prepositions, when at least three words are left; a dateline and what
 * follows it are page furniture.
 */
export function dropDates(title: string): string {
  let t = title;
  const line = DATELINE.exec(t);
  if (line && words(t.slice(0, line.index)).length >= 3) t = t.slice(0, line.index);
  const cut = t
    // "Homs was shelled on Sunday, killing …": a comma after the date stays with the clause.
    .replace(DATE_PHRASE, (m: string, at: number, all: string) =>
      // "Friday night's event": a date that owns a noun stays.
      /^\s*\p{L}*['’]s\b/u.test(all.slice(at + m.length)) ||
      // "The voyage was in late June": the date is what is said, not an adjunct.
      /\b(?:is|are|was|were|be|been)$/.test(all.slice(0, at))
        ? m
        : at > 0 && /,$/.test(m) && !/^,/.test(m)
          ? ', '
          : ' ',
    )
    .replace(/\s+/g, ' ')
    .replace(/\s+([,;:])/g, '$1')
    .replace(/^[,;:\s]+|[,;:\s]+$/g, '');
  const kept = words(cut).length >= 3 ? cut : title;
  // "a visit at | by China's Deputy Foreign Minister", "Fighting on | left 63 people dead": a
  // preposition whose date went before reaching us.
  return kept.replace(
    /(\S+)\s+(?:at|on|during|since|until)\s+(?=(?:by|in|at|on|after|before|during|across|near)\s|(\p{Ll}+)\s)/gu,
    (m, prev: string, next?: string) =>
      /(?:ed|went|came|took|got|carried|held|moved|goes|going|go)$/.test(prev) ||
      // Before a word, only a verb shows the date went: "Talks on security" keep their "on".
      (next !== undefined && !/^\p{Ll}{3,}ed$/u.test(next) && !IRREGULAR_PAST.test(next))
        ? m
        : `${prev} `,
  );
}
