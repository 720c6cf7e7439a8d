import type { Article, ArticleMeta, ReadArticle } from '../model/article.ts';
import type { ChronologyEvent } from '../model/chronology.ts';
import { articleReading } from './articleEvents.ts';
import { type ArticleSignals, articleSignals } from './salience/articleSignals.ts';

/**
 * What the map stage makes of one article: its metadata (no body), its unmerged events, and what
 * the salience stage reads of it (the days it names, the running totals it gives).
 */
export interface MappedArticle {
  readonly article: ArticleMeta;
  readonly events: readonly ChronologyEvent[];
  readonly signals: ArticleSignals;
}

/** Strips the body off an article for storage in the chronology. */
export function articleMeta(a: ReadArticle): ArticleMeta {
  const {
    text: _text,
    origin: _origin,
    nonReport: _nonReport,
    ...meta
  } = a as ReadArticle & { origin?: unknown };
  return meta;
}

/**
 * The map stage: tags one article against its own publication date and extracts its events.
 * A pure function of the article alone, so articles can be mapped in any order, on any thread or
 * machine, and the results reduced together.
 */
export function mapArticle(article: ReadArticle): MappedArticle {
  const { events, timexes } = articleReading(article);
  // An article without a date names no day the salience stage can count from.
  const signals: ArticleSignals =
    article.published === undefined
      ? { article: article.id, source: article.source, published: '', references: [], tallies: [] }
      : articleSignals(article as Article, timexes);
  return { article: articleMeta(article), events, signals };
}
