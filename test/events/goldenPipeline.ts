import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { extractEvents } from '../../src/events/extractEvents.ts';
import { mergeEvents } from '../../src/events/merge/mergeEvents.ts';
import type { Article, ArticleMeta } from '../../src/model/article.ts';
import type { Chronology } from '../../src/model/chronology.ts';
import type { TemporalExpression } from '../../src/model/timex.ts';

export const GOLDEN_DIR = new URL('../fixtures/golden/', import.meta.url).pathname;

/** A minimal ingest for the fixtures: YAML front matter, then the body without leading blank lines. */
export function readGoldenArticles(): Article[] {
  const dir = join(GOLDEN_DIR, 'articles');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => {
      const raw = readFileSync(join(dir, f), 'utf8');
      const m = /^---\n([\s\S]*?)\n---\n/.exec(raw)!;
      const meta = parse(m[1]!) as Record<string, string>;
      const text = raw
        .slice(m[0].length)
        .replace(/^(?:[ \t]*\r?\n)+/, '')
        .replace(/\s+$/, '');
      return {
        id: f.replace(/\.md$/, ''),
        title: meta.title!,
        source: meta.source!,
        published: String(meta.published),
        ...(meta.url ? { url: meta.url } : {}),
        ...(meta.language ? { language: meta.language } : {}),
        text,
      };
    });
}

/**
 * The temporal expressions of the fixture articles, reviewed by hand (`timexes.json`): the tagger's
 * output plus the expressions a complete tagger gives ("a week ago", "months ago", "the beginning
 * of … Ramadan"), so the golden test checks event extraction, not the tagger's progress.
 */
export function goldenTimexes(): Record<string, TemporalExpression[]> {
  return JSON.parse(readFileSync(join(GOLDEN_DIR, 'timexes.json'), 'utf8')) as Record<
    string,
    TemporalExpression[]
  >;
}

/** Runs extraction and merging over articles in the given order. */
export function runEvents(
  articles: readonly Article[],
  timexes: (a: Article) => readonly TemporalExpression[],
): Chronology {
  const metas: ArticleMeta[] = articles.map(({ text: _t, ...m }) => m);
  const events = articles.flatMap((a) => extractEvents(a, timexes(a)));
  return {
    version: 1,
    articles: [...metas].sort((a, b) => (a.id < b.id ? -1 : 1)),
    events: mergeEvents(events, metas),
  };
}
