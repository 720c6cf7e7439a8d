import { extractEvents } from '../events/extractEvents.ts';
import type { Article, ArticleMeta } from '../model/article.ts';
import type { ChronologyEvent } from '../model/chronology.ts';
import { tag } from '../temporal/tag.ts';
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
export function articleMeta(a: Article): ArticleMeta {
  const { text: _text, ...meta } = a;
  return meta;
}

/**
 * The map stage: tags one article against its own publication date and extracts its events.
 * A pure function of the article alone, so articles can be mapped in any order, on any thread or
 * machine, and the results reduced together.
 */
export function mapArticle(article: Article): MappedArticle {
  const timexes = tag(article.text, { reference: article.published });
  return {
    article: articleMeta(article),
    events: extractEvents(article, timexes),
    signals: articleSignals(article, timexes),
  };
}
