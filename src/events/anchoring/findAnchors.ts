import type { Article } from '../../model/article.ts';
import type { EventTime } from '../../model/chronology.ts';
import type { TemporalExpression } from '../../model/timex.ts';
import { isComparison, isFuture } from '../clauses/eventFilter.ts';
import type { ReportFrame } from '../clauses/findReportFrame.ts';
import { eventTypeOf } from '../eventTypes.ts';
import type { Sentence } from '../nlp/segmentSentences.ts';
import { toldAsPast } from './attachTimex.ts';
import { chunkAround } from './chunkAround.ts';
import { addDays, canAnchor, timeFromTimex } from './eventTime.ts';
import { lookedAheadTo } from './lookedAheadTo.ts';
import { deverbal } from './nounOfDate.ts';
import { boundsStateEnd, untilTime } from './stateBound.ts';

/**
 * How far ahead a plan's day or month may lie when no year is written: further, it is a
 * misreading ("17 Mar - 27 people die" read as March 2027); "in June 1994" may lie further.
 */
const PLAN_DAYS = 366;

/** Grains of a date that a schedule names (a day, a time, a month), unlike a forecast's year. */
const SCHEDULED: ReadonlySet<string> = new Set(['day', 'time', 'month']);

const inRanges = (ranges: readonly [number, number][], a: number, b: number) =>
  ranges.some(([s, e]) => a >= s && b <= e);

/**
 * The expressions of a sentence that may date a happening in it: placeable, outside quotations
 * (`quotes`, offsets in the sentence), not a time compared with, and not a mis-resolved future.
 */
export function findAnchors(
  article: Article,
  s: Sentence,
  timexes: readonly TemporalExpression[],
  quotes: readonly [number, number][],
): TemporalExpression[] {
  return timexes.filter(
    (t) =>
      t.start >= s.start &&
      t.end <= s.end &&
      canAnchor(t) &&
      !inRanges(quotes, t.start - s.start, t.end - s.start) &&
      // "up from 20 in March" dates the figure compared with, not the clause.
      // "As of Friday, the border … moved": opening the sentence, the day the state holds from.
      (/^\W*as of\s+$/i.test(article.text.slice(s.start, t.start)) ||
        !comparedWith(article.text.slice(Math.max(s.start, t.start - 40), t.start))) &&
      !yearInName(article.text.slice(s.start, t.start), t) &&
      // "threatened to veto the resolution if it is put to a vote on Friday": a supposed day.
      !/\b(?:if|unless)\s(?!not\b)[^,;]*$/i.test(article.text.slice(s.start, t.start)) &&
      !(
        comparedFigure(article.text.slice(Math.max(s.start, t.start - 90), t.start)) &&
        // "from $186.4 million a year ago, when the industry enjoyed …": its "when" clause it dates.
        !/^\s*,?\s*when\b/i.test(article.text.slice(t.end, t.end + 8))
      ) &&
      // A date after publication dates a plan when it names a day or a month and the verb it
      // goes with is no past ("planned to leave on Thursday", "Congress reconvenes Jan. 24");
      // else it is a forecast or a mis-resolved past ("attacked on Thursday"), kept only in words
      // of the future ("will grow in 1990"); a reader comment's stamp never.
      !(
        t.range &&
        t.range.start > article.published &&
        (stamp(s, t) ||
          (!(
            SCHEDULED.has(t.precision) &&
            (/\b\d{4}\b/.test(t.text) || t.range.start <= addDays(article.published, PLAN_DAYS)) &&
            // "Ahead of congressional hearings on Tuesday, lawmakers released …": the day of
            // the happening looked ahead to, whatever the clause's verb.
            (!pastVerbOf(s, t) || lookedAheadTo(s, t, true) !== undefined)
          ) &&
            !isFuture(chunkAround(s.text, t.start - s.start, t.end - s.start).text)))
      ),
  );
}

/**
 * Whether a year closes a name ("raise the cap of the Oil Pollution Act of 1990", "the Limitation of
 * Liability Act of 1851"): a bare year after "of" and a capitalised word past the sentence's first
 * is part of what the name names, no date of the sentence's happening.
 */
const yearInName = (before: string, t: TemporalExpression): boolean =>
  /^\d{4}$/.test(t.text) && /\S\s+\p{Lu}[\p{L}'’.-]*\s+of\s+$/u.test(before);

/**
 * Whether the words before a date compare with it ("up from 20 in March", "than last year"); not
 * when a quantity follows "more than": "more than four hours Friday", "by more than one-third
 * this year", "more than 7,000 spills between 1970 and 2000" compare the quantity, and the date
 * dates the clause (unless a "from" gives the figure compared with: "from fewer than 100,000 in
 * 1980").
 */
const comparedWith = (before: string): boolean =>
  isComparison(before) && !(QUANTITY_COMPARED.test(before) && !/\bfrom\b/i.test(before));
const QUANTITY_COMPARED =
  /\b(?:more|less|fewer|longer)\s+than\s+(?:[$£€]?\d[\d.,]*%?|one|two|three|four|five|six|seven|eight|nine|ten|a|an|half)[\w-]*(?:\s+\S+)?(?:\s+(?:between|from))?\s+$/i;

/** A number, in digits or words. */
const NUMBER = String.raw`(?:\d[\d.,]*|one|two|three|four|five|six|seven|eight|nine|ten)`;
const SCALE = String.raw`(?:\s+(?:million|billion|trillion))?`;
const UNIT = '(?:cents?|pence|points?|guilders|francs|marks|yen|pounds|dollars|euros|barrels)';
/**
 * A figure with its unit: "$4 million", "$806m", "£1.2bn", "24 cents", "4.10 guilders", "15%", "14 Canadian cents",
 * "100 basis points", "3.8 percent"; not a bare number ("raised the alert level to 5 from 3 this week").
 */
const FIGURE = String.raw`(?:(?:[$£€]|[A-Z]{1,2}\$)${NUMBER}(?:m|bn)?${SCALE}|${NUMBER}(?:\s*%|\s+percent|\s+per cent|${SCALE}\s+(?:\p{L}+\s+)?${UNIT}|\s+(?:million|billion|trillion)))(?:\s+(?:a|per)\s+share)?`;

/**
 * "44 percent approval in mid-May", "$2 billion of sales in 1988": a few words naming what a figure
 * counts, then the preposition of its time; not a word that opens another phrase or clause ("from
 * 3% to 5% in May", "from 40% and rising in May").
 */
const FIGURE_NOUNS = String.raw`(?:\s+(?:of\s+)?(?!(?:to|and|or|but|when|which|who|that|after|before|as|while|since|until|by|on|in|at|for)\b)\p{L}[\p{L}'’-]*){1,3}`;

/**
 * "net rose to $108.8 million from $90.5 million, or $1.12 a share, a year ago", "compared with
 * earnings of $6.1 million a year ago": a date right after the figure a comparison opens (with at
 * most a few words before it, and its per-share twin) is the time of that figure, not of the clause.
 */
const COMPARED_FIGURE = new RegExp(
  String.raw`\b(?:from|compared (?:with|to)|versus|vs\.|against)\s+(?:[\p{L}'’-]+\s+){0,4}?${FIGURE}(?:\s*,?\s*or\s+${FIGURE})?\s*,?\s*(?:in\s+|for\s+)?$`,
  'iu',
);
/**
 * The same with words naming what the figure counts, after an unambiguous comparison only ("down
 * from 44 percent approval in mid-May"): a bare "from" may give a source ("lifted from 40 percent
 * of the Gulf in June").
 */
const COMPARED_COUNTED_FIGURE = new RegExp(
  String.raw`\b(?:(?:up|down) from|compared (?:with|to)|versus|vs\.|against)\s+(?:[\p{L}'’-]+\s+){0,4}?${FIGURE}${FIGURE_NOUNS}\s+(?:in|for|during)\s+(?:the\s+)?$`,
  'iu',
);
const comparedFigure = (before: string): boolean =>
  COMPARED_FIGURE.test(before) || COMPARED_COUNTED_FIGURE.test(before);

/**
 * Whether a date is the stamp of a reader's comment, posted after the article and no date of what
 * it says: "6th June 2012 - 16:18 This comment …", or a date and clock time opening a sentence.
 */
const stamp = (s: Sentence, t: TemporalExpression): boolean =>
  /\d{4}\s*[-–]\s*\d{1,2}:\d{2}\b/.test(t.text) ||
  (t.start - s.start <= 2 &&
    /\b\d{1,2}:\d{2}\b/.test(`${t.text} ${s.text.slice(t.end - s.start, t.end - s.start + 16)}`));

/**
 * Whether the verb a date goes with is told as past: the nearest verb before it in its chunk of
 * the sentence, or, with none, the first after it ("In August, the EU imposed sanctions").
 */
function pastVerbOf(s: Sentence, t: TemporalExpression): boolean {
  const chunk = chunkAround(s.text, t.start - s.start, t.end - s.start);
  const from = s.start + chunk.start;
  const isVerb = (x: (typeof s.tokens)[number]) => x.pos === 'VERB';
  const before = s.tokens.findLastIndex((x) => isVerb(x) && x.start >= from && x.end <= t.start);
  const verb = before >= 0 ? before : s.tokens.findIndex((x) => isVerb(x) && x.start >= t.end);
  // "has scheduled a news conference Thursday", "planned a large demonstration in Little Havana on
  // Saturday": a date after the verb's object that names a happening is that happening's, a plan.
  // The happening is the verb's object, no preposition between ("died since the start of the
  // protests in March" is no plan), and the date a day or a time, as a schedule names.
  const planned =
    before >= 0 &&
    (t.precision === 'day' || t.precision === 'time') &&
    // "has halted deepwater drilling until Nov. 30": a term of the verb's own, not a plan.
    !/\b(?:until|till|through|by)\s+$/i.test(s.text.slice(0, t.start - s.start)) &&
    s.tokens.some(
      (x, i) =>
        i > before &&
        x.end <= t.start &&
        x.pos === 'NOUN' &&
        (deverbal(x.text) || eventTypeOf(x.lemma) !== 'other') &&
        s.tokens.slice(before + 1, i).every((y) => /^(?:DET|ADJ|NOUN|PROPN|NUM)$/.test(y.pos)),
    );
  return verb >= 0 && !planned && toldAsPast(s.tokens, verb);
}

/**
 * The anchors that govern a sentence: a stated date beats a vague "previously" beside it, and in
 * reported words only a stated date counts ("during the past period there were …" dates nothing).
 */
export function governingAnchors(
  found: readonly TemporalExpression[],
  s: Sentence,
  frame: ReportFrame | undefined,
): TemporalExpression[] {
  const stated = found.filter((t) => t.range || !frame || t.start < s.start + frame.contentStart);
  return stated.some((t) => t.range) ? stated.filter((t) => t.range) : stated;
}

/** The time an anchor gives its event; "since March" stretches it to publication. */
export function anchorTime(article: Article, t: TemporalExpression): EventTime {
  // "over the past year", "in the last 12 months": the year up to publication, not the calendar year before.
  if (/^the\s+(?:past|last)\s+(?:year|12 months|twelve months)$/i.test(t.text)) {
    const time = timeFromTimex(t, article.published, false);
    return {
      ...time,
      start: addDays(article.published, -365),
      end: article.published,
      approximate: true,
      explanation: `"${t.text}": the year up to publication (${article.published})`,
    };
  }
  const since =
    /\bsince\s+$/i.test(article.text.slice(Math.max(0, t.start - 8), t.start)) || /^since\b/i.test(t.text);
  // "shutting all schools until May 6": the date ends the state; it does not date its happening.
  if (!since && t.range && boundsStateEnd(article.text, t.start, t.end))
    return untilTime(t, article.published);
  return timeFromTimex(t, article.published, since);
}
