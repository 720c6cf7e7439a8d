/**
 * Pages, or the end of a page, that are no news report: a broadcaster's programme listing, a
 * radio programme's running order, readers' posts (a query board, a page of readers' sentences),
 * readers' comments a line announces, a quiz (the last two in `readersComments.ts`).
 * Read from the text alone — no NLP, so ingest can judge them cheaply, record the verdict on the
 * article (`Article.nonReport`, which the event stage reads) and warn — and from the page's
 * structure only (credits, time slots, the closing lines of broadcast items, first person), never
 * from what the page is about.
 */
import type { NonReport } from '../model/article.ts';
import { isQuiz, readersCommentsStart } from './readersComments.ts';

/** A production credit: a role, a slash, a name ("Presenter/Zoe Ball", "Producers/Sara Davies"). */
const CREDIT =
  /\b(?:Presenters?|Producers?|(?:Series|Executive) Producers?|Readers?|Editors?|Directors?|Writers?|Composers?|Narrators?|Hosts?)\s*\\?\/\s*\p{Lu}/gu;

/** A broadcast time slot: a range of clock times with a part of the day ("7.00-10.30 pm", "9.00am-12.00noon"). */
const SLOT = /\b\d{1,2}[.:]\d{2}\s*(?:am|pm|noon)?\s*[-–]\s*\d{1,2}[.:]\d{2}\s*(?:am|pm|noon|midnight)\b/gi;

/** How many credits and time slots make a page a listing: one of each may quote a schedule. */
const LISTING_MARKS = 4;

/**
 * Whether a page is a programme listing (a radio or TV guide, a press pack of a week's
 * programmes): its text carries production credits and time slots, several of them. Every
 * sentence of such a page describes a broadcast, not a happening, however newsy its words
 * ("Robbie Williams opens this year's BBC Electric Proms").
 */
export function isProgrammeListing(text: string): boolean {
  let marks = 0;
  for (const re of [CREDIT, SLOT]) {
    re.lastIndex = 0;
    while (re.exec(text)) if (++marks >= LISTING_MARKS) return true;
  }
  return false;
}

/** Sentences by final punctuation and a capital after it: rough, and enough to count shapes. */
function roughSentences(text: string): { start: number; text: string }[] {
  const out: { start: number; text: string }[] = [];
  const re = /[.!?]["”’]?\s+(?=["“‘]?\p{Lu})/gu;
  let start = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const end = m.index + m[0].length;
    out.push({ start, text: text.slice(start, end).trim() });
    start = end;
  }
  if (start < text.length) out.push({ start, text: text.slice(start).trim() });
  return out;
}

/**
 * A name: one to five capitalized words ("Roy Thomas", "Dr Roger Musson", "Gary O'Donoghue"),
 * perhaps after a role in small letters ("Technology correspondent Rory Cellan-Jones").
 */
const NAME = String.raw`(?:(?:The BBC's |BBC )?(?:\p{Lu}[\p{L}-]*\s+(?:\p{Ll}[\p{L}-]*\s+){1,3})?(?:\p{Lu}[\p{L}'’.-]*\s+){0,4}\p{Lu}[\p{L}'’.-]*)`;
/** A role in apposition after a name (", head of seismic hazard at the British Geological Survey,"). */
const ROLE = String.raw`(?:,\s+[^.!?]{2,140}?,)?`;
/**
 * The closing line of a broadcast item: who comes on, and what they do on air, in the present
 * ("Pete Garrett, of the British Red Cross, discusses how …", "Paul Henley reports from Helsinki.",
 * "Vince Cable … and Terry Smith, …, debate whether …"). News tells what people did or said;
 * these verbs of presenting in the present tense after a name are a programme's furniture.
 */
const ITEM_CLOSE = new RegExp(
  String.raw`^(?:And |Here |Now )?(?:${NAME}\s*${ROLE}\s+(?:and\s+${NAME}\s*${ROLE}\s+)?)(?:discusses|discuses|describes|examines|explains|considers|previews|outlines|assesses|analyses|reports (?:from|on)\b|reads|demonstrates|reveals|introduces|presents|looks (?:at|back)|talks to|joins us|casts|voices|debate|discuss|examine|consider)\b`,
  'u',
);
/**
 * A programme's own segment, a line without a verb: one word in capitals that is no name, words in
 * small letters, "with" and who presents it, perhaps with a description, and nothing more ("Business
 * news with Adam Shaw.", "Thought for the day with Dom Antony Sutch, a Benedictine Monk."). Not a
 * report's "X met with Y": its subject is a name, or a pronoun, and the sentence goes on.
 */
const SEGMENT =
  /^(\p{Lu}\p{Ll}+)\s+(?:\p{Ll}+\s+){1,3}with\s+(?:\p{Lu}[\p{L}'’.-]*\s+){0,4}\p{Lu}[\p{L}'’-]*(?:(?:,|\s+-)\s+(?:an?\s+|the\s+|\p{Lu})[^.!?,]*)?\.$/u;
/** Pronouns that open a clause: a line they open has a verb. */
const PRONOUN = /^(?:I|You|He|She|It|We|They|This|That|These|Those)$/;

/** Whether a sentence is a segment line (see `SEGMENT`) whose first word the page never capitalizes as a name. */
function isSegment(sentence: string, text: string): boolean {
  const m = SEGMENT.exec(sentence);
  if (!m) return false;
  const opener = m[1]!;
  // A name is capitalized mid-sentence too ("… met Mrs Clinton"); a common word opening a line is not.
  return !PRONOUN.test(opener) && !new RegExp(String.raw`[\p{Ll}\d,;:]\s+${opener}\b`, 'u').test(text);
}

/** How many item closings, and what share of the sentences, make a running order. */
const RUNNING_ORDER_ITEMS = 5;
const RUNNING_ORDER_SHARE = 0.08;
/** The fewest sentences of a running order: five items of a story and a close, and the programme's notes. */
const RUNNING_ORDER_MIN_SENTENCES = 15;

/**
 * The items of a page read as a running order: each closing line that comes after a sentence of
 * story told since the closing line before (two closing lines in a row close one item: "Alpesh
 * Patel casts an eye over the markets. And Otto Thoresen previews …"), and each segment line.
 */
export function runningOrderItems(text: string): number {
  return itemsOf(roughSentences(text), text);
}

function itemsOf(sentences: readonly { text: string }[], text: string): number {
  let items = 0;
  let story = false;
  for (const s of sentences) {
    if (isSegment(s.text, text)) items++;
    else if (ITEM_CLOSE.test(s.text)) {
      if (story) items++;
      story = false;
    } else story = true;
  }
  return items;
}

/**
 * Whether a page is a radio programme's running order: item after item, each a sentence or two
 * of a story and a line of who discusses it on air, one subject after another ("The Conservatives
 * are calling for changes to labeling on alcoholic drinks. … Andrew Lansley, discusses the policy.
 * Has your car had an MOT test lately? …"). A news page with a clip ("Paul Henley reports from
 * Helsinki.") has one or two such lines, not five; a short page is no programme's running order.
 */
export function isRunningOrder(text: string): boolean {
  const sentences = roughSentences(text);
  if (sentences.length < RUNNING_ORDER_MIN_SENTENCES) return false;
  const items = itemsOf(sentences, text);
  return items >= RUNNING_ORDER_ITEMS && items >= sentences.length * RUNNING_ORDER_SHARE;
}

/**
 * A sentence in the first person singular, outside or inside quotation marks. An "I" after a word
 * in capitals inside the sentence is a Roman numeral ("World War I", "Queen Elizabeth I", "Phase I
 * trials"); after the sentence's first word it is the speaker ("When I arrived", "Yesterday I …"),
 * and so is a sentence-opening "Phase I trials …", which the letters alone cannot tell apart.
 */
const FIRST_PERSON = /\b(?:my|My|me|myself)\b|(?<!\S\s+\p{Lu}[\p{L}'’-]*\s+)\bI\b/u;

/** Readers' posts run far beyond a news article's length: the longest reports here are ~25 k. */
const POSTS_MIN_CHARS = 50_000;
/** The share of first-person sentences of readers' posts; a report quoting witnesses stays below 0.3. */
const POSTS_FIRST_PERSON = 0.4;
/** Sentences a section is judged by. */
const WINDOW = 20;

/**
 * Where readers' posts begin, or -1: a stretch running to the page's end, longer than any news
 * article, in which two sentences in five or more speak in the first person singular (a
 * family-history query board: "my Gt Gt Grandfather was born in 1819 …"; a page of readers'
 * sentences). A report page before them keeps its report: the stretch starts at the first
 * window of sentences from which that share holds to the end.
 */
export function readersPostsStart(text: string): number {
  if (text.length < POSTS_MIN_CHARS) return -1;
  const sentences = roughSentences(text);
  const first = sentences.map((s) => (FIRST_PERSON.test(s.text) ? 1 : 0));
  // From the end backwards: the share of first-person sentences in the suffix from each window on.
  let count = 0;
  let from = -1;
  for (let w = Math.floor((sentences.length - 1) / WINDOW); w >= 0; w--) {
    const lo = w * WINDOW;
    const hi = Math.min(sentences.length, lo + WINDOW);
    let inWindow = 0;
    for (let i = lo; i < hi; i++) inWindow += first[i]!;
    count += inWindow;
    const share = count / (sentences.length - lo);
    if (share >= POSTS_FIRST_PERSON && inWindow / (hi - lo) >= POSTS_FIRST_PERSON) from = lo;
  }
  if (from < 0) return -1;
  const start = sentences[from]!.start;
  return text.length - start >= POSTS_MIN_CHARS ? start : -1;
}

/** Where a page stops being a report and why, or undefined when it is a report to its end. */
export function nonReport(text: string): NonReport | undefined {
  if (isProgrammeListing(text)) return { from: 0, reason: 'programme listing' };
  if (isRunningOrder(text)) return { from: 0, reason: 'running order' };
  if (isQuiz(text)) return { from: 0, reason: 'quiz' };
  const posts = readersPostsStart(text);
  const comments = readersCommentsStart(text);
  if (comments >= 0 && (posts < 0 || comments < posts))
    return { from: comments, reason: "readers' comments" };
  return posts >= 0 ? { from: posts, reason: "readers' posts" } : undefined;
}
