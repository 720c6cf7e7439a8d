/**
 * The numbers of a numbered list that a scraper ran into one paragraph: a graphic's steps
 * ("Alleged flightpath of downed Turkish F-4 Phantom 1. F-4 Phantom takes off from Erhac airbase
 * … on 22 June 2. Syria says the jet enters its airspace at 11:40 (08:40 GMT) 3. Turkish military
 * loses contact …"). The library ends a sentence after each "N.", so each number is left at the end
 * of the item before it. Structural signal: "N. " before a capitalised word, with the number before
 * it or after it in the same list ("N-1. " earlier, or "N+1. " later, each before a capitalised word).
 */

/** How far (in characters) the neighbouring number of a list item is looked for. */
const REACH = 600;

/** An item's number at the end of a piece: a space, one or two digits and a period. */
const TRAILING_NUMBER = /(?<=[\p{L}\d)\]] )(\d{1,2})\.\s*$/u;

/** Words before a number that make it a quantity or a rank, no item's number. */
const GOVERNS_NUMBER =
  /\b(?:to|at|of|by|from|in|on|than|about|over|under|nearly|almost|only|just|and|or|the|a|some|were|was|is|are|be|been|number|numbered|no|No|level|phase|stage|step|page|chapter|article|section|grade|category|round|game|group|race|day|week|year|No\.|around|approximately|up|down|plus|minus|times|score|scored|won|lost|beat|led)\s+$/i;

/** Whether "`n`. " before a capitalised word stands in `text[from, to)`. */
function numberedItemIn(text: string, from: number, to: number, n: number): boolean {
  if (n < 1) return false;
  return new RegExp(`(?:^|[\\s.)])${n}\\. \\p{Lu}`, 'u').test(text.slice(Math.max(0, from), to));
}

/**
 * Where a list item's number starts at the end of the piece `text[start, at)` that the next
 * item's sentence follows at `at`, or -1: the piece ends in "N." after a word, a number or a
 * bracket, the next piece opens with a capital, and item N-1 stands before it or item N+1 after it.
 */
export function trailingListNumber(text: string, start: number, at: number): number {
  // (Most pieces end in no digit and period: answered from their last characters, without the
  // pattern, whose lookbehind would be tried at every offset of the piece.)
  let end = at;
  while (end > start && /\s/u.test(text[end - 1]!)) end--;
  if (end - start < 2 || text[end - 1] !== '.' || !/\d/.test(text[end - 2]!)) return -1;
  const m = TRAILING_NUMBER.exec(text.slice(start, at));
  if (!m || !/^\p{Lu}/u.test(text.slice(at, at + 1))) return -1;
  const n = Number(m[1]);
  const numberAt = start + m.index;
  // (Not a piece without words before the number, nor a number a word governs: "rose to 3.",
  // "one of 2.", "numbered 2.")
  const before = text.slice(start, numberAt);
  if (!/\p{L}/u.test(before) || GOVERNS_NUMBER.test(before)) return -1;
  if (numberedItemIn(text, numberAt - REACH, numberAt, n - 1) || numberedItemIn(text, at, at + REACH, n + 1))
    return numberAt;
  return -1;
}
