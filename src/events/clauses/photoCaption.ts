/**
 * A photo caption's closing dateline in the agencies' style: a weekday, then the full date with its
 * year, ending the sentence ("Workers prepare to lay oil boom around an island in St. Bernard
 * Parish, La., Wednesday, July 21, 2010.", "… in London, Tuesday, Nov. 2, 2010."). Prose writes "on
 * Wednesday" and leaves out a year the reader knows; a caption describes its picture in the present
 * tense and dates it in full. On the Timeline17 topics outside the held-out ones, 36 sentences
 * close so, all captions.
 */
const CLOSING_DATELINE =
  /(?:^|[\s,])(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}, (?:19|20)\d\d\.?(?:\s*\([^()]{0,80}\))?$/;

/**
 * A picture the caption points at: "this handout photograph", "this June 1, 2010 file photo"; the
 * words between are a date's or the picture's kind, not a phrase joined on ("This success -- and the
 * resulting image inside the company -- helps explain …").
 */
const THIS_PICTURE =
  '[Tt]his (?:(?!and |or |but )[\\w,.]+ ){0,5}?(?:photo|photograph|image|picture|frame grab|video grab|handout)s?';

/**
 * A caption that names its picture: closing on it ("… after the rig sank, off Louisiana April 22,
 * 2010, in this handout photograph.", "… in Tripoli in this image from Libya TV."), or opening on a
 * dated one, perhaps after the agencies' "FILE -" ("In this June 24, 2010 file photo, oil workers …
 * listen to …", "This July 10, 2010 file photo shows …").
 */
const NAMED_PICTURE = new RegExp(
  `(?:^|\\bFILE\\s*[-–]\\s*)(?:In )?${THIS_PICTURE}\\b|\\b(?:in|on) ${THIS_PICTURE}(?: (?:from|released by|provided by|taken by|obtained by) [^,;]{1,60})?\\.?$`,
);

/**
 * Whether a sentence is a photo caption by its form: the agencies' closing dateline, or the picture
 * it describes named at its start or end. A caption tells what a picture shows, not a happening of
 * the day (its happening, if any, the article tells in its text).
 */
export const photoCaption = (text: string): boolean =>
  CLOSING_DATELINE.test(text) || NAMED_PICTURE.test(text);
