import type { TemporalExpression } from '../../model/timex.ts';
import type { Clause } from '../clauses/splitClauses.ts';
import type { Token } from '../nlp/annotate.ts';
import type { Trigger } from '../triggers/findTriggers.ts';
import { sinceClauseVerb } from './sinceClause.ts';

/**
 * Whether trigger `x` is the verb of the relative clause that holds a date (its first token at
 * `at`): "a ceremony for troops who were killed in Afghanistan last Friday" dates the killing. The
 * clause a "who" or "which" opens after a noun; its verb before the date, past no word outside it:
 * not another verb, a comma, an "of" or a sequel's preposition ("who oversaw the fund for victims
 * of the Sept. 11, 2001, attacks", "after a deadly 2005 explosion").
 */
export function relativeClauseVerb(
  tokens: readonly Token[],
  clause: Clause,
  at: number,
  x: Trigger,
): boolean {
  return (
    clause.kind === 'relative' &&
    x.pos === 'VERB' &&
    /^(?:who|which)$/i.test(tokens[clause.from]!.text) &&
    /^(?:NOUN|PROPN|PUNCT)$/.test(tokens[clause.from - 1]?.pos ?? '') &&
    x.index > clause.from &&
    x.index < at &&
    !tokens
      .slice(x.index + 1, at)
      .some(
        (y) =>
          /^(?:VERB|AUX|PUNCT)$/.test(y.pos) || /^(?:of|after|following|before|since|over)$/i.test(y.text),
      )
  );
}

/**
 * The verb a date inside a relative or "since" clause dates (`sinceClauseVerb`: "since government
 * forces imposed military control some weeks ago" dates the imposing): of the clause's verbs among
 * `candidates` that are `presentable`, the first in the sentence ("since a rig exploded and sank
 * last month": the explosion), whatever the learned ranking says; not one another date of the
 * sentence (`anchors`) dates, standing between it and `t` ("since an oil rig exploded April 20 and
 * sank two days later": the sinking). Undefined when the date stands in no such clause.
 */
export function firstClauseVerb(
  tokens: readonly Token[],
  clause: Clause,
  at: number,
  t: TemporalExpression,
  anchors: readonly TemporalExpression[],
  candidates: readonly Trigger[],
  presentable: (x: Trigger) => boolean,
): Trigger | undefined {
  const dateBetween = (x: Trigger) => anchors.some((u) => u !== t && u.start >= x.end && u.end <= t.start);
  let first: Trigger | undefined;
  for (const x of candidates)
    if (
      (relativeClauseVerb(tokens, clause, at, x) || sinceClauseVerb(tokens, clause, at, x)) &&
      presentable(x) &&
      !dateBetween(x) &&
      (first === undefined || x.index < first.index)
    )
      first = x;
  return first;
}
