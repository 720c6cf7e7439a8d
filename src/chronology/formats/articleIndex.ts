import type { ArticleMeta } from '../../model/article.ts';

/** A source an imported event names: an outlet and, when known, the article's address. */
export interface SourceRef {
  readonly source: string;
  readonly url?: string;
}

/**
 * Rebuilds article metadata for flat formats (CSV, TimelineJS) that only name sources: one
 * article per distinct URL, or per outlet when no URL is given. An article's publication date
 * is the earliest `reported` date of the events citing it, as the model requires.
 */
export function createArticleIndex(): {
  /** Registers a source cited by an event reported on `reported`; returns the article id. */
  cite(ref: SourceRef, reported: string): string;
  articles(): ArticleMeta[];
} {
  const byKey = new Map<string, { id: string; source: string; url?: string; published: string }>();
  const usedIds = new Set<string>();
  return {
    cite(ref, reported) {
      const key = ref.url ? `url:${ref.url}` : `source:${ref.source}`;
      const known = byKey.get(key);
      if (known) {
        if (reported < known.published) known.published = reported;
        return known.id;
      }
      const base = slug(ref.url ? ref.url.replace(/^[a-z]+:\/\/(www\.)?/i, '') : ref.source) || 'source';
      let id = base;
      for (let k = 2; usedIds.has(id); k++) id = `${base}-${k}`;
      usedIds.add(id);
      byKey.set(key, { id, source: ref.source, published: reported, ...(ref.url ? { url: ref.url } : {}) });
      return id;
    },
    articles() {
      return [...byKey.values()].map((a) => ({
        id: a.id,
        title: a.source,
        source: a.source,
        published: a.published,
        ...(a.url ? { url: a.url } : {}),
      }));
    },
  };
}

function slug(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}
