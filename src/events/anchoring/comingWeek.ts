import type { EventTime } from '../../model/chronology.ts';
import type { TemporalExpression } from '../../model/timex.ts';
import { isoWeekValue } from '../../temporal/dates.ts';
import type { Modality } from '../clauses/modality.ts';
import { type Clause, clauseOf } from '../clauses/splitClauses.ts';
import type { Token } from '../nlp/annotate.ts';
import { toldAsPast } from './attachTimex.ts';
import { addDays } from './eventTime.ts';

/** Words that put a clause's happening ahead: "will", "is due to", "is set to". */
const AHEAD = /^(?:will|shall|['’]ll)$/i;
const AHEAD_BE = /^(?:due|set|scheduled|expected|going|planning|poised)$/i;

/**
 * The time of a happening planned for "this week" said on a Sunday ("Obama will press BP
 * executives this week to …", "BP will this week reveal …", published Sunday 13 June): Sunday
 * papers speak of the coming week as "this week", and the tagger's ISO week ends on the
 * publication day, a week already over, in which no plan can lie. The plan takes the next week,
 * Monday to Sunday. Undefined when the date is no "this week" ending on publication day, or its
 * happening (at token `i`) is no plan: neither planned (`modality`) nor looked ahead to by a
 * "will" of its clause ("BP said this week it had cut the pipe" keeps the week just ending). The
 * attachment, read before from the date as tagged, is left as it was: a coming week given to the
 * tagger moved the learned attachment onto event nouns (docs/history/events.md, twentieth session).
 */
export function comingWeek(
  tokens: readonly Token[],
  clauses: readonly Clause[],
  i: number,
  modality: Modality | undefined,
  t: TemporalExpression,
  time: EventTime,
  published: string,
): EventTime | undefined {
  const day = published.slice(0, 10);
  if (
    modality === 'hypothetical' ||
    t.precision !== 'week' ||
    !/^(?:later\s+)?this\s+week$/i.test(t.text) ||
    t.range?.end !== day ||
    time.end !== day ||
    time.mod !== undefined ||
    (modality !== 'planned' && !looksAhead(tokens, clauseOf(clauses, i), i)) ||
    pastPlan(tokens, clauseOf(clauses, i), i)
  )
    return undefined;
  const start = addDays(day, 1);
  return {
    ...time,
    start,
    end: addDays(day, 7),
    value: isoWeekValue(start),
    explanation: `"${t.text}" of a plan, said on a Sunday (published ${day}): the coming week, from ${start}`,
  };
}

/**
 * Whether a "will" (or "is due to", "is set to") of the clause stands before the word at `i`, with
 * no verb told as past between ("will also take a close look at offshore drilling and the
 * disaster": the disaster's word too, as the plan's).
 */
function looksAhead(tokens: readonly Token[], clause: Clause, i: number): boolean {
  if (toldAsPast(tokens, i)) return false;
  for (let j = i - 1; j >= clause.from; j--) {
    const x = tokens[j]!;
    if (AHEAD.test(x.text)) return true;
    const plan = x.pos === 'PART' ? planTo(tokens, j) : undefined;
    if (plan) return plan === 'ahead';
    if (x.pos === 'VERB' && toldAsPast(tokens, j)) return false;
  }
  return false;
}

/** A past auxiliary before a plan's word: "was due to", "had been set to" tell a plan of the week gone. */
const PAST_BE = /^(?:was|were|been|had)$/i;

/** Whether token `j` is the "to" of a plan ("is due to", "set to"), and whether that plan is told ahead or in the past. */
function planTo(tokens: readonly Token[], j: number): 'ahead' | 'past' | undefined {
  if (!/^to$/i.test(tokens[j]!.text) || !AHEAD_BE.test(tokens[j - 1]?.text ?? '')) return undefined;
  return PAST_BE.test(tokens[j - 2]?.text ?? '') ? 'past' : 'ahead';
}

/** Whether the word at `i` is the happening of a plan told in the past ("BP was due to cap the well this week"). */
function pastPlan(tokens: readonly Token[], clause: Clause, i: number): boolean {
  for (let j = i - 1; j >= clause.from && j >= i - 4; j--) {
    const plan = planTo(tokens, j);
    if (plan) return plan === 'past';
  }
  return false;
}
