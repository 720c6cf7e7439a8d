import type { Article } from '../model/article.ts';
import type { ChronologyEvent } from '../model/chronology.ts';
import type { TemporalExpression } from '../model/timex.ts';
import { datedEvents } from './anchoring/datedEvents.ts';
import { datedSaying, quotedFollowUp } from './anchoring/datedSaying.ts';
import { joinedSpans } from './anchoring/dateSpan.ts';
import { undatedTime } from './anchoring/eventTime.ts';
import { findAnchors, governingAnchors } from './anchoring/findAnchors.ts';
import { lookedAheadTo } from './anchoring/lookedAheadTo.ts';
import { phraseDatesOnly } from './anchoring/phraseDates.ts';
import { asideDatesOnly, describesNoun, recentAsides, resumedClause } from './anchoring/relativeClause.ts';
import { reportedEvents, sayingInAside } from './anchoring/reportedEvents.ts';
import { asideTimesClause } from './anchoring/timedAside.ts';
import { createArticleContext, LEAD_SENTENCES } from './articleContext.ts';
import { commentPolicy } from './clauses/commentPolicy.ts';
import { commentStamp } from './clauses/commentStamps.ts';
import { notAnEvent } from './clauses/eventFilter.ts';
import { stampsAreYears } from './clauses/factBoxLine.ts';
import {
  findReportFrame,
  frameAfterAside,
  quotedRanges,
  type ReportFrame,
} from './clauses/findReportFrame.ts';
import { triggerModality } from './clauses/modality.ts';
import { type Draft, toEvent } from './draft.ts';
import { referentResolver } from './entities/referents.ts';
import { eventTypeOf } from './eventTypes.ts';
import { continueEvent, follows, referredEvent, relatesTo } from './merge/continueEvent.ts';
import { dedupeDrafts } from './merge/dedupeDrafts.ts';
import type { Sentence } from './nlp/segmentSentences.ts';
import { draftFromTrigger, parseSentence, type SentenceParse } from './sentenceParse.ts';
import { contentlessSaying, emptyDatedTitle, weakTitle } from './titles/weakTitles.ts';
import type { Trigger } from './triggers/findTriggers.ts';
import { mainClauseVerb, mainHappening } from './triggers/mainHappening.ts';

/**
 * Where readers' comments start: "X wrote:", "At 15:40 20th Jan 2012, X wrote", the comment form
 * ("Sign in with your BBC iD, or Register to comment", "All posts are reactively-moderated"), a
 * moderator's note, or a comment's time stamp ("24th February 2012 - 16:57").
 */
const COMMENT_HEADER =
  /\b(?:wrote|writes):\s|^At \d{1,2}[:.]\d{2}\b.{0,60}\bwrote\b|\bRegister to comment\b|\breactively-moderated\b|\bPosted by: [^|]{1,60}\| [^|]{1,40}\| Report abuse\b|\bThis comment was removed because\b|\b\d{1,2}(?:st|nd|rd|th) (?:January|February|March|April|May|June|July|August|September|October|November|December) \d{4} - \d{2}:\d{2}\b/;

/** Sentences skipped for these reasons may still date their saying. */
const SAYING_KEPT = new Set([
  'a quotation',
  'first-person commentary',
  'background',
  'an attributed view',
  'a conditional',
]);

const CASUALTY_ONLY =
  /^[^.]*\b(?:were|was|have been|had been)\s+(?:killed|wounded|injured|arrested|detained)\b/i;

/**
 * Words that open a clause of another time or of reason before the main clause; not "when",
 * "while" or "as", whose time the main clause shares ("When Xi was in Washington this month,
 * the administration told him …").
 */
const OPENERS = new Set(['since', 'after', 'before', 'until', 'because', 'although', 'though']);

/**
 * The narrated stretch of a sentence before the clause that holds the saying at `saying` (an
 * article offset), or undefined: a main clause of its own before ", and" with a new subject ("X
 * signed a plan Friday, | and Y claimed …") or before a relative clause ("DPC made an offer earlier
 * this year, | which the board said it rejected"), or a clause of time or reason ("Since the
 * decision was announced Wednesday, | they have said …"), which dates its own verb, not the saying.
 */
function narratedBefore(p: SentenceParse, saying: number): { from: number; to: number } | undefined {
  const { tokens } = p.s;
  const c = p.clauses.find(
    (c) =>
      ((c.kind === 'coordinate' &&
        tokens[c.from]!.pos === 'CCONJ' &&
        /^(?:PRON|DET|NOUN|PROPN)$/.test(tokens[c.from + 1]?.pos ?? '')) ||
        (c.kind === 'relative' && /^(?:which|who)$/i.test(tokens[c.from]!.text))) &&
      tokens[c.from - 1]?.text === ',' &&
      tokens[c.from]!.start <= saying &&
      saying < (tokens[c.to - 1]?.end ?? p.s.end),
  );
  if (c && tokens.slice(0, c.from).some((t) => t.pos === 'VERB'))
    return { from: p.s.start, to: tokens[c.from - 1]!.start };
  // A subordinate clause opening the sentence, closed by a comma before the saying's clause.
  const verb = tokens.findIndex((t) => t.start >= saying);
  if (!OPENERS.has(tokens[0]?.text.toLowerCase() ?? '') || verb < 0) return undefined;
  // The saying's subject stands between the comma and the saying: "…, they have said".
  let comma = verb - 1;
  while (comma > 0 && /^(?:PRON|DET|NOUN|PROPN|ADJ|AUX|ADV)$/.test(tokens[comma]!.pos)) comma--;
  if (comma <= 1 || tokens[comma]!.text !== ',' || !tokens.slice(1, comma).some((t) => t.pos === 'VERB'))
    return undefined;
  return { from: p.s.start, to: tokens[comma]!.start };
}

/** The trigger of a sentence's saying verb, found or not by the trigger model. */
function sayingOf(p: SentenceParse, frame: ReportFrame): Trigger | undefined {
  const at = p.s.start + frame.verbStart;
  const k = p.s.tokens.findIndex((t) => t.start === at);
  const t = p.s.tokens[k];
  if (t?.pos !== 'VERB') return undefined;
  return (
    p.triggers.find((x) => x.index === k) ?? {
      index: k,
      start: t.start,
      end: t.end,
      text: t.text,
      lemma: t.lemma,
      pos: 'VERB',
      score: 0,
      eventClass: 'REPORTING',
    }
  );
}

const spanOf = (t: Trigger | undefined) => t && { start: t.start, end: t.end, text: t.text };

/** Whether the words a frame reports hold a verb or an auxiliary: a clause, not a noun phrase. */
function wordsHoldVerb(s: Sentence, frame: ReportFrame): boolean {
  const from = s.start + frame.contentStart;
  return s.tokens.some((t) => t.start >= from && (t.pos === 'VERB' || t.pos === 'AUX'));
}

/**
 * What `extractEvents` did with an article, for error analysis (`score:anchoring --breakdown`):
 * the sentences it skipped whole and why, every draft it made, and the drafts its final filters
 * left out or folded into another.
 */
export interface ExtractTrace {
  readonly skipped: { readonly start: number; readonly end: number; readonly reason: string }[];
  readonly drafts: Draft[];
  /** The expressions found to date a happening in each sentence read (`findAnchors`). */
  readonly anchors: TemporalExpression[];
  /** Drafts (by id) the final filters left out, or folded into an earlier report of them. */
  readonly dropped: { readonly id: string; readonly reason: string }[];
}

/**
 * Whether a title of who reacted is its whole sentence ("Israel responded on Friday."): nothing was
 * cut away, and the verb is no plain "said"/"told" ("Gibbs said." after a quotation says nothing).
 */
function wholeSaying(d: Draft): boolean {
  const sentence = d.mentions[0]?.sentence.text ?? '';
  const words = (x: string) => x.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
  return words(sentence) - words(d.title) < 4 && !/\b(?:said|says|say|told|tells|tell)\b/i.test(d.title);
}

/** Whether `s` is one of the first `LEAD_SENTENCES` sentences of the body (headings aside). */
const inLead = (sentences: readonly Sentence[], s: Sentence): boolean =>
  s.index <= (sentences.filter((x) => !x.heading)[LEAD_SENTENCES - 1]?.index ?? Number.POSITIVE_INFINITY);

/**
 * Why the final filters leave a draft out, or undefined when it is kept. Its title is read as its
 * sentence's tokens read it (the sentence the title was cut from, among `sentences`).
 */
function droppedBecause(d: Draft, sentences: readonly Sentence[]): string | undefined {
  if (d.modality === 'hypothetical') return 'hypothetical';
  if (d.modality === 'planned' && d.mentions[0]?.timex === undefined) return 'undated plan';
  if (d.title.split(/\s+/).length < 2) return 'one-word title';
  const from = d.mentions[0]?.sentence.start;
  const tokens = sentences.find((s) => s.start === from)?.tokens;
  if (contentlessSaying(d.title, tokens) && !wholeSaying(d)) return 'only who said';
  if (d.mentions[0]?.timex !== undefined)
    return emptyDatedTitle(d.title, tokens) ? 'empty dated title' : undefined;
  if (d.when.precision === 'vague') return 'undated background';
  return weakTitle(d.title, tokens) ? 'weak title' : undefined;
}

/**
 * Events of one article. Each sentence is read by the NLP library (tokens, parts of speech,
 * lemmas), split into clauses, and its triggers found by the learned model; then, in order: what
 * is no event is skipped; an undated sentence that refers back to an event continues it; reported
 * words give a statement and the happening reported; a date dates the trigger it modifies; an
 * undated happening continues the event before it or starts one placed on or before publication.
 */
export function extractEvents(
  article: Article,
  timexes: readonly TemporalExpression[],
  trace?: ExtractTrace,
): ChronologyEvent[] {
  // A page that is no report from its first character (a quiz, readers' posts, a programme
  // listing) skips every sentence below and gives no event: unless a trace wants its sentences,
  // it is not read at all (16 of Timeline17's 2,594 articles, 6.5% of its text).
  if (article.nonReport !== undefined && article.nonReport.from <= 0 && !trace) return [];
  const ctx = createArticleContext(article);
  const skipped = (s: { start: number; end: number }, reason: string) =>
    trace?.skipped.push({ start: s.start, end: s.end, reason });
  // Readers' comments under a blog post ("At 15:40 20th Jan 2012, BluesBerry wrote: …") end the
  // article: nothing from there on is the article's reporting.
  // A programme listing or running order describes broadcasts from its first sentence to its last,
  // and readers' posts tell private lives: none is a happening (ingest judges the page, records
  // the verdict on the article and warns).
  const page = article.nonReport;
  const postsAt = page ? ctx.sentences.findIndex((s) => s.end > page.from) : -1;
  // (A site's comment policy, "Views expressed in the comments …", ends it too: `commentPolicy`.)
  // (So do a blog post's signature and readers' post stamps of other shapes: `commentStamp`.)
  const commentsAt = ctx.sentences.findIndex(
    (s, i) => COMMENT_HEADER.test(s.text) || commentPolicy(s.text) || commentStamp(s.text, i === 0),
  );
  const reportEnd = commentsAt >= 0 && (postsAt < 0 || commentsAt < postsAt) ? commentsAt : postsAt;
  for (const s of reportEnd >= 0 ? ctx.sentences.slice(reportEnd) : [])
    skipped(s, reportEnd === postsAt && page ? page.reason : 'reader comments');
  // "1968: …" in a box of past years, "1957: …" on a live page's clock: read once for the article.
  const listing = { stampsAreYears: stampsAreYears(article.text) };
  for (const s of reportEnd >= 0 ? ctx.sentences.slice(0, reportEnd) : ctx.sentences) {
    if (s.heading) {
      skipped(s, 'heading');
      ctx.lastHeading = s.index;
      continue;
    }
    const quotes = quotedRanges(s.text);
    const quoted = quotes.reduce((n, [a, b]) => n + b - a, 0);
    // "between April and June": two months that both anchor, as one span that dates the happening whole.
    const found = joinedSpans(article.text, findAnchors(article, s, timexes, quotes));
    trace?.anchors.push(...found);
    // Quotations are someone's words: a sentence mostly in quotes is no event.
    const skip =
      quoted > s.text.length * 0.5
        ? 'a quotation'
        : notAnEvent(
            s.text,
            found.length > 0
              ? found.reduce((m, t) => Math.min(m, t.start - s.start), Number.POSITIVE_INFINITY)
              : undefined,
            listing,
          );
    if (skip) {
      skipped(s, skip);
      // Though the words are no happening, their saying on a day the text names is ("…," Adams said Sunday).
      if (SAYING_KEPT.has(skip)) {
        const q = parseSentence(s, timexes);
        if (!datedSaying(ctx, q, found, 0) && found.length === 0) quotedFollowUp(ctx, q);
      }
      continue;
    }
    // Four or more dates in one sentence: a fact box or a CV ("1950: Stood first …; 1954: …"), not narration.
    if (new Set(found.map((t) => t.value)).size >= 4) {
      skipped(s, 'four or more dates');
      continue;
    }
    const direct = findReportFrame(s.text);
    const framed =
      direct ??
      frameAfterAside(
        s.text,
        found.map((t) => [t.start - s.start, t.end - s.start] as const),
      );
    // "Officials announced a curfew in Kunduz": undated, a frame whose words hold no verb reports no
    // words said; its verb and object are an act of their own (see mainHappening). (A dated
    // sentence keeps its frame, whose rules date the act: "claimed responsibility for the attack on
    // Monday"; not one read past an aside: "The bombing, which killed 12 on Monday, said the ministry
    // in a statement" is an inverted attribution.)
    const frame =
      framed &&
      !sayingInAside(s.text, framed) &&
      ((found.length > 0 && framed === direct) || wordsHoldVerb(s, framed))
        ? framed
        : undefined;
    const anchors = governingAnchors(found, s, frame);
    const p = parseSentence(s, timexes);

    if (anchors.length === 0) {
      const target = referredEvent(ctx, s);
      if (target) {
        continueEvent(
          target,
          article.id,
          s,
          undefined,
          ctx.placesOf(s, s.start, s.end),
          ctx.actorsOf(s.start, s.end),
          // "He said the north's minority demanded …" after a statement: more of the statement, said.
          spanOf((target.type === 'statement' && frame && sayingOf(p, frame)) || mainHappening(p)),
        );
        continue;
      }
    }
    if (frame) {
      // "Kuchma and Yeltsin signed a plan Friday, and Yeltsin claimed they resolved …": a narrated
      // clause before the clause that reports words keeps its own trigger and date.
      // "Adams said Sunday …. He said the north's minority demanded …": more of the statement.
      const saying = anchors.length === 0 ? sayingOf(p, frame) : undefined;
      if (saying && quotedFollowUp(ctx, p, saying.index)) continue;
      const narrated = narratedBefore(p, s.start + frame.verbStart);
      const own = narrated ? anchors.filter((t) => t.end <= narrated.to) : [];
      if (narrated && own.length > 0) datedEvents(ctx, p, own, 0, narrated);
      reportedEvents(
        ctx,
        p,
        frame,
        anchors.filter((t) => !own.includes(t)),
        own.length > 0 ? 10 : 0,
      );
      continue;
    }
    // "Andre Berto, a boxer who represented Haiti at the 2004 Olympic Games, tells the BBC …": dates
    // only of relative clauses leave the main clause's happening undated, told as well.
    let ownDrafts: readonly Draft[] = [];
    const relativeOnly = asideDatesOnly(p, anchors, article);
    // "The stern statement, reminiscent of last year's finger-wagging, came as …": so do dates
    // that belong to one phrase.
    const phraseOnly = !relativeOnly && phraseDatesOnly(p, article.text, anchors);
    const recentPhrase = phraseOnly && recentAsides(article, anchors);
    if (recentPhrase) ctx.recentPhraseDates.add(s.index);
    if (anchors.length > 0) {
      const drafts = ctx.drafts.length;
      datedEvents(ctx, p, anchors, 0);
      ownDrafts = ctx.drafts.slice(drafts);
      // "Ahead of hearings on Tuesday, lawmakers released a letter": a coming day that dates only
      // the happening looked ahead to, and dated none with a title, leaves the sentence's own
      // happening undated. (Titles are read only when every date looks ahead: rarely.)
      if (
        !relativeOnly &&
        !phraseOnly &&
        (!anchors.every((t) => lookedAheadTo(s, t, true)) || ownDrafts.some((d) => !emptyDatedTitle(d.title)))
      )
        continue;
    }

    // No date in the sentence: either it continues the previous event or it starts a new one.
    const resumed = relativeOnly ? resumedClause(p, anchors) : undefined;
    const main = mainClauseVerb(p);
    const happening = main.happening ?? (resumed && mainHappening(p, resumed));
    // "Fighting is continuing in Homs." in the lead tells no happening but what goes on at
    // publication: the sentences after it tell the day's news, as they did after the lead's event
    // it stood for.
    if (!happening && anchors.length === 0 && main.ongoing && inLead(ctx.sentences, s) && ctx.tellsNews(s))
      ctx.recentPhraseDates.add(s.index);
    if (happening && ownDrafts.some((d) => d.mentions.some((m) => m.trigger?.start === happening.start)))
      continue;
    // An undated plan or possibility ("BP will pay", "could face sanctions") has no place on a
    // timeline of what happened, nor is it a further report of the event before it.
    if (happening && triggerModality(s.tokens, p.clauses[0]!, happening.index)) continue;
    const prev = ctx.previous;
    // It continues the event it follows when it adds to it: a count of its casualties ("Five were
    // killed."), or, without a happening of its own, its actors, places or title words.
    const continues =
      prev !== undefined &&
      !ownDrafts.includes(prev) &&
      prev.sentence > ctx.lastHeading &&
      follows(prev, s) &&
      (happening ? CASUALTY_ONLY.test(s.text) : relatesTo(ctx, prev, s));
    if (continues) {
      // A sentence that merely follows in the paragraph may be about somewhere else: it lends no place.
      continueEvent(prev, article.id, s, undefined, [], ctx.actorsOf(s.start, s.end), spanOf(happening));
      continue;
    }
    if (!happening) continue;
    // Words said to the reporter are the news of the day, wherever they stand in the article;
    // not a standing position ("has repeatedly denied", "has always maintained").
    const said = eventTypeOf(happening.lemma, happening.eventClass) === 'statement' && !ctx.standingSaying(s);
    ctx.previous = draftFromTrigger(
      ctx,
      p,
      relativeOnly || phraseOnly ? 20 : 0,
      happening,
      undatedTime(
        article.published,
        'no date in the sentence',
        (said || recentPhrase || ctx.tellsNews(s)) &&
          !describesNoun(s.tokens, happening.index) &&
          // (An old aside leaves it background only when it also bounds its time: timedAside.ts.)
          (!relativeOnly || recentAsides(article, anchors) || !asideTimesClause(p, anchors, article)),
      ),
    );
  }
  trace?.drafts.push(...ctx.drafts.map((d) => ({ ...d, mentions: [...d.mentions] })));
  // Hypotheticals are no events; a plan is kept, marked, only when a date says when it is due.
  // An undated happening whose title says too little is left out: without a date or words of its
  // own, it would only be noise on the timeline. A dated one keeps its date for the reader.
  // So is one with neither a date in its sentence nor the article's news to place it: background
  // ("The FSA is waging a guerrilla war") that only an unspecified past could hold is no entry of a
  // chronology. It still served above as the event later sentences continue.
  // (Modality is checked before folding, the titles after, as each filter has always run.)
  const told = ctx.drafts.filter(
    (d) => d.modality !== 'hypothetical' && (d.modality !== 'planned' || d.mentions[0]?.timex !== undefined),
  );
  const deduped = dedupeDrafts(told);
  const kept = deduped.filter((d) => {
    const why = droppedBecause(d, ctx.sentences);
    if (why) trace?.dropped.push({ id: d.id, reason: why });
    return why === undefined;
  });
  if (trace)
    for (const d of ctx.drafts) {
      const why = told.includes(d)
        ? deduped.includes(d)
          ? undefined
          : 'folded into another'
        : droppedBecause(d, ctx.sentences);
      if (why) trace.dropped.push({ id: d.id, reason: why });
    }
  // "He went into …": whom a title's opening pronoun stands for, named earlier in the article.
  const referentOf = referentResolver(ctx.sentences, ctx.placeNames);
  return kept.map((d) =>
    toEvent(
      d,
      article.published,
      referentOf(d.title, d.sentence, d.mentions[0]?.trigger?.start ?? d.mentions[0]!.sentence.end),
    ),
  );
}
