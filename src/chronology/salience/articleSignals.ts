import type { Article } from '../../model/article.ts';
import type { TemporalExpression } from '../../model/timex.ts';
import { type ArticleDates, dateReferencesOf } from './dateReferences.ts';
import { isCumulative, readTally, type TallyReading } from './tallies.ts';

/** A running total one article states, with its sentence. */
export interface ArticleTally extends TallyReading {
  readonly text: string;
}

/** What the salience stage reads from one article: the days it names and the running totals it gives. */
export interface ArticleSignals extends ArticleDates {
  readonly tallies: readonly ArticleTally[];
}

const SENTENCE_END = /(?<=[.!?]["'”’)]?)\s+(?=["“‘(]?[A-Z0-9])|\n+/;

/**
 * Reads an article for the salience stage: its day-precision dates (from the tagger's timexes)
 * and the running totals of its sentences, event or not, so the toll line has every report.
 */
export function articleSignals(article: Article, timexes: readonly TemporalExpression[]): ArticleSignals {
  const tallies: ArticleTally[] = [];
  const seen = new Set<string>();
  for (const raw of article.text.split(SENTENCE_END)) {
    const text = raw.trim();
    if (text.length > 400 || !isCumulative(text)) continue;
    const reading = readTally(text);
    if (!reading) continue;
    const key = `${reading.measure}:${reading.value}`;
    if (seen.has(key)) continue;
    seen.add(key);
    tallies.push({ ...reading, text });
  }
  return { ...dateReferencesOf(article, timexes), tallies };
}
