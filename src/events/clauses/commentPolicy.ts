/**
 * A news site's policy line for the comments under an article: "We welcome comments that advance the
 * story through relevant opinion, anecdotes, links and data. Views expressed in the comments do not
 * represent those of Reuters." A news page prints it after its credit line ("(Reporting by …)") and
 * the readers' comments after it; a blog page prints it after the comments, and the author's
 * biography after it ("Before arriving in New Delhi in 2012, he was based in Washington"). Either
 * way nothing from the line on is the site's report. Read from the policy's own words, which say
 * what the text around them is, not from what the page is about. (Routine furniture under most of a
 * site's pages, it ends the report as the comment headers of `extractEvents` do, with no warning.)
 */
const POLICY =
  /\bWe welcome comments that advance the story\b|\bViews expressed in the comments do not represent\b|\bWe welcome comments on our articles\b/;

/** Whether a sentence is, or holds, a comment policy's line. */
export function commentPolicy(sentence: string): boolean {
  return sentence.includes('comments') && POLICY.test(sentence);
}
