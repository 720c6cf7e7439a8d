import { type MappedArticle, mapArticle } from '../chronology/mapArticle.ts';
import type { ReadArticle } from '../model/article.ts';

/** The task of a map worker thread: tags and extracts each article of a batch (see mapArticle.ts). */
export default function mapBatch(articles: readonly ReadArticle[]): MappedArticle[] {
  return articles.map(mapArticle);
}
