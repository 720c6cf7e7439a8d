import { WEEKDAY_NAME } from '../temporal/calendarNames.ts';

/**
 * Readers' comments and quizzes: text a news site prints that is no report. Read from the page's
 * own words about its layout (the line that announces the readers' comments below it, a quiz's
 * "Click NEXT"), never from what the page is about.
 */

/**
 * A line that announces readers' comments after it: "A selection of your comments appear below",
 * "Thanks for your comments. Please read a selection below", "We will aim to publish as many of
 * your views as we can", "Readers in the areas affected … have been sending their accounts to the
 * BBC". What follows is what readers wrote (first person, opinion, hearsay), not the site's report.
 */
const ANNOUNCED =
  /\byour (?:comments|views|e-?mails|experiences|stories)(?: to this debate)? (?:appears?|are|is) (?:published |printed )?below\b|\bread a selection(?: of (?:your|them|readers'))? below\b|\bpublish as many of your (?:views|comments)\b|\b(?:Readers|You)\b[^.!?]{0,80}\bhave been (?:sending|sharing) (?:us |in )?(?:their|your) (?:accounts|views|comments|experiences|stories|reactions)\b/;

/**
 * The notice that a readers' debate is closed ("This debate is now closed."), which a debate page
 * prints above the comments. At the page's start it stands above the debate's introduction instead
 * ("This debate is now closed. How can Africa help Haiti? Senegal's President …"), so it counts only
 * further on.
 */
const DEBATE_CLOSED = /\b(?:This|The) debate (?:is|has) (?:now )?closed\b/;

/** A reader's comment's stamp ("Added: Tuesday, 19 January, 2010, 18:32 GMT"): a comment opens. */
const COMMENT_ADDED = new RegExp(
  String.raw`\bAdded: ${WEEKDAY_NAME}, \d{1,2} \p{Lu}\p{Ll}+,? \d{4},? \d{1,2}:\d{2}\b`,
  'u',
);

/** The start of the sentence around `at`: after the final punctuation before it, or the page's start. */
function sentenceStart(text: string, at: number): number {
  const lo = Math.max(0, at - 400);
  const m = /[.!?]["”’]?\s+(?=[^.!?]*$)/.exec(text.slice(lo, at));
  if (m) return lo + m.index + m[0].length;
  return lo === 0 ? 0 : at;
}

/**
 * Where readers' comments begin on a page, or -1: at the sentence that announces them, at a debate's
 * closing notice after the page's first sentence, or at a comment's stamp, whichever comes first.
 * The report or introduction before them keeps its events.
 */
export function readersCommentsStart(text: string): number {
  const found: number[] = [];
  const announced = ANNOUNCED.exec(text);
  if (announced) found.push(sentenceStart(text, announced.index));
  // (The notice opens its sentence, glued or not to the text before: "… its spread This debate is now closed.")
  // (Past the page's first sentence: a sentence's end before it, or text longer than a heading's.)
  const closed = DEBATE_CLOSED.exec(text);
  if (closed && (/[.!?]["”’]?\s/.test(text.slice(0, closed.index)) || closed.index > 150))
    found.push(closed.index);
  const added = COMMENT_ADDED.exec(text);
  if (added) found.push(added.index);
  return found.length > 0 ? Math.min(...found) : -1;
}

/** A quiz's instruction to turn to the next question or answer ("Click NEXT to continue."). */
const CLICK_NEXT = /\bClick NEXT\b/g;

/**
 * Whether a page is a quiz: it tells the reader to click on to the next question twice or more. Its
 * sentences are questions, answers and trivia about the week's news ("Joanna Lumley backed the
 * soldiers' cause …"), not reports of it.
 */
export function isQuiz(text: string): boolean {
  return (text.match(CLICK_NEXT)?.length ?? 0) >= 2;
}
