/**
 * A news dateline opening an article: the place in capitals, optionally its region, the day and
 * the agency, then a dash or a colon before the story's first word ("KABUL, May 13 - Fighting broke
 * out …", "NEW ORLEANS -- The oil …", "VENICE, Louisiana -- …", "KABUL (Pajhwok): …", "MAZAR-I-SHARIF,
 * Afghanistan, Jan. 5 (Xinhua) -- …", "NEW DELHI: The government …"). The place and date are
 * where and when the story was filed, not words of its first sentence: left in, the day dated the
 * sentence's happening ("May 13" instead of its "on Wednesday") and the place opened its title.
 * (Agency datelines anywhere in a block, "(Reuters) -", are read with the other page furniture in
 * segmentSentences.ts.)
 */
const DATELINE = new RegExp(
  [
    '^\\s*',
    // The place: words in capitals ("KABUL", "NEW ORLEANS", "ON THE GULF OF MEXICO", "MAZAR-I-SHARIF", "ST. LOUIS").
    "\\p{Lu}[\\p{Lu}'’.-]*(?: \\p{Lu}[\\p{Lu}'’.-]*){0,5}",
    // Its region or country, in capitals or not: ", Afghanistan", ", Louisiana", ", LA.", ", Miss.".
    "(?<region>, \\p{Lu}[\\p{L}'’.-]*(?: \\p{Lu}[\\p{L}'’.-]*){0,2})?",
    // The day it was filed: ", May 13", ", Jan. 5, 2022", ", 13 May".
    '(?<day>,? (?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.? \\d{1,2}|\\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?)(?:,? \\d{4})?)?',
    // The agency: "(Reuters)", "(AP)", "(Pajhwok)", "(Xinhua)".
    "(?<agency> ?\\(\\p{Lu}[\\p{L}'’. &-]{0,30}\\))?",
    // A dash (one or two hyphens, an en or em dash) or a colon, then the story's first word.
    ' ?(?<dash>--?|–|—|:) ?(?=["“‘]?\\p{Lu})',
  ].join(''),
  'u',
);

/** Capitals of a place's name: three letters in a row in one of its words ("KABUL", "ON BARATARIA BAY", not "US"). */
const PLACE_WORD = /\p{Lu}{3}/u;

/**
 * The length of the dateline that opens `text` (the start of an article's first block), or 0 when
 * it opens with none. The place needs a word of three capitals or more ("US - Taliban talks" is a
 * sentence), and a sentence's own capitals are no dateline: "NATO - the alliance …" has no capital
 * after its dash.
 */
export function wireDatelineLength(text: string): number {
  const m = DATELINE.exec(text.slice(0, 200));
  if (!m) return 0;
  const place = m[0].trimStart().split(/[,(:–—]| -/)[0]!;
  if (!PLACE_WORD.test(place)) return 0;
  // A word in capitals alone before a colon or a single hyphen may be a sentence's acronym ("OPEC:
  // Oil output will rise", "NASA - The agency said"): it is a dateline with its region, day or
  // agency, or before a long dash ("KABUL -- ", "KABUL — ").
  const { region, day, agency, dash } = m.groups ?? {};
  const bare = !region && !day && !agency;
  if (bare && !/\s/.test(place.trim()) && (dash === ':' || dash === '-')) return 0;
  return m[0].length;
}
