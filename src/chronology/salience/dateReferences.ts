import type { Article } from '../../model/article.ts';
import type { TemporalExpression } from '../../model/timex.ts';

/** A day an article's text points at: the resolved date and where the expression is. */
export interface DateReference {
  /** `YYYY-MM-DD`. */
  readonly date: string;
  /** UTF-16 offsets of the temporal expression in the article body. */
  readonly start: number;
  readonly end: number;
}

/** The dated references of one article, the input of date salience. */
export interface ArticleDates {
  readonly article: string;
  readonly source: string;
  /** Publication date, `YYYY-MM-DD`. */
  readonly published: string;
  readonly references: readonly DateReference[];
}

const DAY = /^\d{4}-\d{2}-\d{2}/;

/**
 * The day-precision dates an article's temporal expressions resolve to. Vague, open-ended
 * ("before March") and coarser expressions are left out: only a named day can be a timeline date.
 */
export function dateReferencesOf(
  article: Pick<Article, 'id' | 'source' | 'published'>,
  timexes: readonly TemporalExpression[],
): ArticleDates {
  const references: DateReference[] = [];
  for (const t of timexes) {
    if (t.type !== 'DATE' && t.type !== 'TIME') continue;
    if (t.precision !== 'day' && t.precision !== 'time') continue;
    if (t.mod && t.mod !== 'APPROX' && t.mod !== 'START' && t.mod !== 'END' && t.mod !== 'MID') continue;
    const m = DAY.exec(t.value);
    if (!m) continue;
    references.push({ date: m[0], start: t.start, end: t.end });
  }
  return { article: article.id, source: article.source, published: article.published, references };
}
