/**
 * A site's notice about its own pages or broadcasts: "Live coverage of the trial of Michael
 * Jackson's personal physician …" (a schedule or a live page's standfirst), "The archives of all
 * the student, teacher and staff blogs are still available here to read but commenting has closed".
 * The site tells what it shows and what readers may do there, not a happening in the world; dated
 * by the page, such a line became an event of the day it was scraped.
 */
const NOTICE =
  /^(?:Live|Full|Continuing) coverage of\b|\b[Cc]ommenting (?:has|is) (?:now )?(?:closed|disabled|suspended)\b|\b[Cc]omments (?:have|are) (?:now )?(?:closed|disabled)\b|\b(?:still|now) available here to (?:read|watch|view|listen)\b/;

/** Whether a sentence is the site's notice about its own pages or broadcasts (see `NOTICE`). */
export function isSiteNotice(sentence: string): boolean {
  return NOTICE.test(sentence);
}
