import type { TemporalExpression } from '../../model/timex.ts';
import type { ArticleContext } from '../articleContext.ts';
import { clauseOf } from '../clauses/splitClauses.ts';
import { continueEvent, follows, relatesTo } from '../continueEvent.ts';
import { anchorTime } from '../findAnchors.ts';
import { draftFromTrigger, type SentenceParse } from '../sentenceParse.ts';
import { attachTimex } from './attachTimex.ts';

/**
 * Events of a narrated sentence with dates: each distinct date dates the trigger it modifies
 * (`attachTimex`), and that trigger names the event; `k` numbers the sentence's events. A date
 * that modifies no trigger adds to the event just before, when it follows and fits.
 */
export function datedEvents(
  ctx: ArticleContext,
  p: SentenceParse,
  anchors: readonly TemporalExpression[],
  k: number,
): void {
  const { article } = ctx;
  const { s } = p;
  const byValue = new Map<string, TemporalExpression>();
  for (const t of anchors) if (!byValue.has(t.value)) byValue.set(t.value, t);
  const distinct = [...byValue.values()];
  const dated = new Set<number>();
  for (const t of distinct) {
    const when = anchorTime(article, t);
    const found = attachTimex(
      s.tokens,
      p.clauses,
      p.triggers,
      t.start,
      t.end,
      (x) => x.eventClass !== 'STATE' && x.eventClass !== 'I_STATE',
    );
    if (!found) {
      const previous = ctx.previous;
      // A dated sentence without a happening adds to the event it follows only at a compatible date.
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
    // Two dates of one trigger ("on Friday, 5 March", "from Monday to Friday" split): one event.
    if (dated.has(found.trigger.index)) continue;
    dated.add(found.trigger.index);
    // With several dates, each event reads its counts, places and actors from its own clause.
    const clause = clauseOf(p.clauses, found.trigger.index);
    const span =
      distinct.length > 1
        ? { from: s.tokens[clause.from]!.start, to: s.tokens[clause.to - 1]!.end }
        : { from: s.start, to: s.end };
    const draft = draftFromTrigger(ctx, p, k++, found.trigger, when, { timex: t, ...span });
    if (draft.places.length === 0) draft.places = ctx.placesOf(s, s.start, s.end);
    ctx.previous = draft;
  }
}
