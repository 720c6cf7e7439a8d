import type { TemporalExpression } from '../../model/timex.ts';
import type { SentenceParse } from '../sentenceParse.ts';
import { mainHappening } from '../triggers/mainHappening.ts';
import { tokenRange } from './attachTimex.ts';
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
 * statement, reminiscent of last year's presidential finger-wagging …, came as …"). Not when the
 * sentence tells a state (`tellsState`): that is no news of those days.
 */
export const phraseDatesOnly = (
  p: SentenceParse,
  text: string,
  anchors: readonly TemporalExpression[],
): boolean =>
  anchors.length > 0 && anchors.every((t) => datePhrase(p, text, t) !== undefined) && !tellsState(p, anchors);

/** Verbs of a standing relation, a state even in the simple past: "attended Mayfield School". */
const STANDING = /^(?:attend|live|belong|own|reside)$/;

/**
 * Whether a sentence tells a state rather than a happening: a copula an "until" date bounds
 * ("Neatly dressed in suit and tie, he was until last week Syria's ambassador": no verb follows
 * the date), or a main happening of a standing relation ("The six-year-old attended Mayfield
 * School, …, which has been closed until Monday").
 */
function tellsState(p: SentenceParse, anchors: readonly TemporalExpression[]): boolean {
  const { tokens } = p.s;
  const copula = anchors.some((t) => {
    const [first, last] = tokenRange(tokens, t.start, t.end);
    let j = first - 1;
    if (!/^(?:until|till)$/i.test(tokens[j]?.text ?? '')) return false;
    j--;
    while (tokens[j]?.pos === 'ADV') j--;
    return tokens[j]?.lemma === 'be' && !/^(?:VERB|AUX)$/.test(tokens[last]?.pos ?? '');
  });
  const happening = mainHappening(p);
  return copula || (happening !== undefined && STANDING.test(happening.lemma));
}
