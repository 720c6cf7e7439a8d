// Worker-thread entry of the map stage. Plain JavaScript, so Node can start it as is; it loads the
// TypeScript core through tsx, whether or not the parent runs under tsx (npx chronoscope, vitest).
import { tsImport } from 'tsx/esm/api';

const { mapArticle } = await tsImport('../chronology/mapArticle.ts', import.meta.url);

/** Maps a batch of articles: tags and extracts each one (see mapArticle.ts). */
export default function mapBatch(articles) {
  return articles.map(mapArticle);
}
