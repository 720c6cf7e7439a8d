import type { Article } from '../model/article.ts';
import type { ChronologyEvent, Mention } from '../model/chronology.ts';
import type { TemporalExpression } from '../model/timex.ts';
import { canAnchor, onOrBefore, timeFromTimex } from './eventTime.ts';
import { segmentSentences } from './segmentSentences.ts';

/** Events of one article: each clause anchored by a temporal expression, plus undated happenings placed on-or-before publication. */
export function extractEvents(article: Article, timexes: readonly TemporalExpression[]): ChronologyEvent[] {
  const sentences = segmentSentences(article.text);
  const events: ChronologyEvent[] = [];
  for (const s of sentences) {
    if (s.heading) continue;
    const anchor = timexes.find((t) => t.start >= s.start && t.end <= s.end && canAnchor(t));
    const sentence = { start: s.start, end: s.end, text: s.text };
    const mention: Mention = anchor
      ? {
          article: article.id,
          sentence,
          timex: {
            start: anchor.start,
            end: anchor.end,
            text: anchor.text,
            type: anchor.type,
            value: anchor.value,
          },
        }
      : { article: article.id, sentence };
    events.push({
      id: `${article.id}#${s.index}-0`,
      title: s.text.split(/\s+/).slice(0, 10).join(' '),
      when: anchor
        ? timeFromTimex(anchor, article.published, false)
        : onOrBefore(article.published, 'no date in the sentence'),
      reported: article.published,
      mentions: [mention],
      actors: [],
      places: [],
      type: 'other',
    });
  }
  return events;
}
