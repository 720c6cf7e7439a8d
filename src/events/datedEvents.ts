import type { TemporalExpression } from '../model/timex.ts';
import { analyzeClause } from './analyzeClause.ts';
import type { ArticleContext } from './articleContext.ts';
import { chunkAround } from './chunkAround.ts';
import { continueEvent, follows, relatesTo } from './continueEvent.ts';
import { anchorTime } from './findAnchors.ts';
import { findEventVerb } from './findEventVerb.ts';
import { headline, tidy, usable } from './headline.ts';
import { eventModality } from './modality.ts';
import { withPlace } from './places/placeList.ts';
import type { Sentence } from './segmentSentences.ts';
import { subjectOf } from './subjectOf.ts';

// A chunk that opens with these is a clause of its own, not an adverbial of the main verb.
const OWN_CLAUSE =
  /^\W*(?:which|who|that|when|after|before|while|whereas|and|but|since|as|although|up|down|compared)\b/i;

/**
 * Events of a narrated sentence with dates: each distinct date dates the main clause, or the
 * clause of its own it sits in ("…, which began on 20 April"); `k` numbers the sentence's events.
 */
export function datedEvents(
  ctx: ArticleContext,
  s: Sentence,
  anchors: readonly TemporalExpression[],
  k: number,
): void {
  const { article } = ctx;
  const byValue = new Map<string, TemporalExpression>();
  for (const t of anchors) if (!byValue.has(t.value)) byValue.set(t.value, t);
  const distinct = [...byValue.values()];
  const main = usable(analyzeClause(s.text, { skip: anchors.map((t) => t.text), finite: true }));
  const mainVerb = findEventVerb(s.text.replace(/["“”]/g, ' '), { finite: true });
  const outsideMainVerb = (chunk: { start: number; end: number }) =>
    mainVerb !== undefined && (mainVerb.start < chunk.start || mainVerb.start >= chunk.end);
  for (const t of distinct) {
    // An expression in a subordinate chunk ("despite its military defeat months ago") governs
    // that chunk when the main clause states no happening.
    const chunk = chunkAround(s.text, t.start - s.start, t.end - s.start);
    // An expression in a clause of its own ("…, which began on 20 April") dates that clause, not the main verb.
    const apart =
      distinct.length === 1 &&
      main !== undefined &&
      !main.nominal &&
      outsideMainVerb(chunk) &&
      t.start - s.start > mainVerb!.start &&
      // A bare adverbial (", on March 25,") still dates the verb it follows.
      OWN_CLAUSE.test(chunk.text.replace(t.text, ' '));
    const ownClause =
      distinct.length > 1 || !main || main.nominal || main.type === 'other' || apart
        ? usable(
            analyzeClause(chunk.text.replace(t.text, ' '), {
              subject: subjectOf(s.text.slice(0, chunk.start)),
              finite: true,
              verbal: apart,
            }),
          )
        : undefined;
    const own = apart && !ownClause ? undefined : ownClause;
    // A trailing expression in a clause without a happening of its own does not date the main verb.
    if (apart && !own) continue;
    // With several dates, one outside the main verb's chunk and without a happening of its own
    // ("Before the cap was closed a week ago, … the rig exploded April 20") dates nothing.
    if (distinct.length > 1 && !own && outsideMainVerb(chunk)) continue;
    const a = own && (distinct.length > 1 || !main || main.nominal || apart) ? own : (main ?? own);
    // Two expressions in one sentence that yield the same headline are one event.
    if (
      a &&
      ctx.drafts.some((d) => d.sentence === s.index && d.title === withPlace(headline(a.title), d.places))
    )
      continue;
    if (!a) {
      const previous = ctx.previous;
      // A dated sentence without a happening adds to the event it follows only at a compatible date.
      const when = anchorTime(article, t);
      if (
        previous &&
        follows(previous, s) &&
        when.start <= previous.when.end &&
        previous.when.start <= when.end &&
        relatesTo(ctx, previous, s)
      )
        continueEvent(previous, article.id, s, t);
      continue;
    }
    const chunkOnly = distinct.length > 1 || apart;
    const from = chunkOnly ? s.start + chunk.start : s.start;
    const to = chunkOnly ? s.start + chunk.end : s.end;
    const when = anchorTime(article, t);
    const modality = eventModality(a === main ? s.text : chunk.text, a, when.end, article.published);
    const draft = ctx.make(
      s,
      k++,
      from,
      to,
      when,
      { title: tidy(a.title), type: a.type, ...(modality ? { modality } : {}) },
      t,
    );
    if (draft.places.length === 0) draft.places = ctx.placesOf(s, s.start, s.end);
    ctx.previous = draft;
  }
}
