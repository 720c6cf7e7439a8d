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
 * A photo caption's closing dateline in Reuters' and the Guardian's style: a place written with its
 * capital, then at once the full date with its year, no weekday and no "on" between ("A man
 * celebrates … in Miami, Florida February 2, 2009.", "Workers clean up oil on a beach in Port
 * Fourchon, Louisiana, May 24, 2010."). Prose dates a happening "on May 24" after its place.
 * (Not a weekday's or a month's name, nor a preposition opening the sentence: "On September 27, 2009".)
 */
const PLACE_THEN_DATE =
  /\s(?!(?:On|In|Since|By|Until|Before|After|From|(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?|Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?,? )\p{Lu}[\p{L}.'’-]*,? (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}, (?:19|20)\d\d\.?$/u;

/**
 * A verb told in the past, which a caption (in the present: "A boy wears a mask …", "A man is
 * hospitalized …") does not use but a report does ("The rig exploded in the Gulf of Mexico April 20,
 * 2010.", "was born in Honolulu, Hawaii, August 4, 1961.", "took effect in Arizona July 29, 2010."):
 * "was/were/had/did", a common irregular past, or a regular "-ed" form before its place ("exploded in"; a
 * caption's "-ed" words are mostly adjectives and agents: "a heavily oiled marsh", "rescued from").
 */
const TOLD_IN_PAST =
  /\b(?:was|were|had|did|took|died|came|went|said|began|made|gave|fell|left|met|won|told|found|held|led|sent|saw|shot|struck|sank|broke|ran|spent|became|brought|flew|wrote|spoke|rose)\b|(?<!\b(?:is|are|be|being|been|gets?|\p{Ll}+ly) )\b\p{Ll}{3,}ed (?:in|at|on|off|near) /u;

/** A caption's label in capitals, or the captions' heading: "PHOTO: A security guard wears …", "Photo captions: Top: …". */
const CAPTION_LABEL = /^(?:PHOTOS?|PICTURES?|Photo captions?)\s*:/;

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
 * Whether a sentence is a photo caption by its form: the agencies' closing dateline (after a weekday
 * or right after a place), a caption's label, or the picture it describes named at its start or
 * end. A caption tells what a picture shows, not a happening of the day (its happening, if any, the
 * article tells in its text).
 */
export const photoCaption = (text: string): boolean =>
  CLOSING_DATELINE.test(text) ||
  NAMED_PICTURE.test(text) ||
  (PLACE_THEN_DATE.test(text) && !TOLD_IN_PAST.test(text)) ||
  CAPTION_LABEL.test(text);
