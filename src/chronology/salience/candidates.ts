import type { Article } from '../../model/article.ts';
import type { ChronologyEvent } from '../../model/chronology.ts';
import type { ArticleDates } from './dateReferences.ts';
import { eventDay } from './eventSalience.ts';
import { sentenceAt } from './sentenceAt.ts';
import type { CandidateSentence } from './summarizeDates.ts';

/** Every sentence of the articles that names a day, once per day it names. */
export function candidatesFromArticles(
  articles: readonly Pick<Article, 'id' | 'text'>[],
  dates: readonly ArticleDates[],
): CandidateSentence[] {
  const textOf = new Map(articles.map((a) => [a.id, a.text]));
  const out: CandidateSentence[] = [];
  for (const a of dates) {
    const text = textOf.get(a.article);
    if (text === undefined) continue;
    const seen = new Set<string>();
    for (const r of a.references) {
      const s = sentenceAt(text, r.start, r.end);
      const key = `${r.date}@${s.start}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ date: r.date, article: a.article, start: s.start, end: s.end, text: s.text });
    }
  }
  return out;
}

/**
 * The sentences a chronology keeps (its events' mentions), as candidates for the event's day:
 * what `summarize` works from when it is given a chronology instead of articles.
 */
export function candidatesFromEvents(events: readonly ChronologyEvent[]): CandidateSentence[] {
  const out: CandidateSentence[] = [];
  for (const e of events) {
    const date = eventDay(e);
    if (!date) continue;
    for (const m of e.mentions) {
      out.push({
        date,
        article: m.article,
        start: m.sentence.start,
        end: m.sentence.end,
        text: m.sentence.text,
      });
    }
  }
  return out;
}
