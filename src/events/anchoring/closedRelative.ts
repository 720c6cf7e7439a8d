import { clauseOf } from '../clauses/splitClauses.ts';
import type { SentenceParse } from '../sentenceParse.ts';
import type { Trigger } from '../triggers/findTriggers.ts';

/**
 * Whether trigger `x` stands in a relative clause set off by commas on both sides that does not
 * hold the date at token `at`: the aside is closed, and a date after it (or before it) belongs to
 * the clause it interrupts. "The Berkshire boys' school, which was attended by Princes William and
 * Harry, was informed on Wednesday": Wednesday is the informing's, never the attending's.
 */
export function closedRelativeApart(p: SentenceParse, x: Trigger, at: number): boolean {
  const { tokens } = p.s;
  const clause = clauseOf(p.clauses, x.index);
  if (
    clause.kind !== 'relative' ||
    (at >= clause.from && at < clause.to) ||
    tokens[clause.from - 1]?.text !== ',' ||
    tokens[clause.to - 1]?.text !== ','
  )
    return false;
  // (A date in the noun phrase the clause describes is its noun's: "the 1989 Exxon Valdez disaster,
  // which leaked nearly 11 million gallons of crude, …" dates the leaking.)
  // (Only inside the phrase, after its determiner or possessive: "This week retired coastguard
  // Admiral Thad Allen, who is handling …, is expected" opens on the clause's date.)
  const antecedent =
    at < clause.from &&
    /^(?:DET|PART)$/.test(tokens[at - 1]?.pos ?? '') &&
    tokens.slice(at + 1, clause.from - 1).every((y) => NOUN_WORD.test(y.pos));
  return !antecedent;
}

/** Words of a noun phrase after a date inside it ("1989 | Exxon Valdez disaster"). */
const NOUN_WORD = /^(?:NOUN|PROPN|ADJ|NUM)$/;
