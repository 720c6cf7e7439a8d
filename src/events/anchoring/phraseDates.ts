import type { TemporalExpression } from '../../model/timex.ts';
import type { SentenceParse } from '../sentenceParse.ts';
import { mainHappening } from '../triggers/mainHappening.ts';
import { tokenRange } from './attachTimex.ts';
import { possessiveDatePhrase } from './possessiveDate.ts';
import { untilBoundClause } from './untilBound.ts';

/** Article offsets of a stretch of a sentence. */
type Phrase = { readonly from: number; readonly to: number };

/**
 * Each parse's date phrases, by date expression, with the article text they were read against:
 * `phraseDatesOnly` and `datedEvents` ask for the same dates of the same parse. The parse fixes the
 * tokens and clauses, the expression object the date, so an answer is reused only for the same
 * three; a parse is dropped with its sentence.
 */
const memo = new WeakMap<
  SentenceParse,
  { readonly text: string; readonly phrases: Map<TemporalExpression, Phrase | undefined> }
>();

/**
 * The article offsets of the only words a date may date, when it belongs to one phrase of its
 * sentence: a possessive date's noun phrase under a relating preposition ("reminiscent of last
 * year's finger-wagging"), or the clause whose state an "until" date ends ("off school until the
 * middle of next week as authorities seek …"). Read once per parse and date (`memo`).
 */
export function datePhrase(p: SentenceParse, text: string, t: TemporalExpression): Phrase | undefined {
  let entry = memo.get(p);
  if (entry?.text !== text) {
    entry = { text, phrases: new Map() };
    memo.set(p, entry);
  }
  if (entry.phrases.has(t)) return entry.phrases.get(t);
  const phrase = possessiveDatePhrase(p.s.tokens, t) ?? untilBoundClause(p, text, t);
  entry.phrases.set(t, phrase);
  return phrase;
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
