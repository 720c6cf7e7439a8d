import { extractEvents } from '../events/extractEvents.ts';
import type { Article, ArticleMeta } from '../model/article.ts';
import type { ChronologyEvent } from '../model/chronology.ts';
import { tag } from '../temporal/tag.ts';

/** What the map stage makes of one article: its metadata (no body) and its unmerged events. */
export interface MappedArticle {
  readonly article: ArticleMeta;
  readonly events: readonly ChronologyEvent[];
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
  return { article: articleMeta(article), events: extractEvents(article, timexes) };
}
