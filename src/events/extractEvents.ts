import type { Article } from '../model/article.ts';
import type { ChronologyEvent } from '../model/chronology.ts';
import type { TemporalExpression } from '../model/timex.ts';
import { analyzeClause } from './analyzeClause.ts';
import { createArticleContext } from './articleContext.ts';
import { continueEvent, follows, referredEvent, relatesTo } from './continueEvent.ts';
import { datedEvents } from './datedEvents.ts';
import { dedupeDrafts } from './dedupeDrafts.ts';
import { toEvent } from './draft.ts';
import { notAnEvent } from './eventFilter.ts';
import { undatedTime } from './eventTime.ts';
import { findAnchors, governingAnchors } from './findAnchors.ts';
import { findEventVerb, isOpinion } from './findEventVerb.ts';
import { findReportFrame, quotedRanges } from './findReportFrame.ts';
import { mentionsHappening, plannedTitle, sensibleTitle, tidy, usable } from './headline.ts';
import { reportedEvents } from './reportedEvents.ts';

const REPORT_LEMMAS = new Set('say state claim confirm deny warn stress react'.split(' '));
const CASUALTY_ONLY =
  /^[^.]*\b(?:were|was|have been|had been)\s+(?:killed|wounded|injured|arrested|detained)\b/i;

/**
 * Events of one article: each clause anchored by a temporal expression, plus undated happenings
 * placed on-or-before publication. Each sentence goes through these stages in order: skip what is
 * no event; a leading "Following reports of clashes, …"; an undated sentence that refers back to an
 * event; reported words; dated narration; undated narration, which continues or starts an event.
 */
export function extractEvents(article: Article, timexes: readonly TemporalExpression[]): ChronologyEvent[] {
  const ctx = createArticleContext(article);
  for (const s of ctx.sentences) {
    if (s.heading) {
      ctx.lastHeading = s.index;
      continue;
    }
    const quotes = quotedRanges(s.text);
    const quoted = quotes.reduce((n, [a, b]) => n + b - a, 0);
    // Quotations and opinions are not events: a sentence mostly in quotes is someone's words.
    if (quoted > s.text.length * 0.5) continue;
    const found = findAnchors(article, s, timexes, quotes);
    if (
      notAnEvent(
        s.text,
        found.length > 0
          ? found.reduce((m, t) => Math.min(m, t.start - s.start), Number.POSITIVE_INFINITY)
          : undefined,
      )
    )
      continue;
    // Four or more dates in one sentence: a fact box or a CV ("1950: Stood first …; 1954: …"), not narration.
    if (new Set(found.map((t) => t.value)).size >= 4) continue;
    const frame = findReportFrame(s.text);
    const anchors = governingAnchors(found, s, frame);
    let k = 0;

    // "Following reports of clashes …, the MoD stated …": the clashes are a happening of their own.
    const lead = /^(?:Following|After|Amid)\s+(?:reports of\s+)?([^,]+),/.exec(s.text);
    if (lead && anchors.length === 0) {
      const a = analyzeClause(lead[1]!);
      if (a?.nominal && a.type !== 'statement') {
        const from = s.start + lead[0].indexOf(lead[1]!);
        ctx.previous = ctx.make(
          s,
          k++,
          from,
          from + lead[1]!.length,
          undatedTime(article.published, 'reported without a date', ctx.tellsNews(s)),
          { title: tidy(a.title), type: a.type },
        );
      }
    }

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
        );
        continue;
      }
    }

    if (frame) {
      reportedEvents(ctx, s, frame, anchors, k);
      continue;
    }
    if (anchors.length > 0) {
      datedEvents(ctx, s, anchors, k);
      continue;
    }

    // No date in the sentence: either it continues the previous event or it starts a new one.
    let a = isOpinion(s.text) ? undefined : usable(analyzeClause(s.text, { finite: true, verbal: true }));
    // "X says …" without a date is a view unless it reports a happening.
    if (a && REPORT_LEMMAS.has(a.head)) {
      const v = findEventVerb(s.text, { finite: true });
      if (!v || !mentionsHappening(s.text.slice(v.end))) a = undefined;
    }
    // An undated plan or possibility ("BP will pay", "could face sanctions") has no place on a
    // timeline of what happened, nor is it a further report of the event before it.
    if (a?.modality) continue;
    const prev = ctx.previous;
    // It continues the event it follows when it adds to it: a count of its casualties ("Five were
    // killed."), or, without a happening of its own, its actors, places or title words.
    const continues =
      prev !== undefined &&
      prev.sentence > ctx.lastHeading &&
      follows(prev, s) &&
      (a ? CASUALTY_ONLY.test(s.text) : relatesTo(ctx, prev, s));
    if (continues) {
      // A sentence that merely follows in the paragraph may be about somewhere else: it lends no place.
      continueEvent(prev, article.id, s, undefined, [], ctx.actorsOf(s.start, s.end));
      continue;
    }
    if (!a) continue;
    ctx.previous = ctx.make(
      s,
      k++,
      s.start,
      s.end,
      // Words said to the reporter are the news of the day, wherever they stand in the article.
      undatedTime(article.published, 'no date in the sentence', a.type === 'statement' || ctx.tellsNews(s)),
      {
        title: tidy(a.title),
        type: a.type,
      },
    );
  }
  // Hypotheticals are no events; a plan is kept, marked, only when a date says when it is due.
  const told = ctx.drafts.filter(
    (d) => d.modality !== 'hypothetical' && (d.modality !== 'planned' || d.mentions[0]?.timex !== undefined),
  );
  for (const d of told) if (d.modality === 'planned') d.title = plannedTitle(d.title);
  return dedupeDrafts(told)
    .filter((d) => sensibleTitle(d.title))
    .map((d) => toEvent(d, article.published));
}
