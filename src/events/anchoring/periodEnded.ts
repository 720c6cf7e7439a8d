import type { TemporalExpression } from '../../model/timex.ts';
import type { SentenceParse } from '../sentenceParse.ts';
import type { Trigger } from '../triggers/findTriggers.ts';
import { tokenRange } from './attachTimex.ts';

/** Nouns of a reporting period: "the quarter", "the six months", "the fiscal year". */
export const PERIOD = /^(?:quarter|year|months|month|period|half|weeks|days)$/i;

/**
 * The period a date closes at the head of a sentence, and the clause it dates: "For the six months
 * ended Aug. 12, Provigo posted net income …", "In the fiscal year ended Jan. 31, the company
 * reported sales …". The participle only says where the period stops; the happening of the period
 * is the main clause's first verb after the comma, among `candidates`. Returns it and the
 * participle (a further word of it), or undefined.
 */
export function periodClause(
  p: SentenceParse,
  t: TemporalExpression,
  candidates: readonly Trigger[],
): { verb: Trigger; ended: Trigger } | undefined {
  const { tokens } = p.s;
  const [a, b] = tokenRange(tokens, t.start, t.end);
  const k = tokens[a - 1]?.text.toLowerCase() === 'on' ? a - 2 : a - 1;
  const ended = candidates.find((x) => x.index === k && x.pos === 'VERB' && x.lemma === 'end');
  if (!ended || !PERIOD.test(tokens[k - 1]?.text ?? '')) return undefined;
  // The phrase opens the sentence ("For …", "In …", "During …") and closes at the comma after the date.
  if (!/^(?:for|in|during)$/i.test(tokens[0]?.text ?? '') || tokens[b]?.text !== ',') return undefined;
  if (tokens.slice(1, k).some((x) => x.pos === 'VERB' || x.pos === 'AUX' || x.text === ',')) return undefined;
  for (let i = b + 1; i < tokens.length && i <= b + 8; i++) {
    const verb = candidates.find((x) => x.index === i && x.pos === 'VERB');
    if (verb) return { verb, ended };
    if (tokens[i]!.pos === 'VERB' || tokens[i]!.pos === 'PUNCT') return undefined;
  }
  return undefined;
}
