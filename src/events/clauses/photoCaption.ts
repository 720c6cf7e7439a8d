/**
 * A photo caption's closing dateline in the agencies' style: a weekday, then the full date with its
 * year, ending the sentence ("Workers prepare to lay oil boom around an island in St. Bernard
 * Parish, La., Wednesday, July 21, 2010.", "… in London, Tuesday, Nov. 2, 2010."). Prose writes "on
 * Wednesday" and leaves out a year the reader knows; a caption describes its picture in the present
 * tense and dates it in full. On the Timeline17 topics outside the held-out ones, 36 sentences
 * close so, all captions.
 */
const CLOSING_DATELINE =
  /(?:^|[\s,])(?<!\b(?:for|by|until|till|since|from|before|after) )(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}, (?:19|20)\d\d\.?(?:\s*\([^()]{0,80}\))?$/;

/**
 * A picture the caption points at: "this handout photograph", "this June 1, 2010 file photo", "this
 * Louisiana June 5, 2010 file photo", "this U.S. Coast Guard handout"; the words between are a
 * date's, a name's or the picture's kind, not a phrase joined on ("This success -- and the
 * resulting image inside the company -- helps explain …").
 */
const THIS_PICTURE =
  '[Tt]his (?:(?:\\d{1,4},?|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?|file|handout|undated|aerial|satellite|video|\\p{Lu}[\\p{L}.]*) ){0,5}?(?:photo|photograph|image|picture|frame grab|video grab|handout)s?';

/**
 * A caption that names its picture (at the start followed by a comma or a verb of showing, not
 * "This image problem has cost …"): closing on it ("… after the rig sank, off Louisiana April 22,
 * 2010, in this handout photograph.", "… in Tripoli in this image from Libya TV."), or opening on a
 * dated one, perhaps after the agencies' "FILE -" ("In this June 24, 2010 file photo, oil workers …
 * listen to …", "This July 10, 2010 file photo shows …").
 */
const NAMED_PICTURE = new RegExp(
  `(?:^|\\bFILE\\s*[-–]\\s*)(?:In )?${THIS_PICTURE}(?:,| (?:shows?|showing|taken|released|provided|made|obtained|from)\\b)|\\b(?:in|on) ${THIS_PICTURE}(?: (?:from|released by|provided by|taken by|obtained by) [^,;]{1,60})?\\.?$`,
  'u',
);

/**
 * Whether a sentence is a photo caption by its form: the agencies' closing dateline, or the picture
 * it describes named at its start or end. A caption tells what a picture shows, not a happening of
 * the day (its happening, if any, the article tells in its text).
 */
export const photoCaption = (text: string): boolean =>
  CLOSING_DATELINE.test(text) || NAMED_PICTURE.test(text);
