import type { ArticleMeta } from '../../model/article.ts';
import type { ChronologyEvent, Tally } from '../../model/chronology.ts';
import type { ArticleSignals } from './articleSignals.ts';
import { readTally } from './tallies.ts';

/**
 * The running totals the events' reports and the articles' sentences state, one point per
 * article, measure and value, dated by publication (the figure as known that day), sorted by
 * measure, source and date.
 */
export function collectTallies(
  events: readonly ChronologyEvent[],
  articles: readonly ArticleMeta[],
  signals: readonly ArticleSignals[] = [],
): Tally[] {
  const meta = new Map(articles.map((a) => [a.id, a]));
  const seen = new Set<string>();
  const out: Tally[] = [];
  // One point per article, measure and value, whether an event's report or a sentence states it.
  const add = (a: ArticleMeta, t: Pick<Tally, 'measure' | 'value'>, text: string, event?: string): void => {
    const key = `${a.id}\u0000${t.measure}\u0000${t.value}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({
      source: a.source,
      article: a.id,
      date: a.published ?? '',
      value: t.value,
      measure: t.measure,
      text,
      ...(event !== undefined ? { event } : {}),
    });
  };
  for (const e of events) {
    for (const m of e.mentions) {
      const reading = readTally(m.sentence.text);
      const a = meta.get(m.article);
      if (reading && a) add(a, reading, m.sentence.text, e.id);
    }
  }
  for (const s of signals) {
    const a = meta.get(s.article);
    if (a) for (const t of s.tallies) add(a, t, t.text);
  }
  return out.sort(
    (x, y) =>
      x.measure.localeCompare(y.measure) ||
      x.source.localeCompare(y.source) ||
      (x.date < y.date ? -1 : x.date > y.date ? 1 : 0) ||
      x.value - y.value,
  );
}
