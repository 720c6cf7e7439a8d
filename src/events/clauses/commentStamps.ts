import { MONTH_NAME } from '../../temporal/calendarNames.ts';

/**
 * The stamps a blog page prints where its post ends and its readers' comments begin, read from the
 * page's layout (a name, a bar, a day and a clock), not from what the post is about. A comment's own
 * stamp follows the comment ("… your political beliefs Posted by: rallyart2012 | April 30, 2010
 * 12:27 PM | Report abuse Does anybody …"), so a page whose report ends at the first comment's stamp
 * still reads the first comment as its report; the post's signature, printed before the comments,
 * ends it where it ends.
 */

/** A day written out: "June 7, 2010", "May 1st, 2009", "2 May 2012". */
const DAY = String.raw`(?:${MONTH_NAME}\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}(?:st|nd|rd|th)?\s+${MONTH_NAME},?\s+\d{4})`;

/**
 * A blog post's signature: "By", its author's name or names, a bar, the day and the clock it was
 * posted ("By Ezra Klein | May 14, 2010; 7:15 AM ET", "By Lisa Rein and Ed O'Keefe | November 15,
 * 2010; 6:00 AM ET", "By Katrina vanden Heuvel | June 16, …"). Printed after the post's last line:
 * what follows is the readers' comments.
 */
const SIGNATURE = new RegExp(
  String.raw`\bBy \p{Lu}[^|.!?"“”]{1,60}?\s\|\s${DAY}[;,]?\s+\d{1,2}:\d{2}\s*[AaPp]\.?[Mm]\b`,
  'u',
);

/**
 * A reader's post stamp other than the "Posted by: NAME | day | Report abuse" the comment headers
 * read: "Posted by", a name (a user's handle, perhaps "Re:" or a dash before), and the day it was
 * posted, after "on", a comma, a bar or a dash or right after the name ("Posted by Arthur Waskow,
 * on July 21, 2010 4:21 PM", "Posted by chibeetle 2 May 2012", "Re: Posted by Jason-May 1st, 2009
 * -- 4:59 pm GMT"). A name with no day after it ("Posted by Reuters staff") is no stamp.
 */
const POSTED_BY = new RegExp(
  String.raw`\bPosted by:?\s+[^\s|.!?]+(?:\s+[^\s|.!?]+){0,5}?(?:,?\s+on|\s*[|,]|\s*-+)?\s*${DAY}`,
  'u',
);

/** A comment's link to report it to the moderators ("| Report abuse", "Report as abuse"). */
const REPORT_ABUSE = /\bReport (?:as )?abuse\b/;

/**
 * Whether a sentence holds a post's signature or a reader's post stamp: the report ends there.
 * `atStart` says the sentence is the page's first, where a byline of the same shape heads the post
 * ("By Ezra Klein | May 14, 2010; 7:15 AM ET The Senate …") rather than closing it.
 */
export function commentStamp(sentence: string, atStart: boolean): boolean {
  if (REPORT_ABUSE.test(sentence) || POSTED_BY.test(sentence)) return true;
  return !atStart && SIGNATURE.test(sentence);
}
