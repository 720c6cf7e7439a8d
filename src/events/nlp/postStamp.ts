import { MONTH_NAME, WEEKDAY_NAME } from '../../temporal/calendarNames.ts';

/**
 * A blog post's byline and time stamp, which a scraped page glues before the post's first sentence
 * ("Susan Watts | 18:00 UK time, Saturday, 25 April 2009 Experts are clearly …", "Robin Lustig |
 * 10:05 UK time, Friday, 20 January 2012 Has the month-old …"): who wrote the post and when it was
 * posted, layout and not words of the sentence. Left in, the stamp's name and clock opened the
 * sentence's title and its clock dated the sentence's happening ("18:00"), not the "today" the
 * sentence says.
 */

/**
 * The stamp: one to four capitalized words of a name (initials with their period), a bar, a clock with its zone ("UK time",
 * "GMT", "BST", "ET"), and the day written out, with or without its weekday ("Saturday, 25 April
 * 2009", "April 25, 2009"); then the post's first word, capitalized (a quotation mark may open it).
 */
const POST_STAMP = new RegExp(
  String.raw`(?:\p{Lu}(?:[\p{L}'’-]+|\.)\s+){0,3}\p{Lu}[\p{L}'’-]+\s*\|\s*\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?\s*)?(?:UK time|GMT|BST|UTC|[ECMP][SD]?T)?,?\s+(?:${WEEKDAY_NAME},?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+${MONTH_NAME},?\s+\d{4}|${MONTH_NAME}\s+\d{1,2},?\s+\d{4})\s+(?=["“‘]?\p{Lu})`,
  'gu',
);

/** The stamps in `text[from, to)`, each as its offsets (the space after it left out of the next piece). */
export function postStamps(text: string, from: number, to: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const piece = text.slice(from, to);
  POST_STAMP.lastIndex = 0;
  for (let m = POST_STAMP.exec(piece); m; m = POST_STAMP.exec(piece)) {
    // A stamp opens its block or follows the post before it, closed by its final punctuation.
    const before = piece.slice(0, m.index);
    // (Else the name may start a word later: "… in Mexico. Fergus Walsh | …".)
    if (/\S/.test(before) && !/[.!?"”’)]\s*$/.test(before)) {
      POST_STAMP.lastIndex = m.index + 1;
      continue;
    }
    out.push({ start: from + m.index, end: from + m.index + m[0].length });
  }
  return out;
}
