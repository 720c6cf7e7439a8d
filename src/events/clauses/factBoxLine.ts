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

/** Whether a sentence is a year-list line of a background box (see `YEAR_LINE`). */
export const factBoxLine = (text: string): boolean => YEAR_LINE.test(text);
