import type { TemporalExpression } from '../../model/timex.ts';
import type { SentenceParse } from '../sentenceParse.ts';
import { possessiveDatePhrase } from './possessiveDate.ts';
import { untilBoundClause } from './untilBound.ts';

/**
 * The article offsets of the only words a date may date, when it belongs to one phrase of its
 * sentence: a possessive date's noun phrase under a relating preposition ("reminiscent of last
 * year's finger-wagging"), or the clause whose state an "until" date ends ("off school until the
 * middle of next week as authorities seek …").
 */
export function datePhrase(
  p: SentenceParse,
  text: string,
  t: TemporalExpression,
): { readonly from: number; readonly to: number } | undefined {
  return possessiveDatePhrase(p.s.tokens, t) ?? untilBoundClause(p, text, t);
}

/**
 * Whether every date of a sentence belongs to one phrase (`datePhrase`): the sentence's own
 * happening is then told undated, as the news of the days before publication ("The stern
 * statement, reminiscent of last year's presidential finger-wagging …, came as …").
 */
export const phraseDatesOnly = (
  p: SentenceParse,
  text: string,
  anchors: readonly TemporalExpression[],
): boolean => anchors.length > 0 && anchors.every((t) => datePhrase(p, text, t) !== undefined);
