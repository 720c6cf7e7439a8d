/**
 * A line of a background box that lists years ("1957: Asian flu killed two million people", "1983:
 * 80m gallons spilt off Iran", a profile's "1982: Indo-Soviet monitoring group meeting"): a bare
 * year, or a span of years, a colon and a line opening with a capital or a figure. Prose never opens a sentence so; ingest
 * splits such an item from the text it was glued to (`nlp/`), and `isGluedFactBox` catches lines
 * still run together. The box holds the past the story is set against, page furniture beside the
 * report, not its news. A line that opens with a full date ("June 15, 2010: President Obama speaks
 * …") is a caption or a dated list's item, left to `photoCaption`.
 */
const YEAR_LINE = /^(?:1[5-9]|20)\d\d(?:\s*[-–/]\s*(?:\d\d){1,2})?: ["“]?[\p{Lu}\d]/u;

/**
 * A stamp of four figures and a colon after a space (a box's lines are often glued to what precedes
 * them): a year of a box, or the 24-hour clock of a live page ("1910: According to administration
 * officials …", "2059: Media critic …").
 */
const STAMP = /(?:^|\s)(\d\d)(\d\d): ["“]?[\p{Lu}\d]/gu;

/**
 * Whether the four-figure stamps that open an article's sentences are years: one of them is no
 * time of day ("1968:", "1983:", minutes past 59). A live page's stamps all are ("1957: Some
 * interesting …" at 19:57), and a box whose years all read as times ("1918:", "1957:") is not told
 * apart from one: its lines stay, as any live page's entries must.
 */
export function stampsAreYears(articleText: string): boolean {
  if (!articleText.includes(':')) return false;
  for (const m of articleText.matchAll(STAMP)) if (Number(m[1]) >= 24 || Number(m[2]) >= 60) return true;
  return false;
}

/**
 * Whether a sentence is a year-list line of a background box (see `YEAR_LINE`), in an article whose
 * stamps are years (`stampsAreYears`).
 */
export const factBoxLine = (text: string, stampsYears: boolean): boolean =>
  stampsYears && YEAR_LINE.test(text);
