import type { TemporalExpression } from '../../model/timex.ts';
import type { SentenceParse } from '../sentenceParse.ts';
import type { Trigger } from '../triggers/findTriggers.ts';
import { tokenRange } from './attachTimex.ts';

/**
 * The span (sentence-text offsets of the article) of the clause a date dates when it stands in an
 * aside on the speaker that a comma closes before the saying: a relative clause ("Exxon Mobil,
 * which suffered a spill in 1989, told …", "Lavrov, who visited Damascus on Tuesday, had said …")
 * or a clause inside one ("Alleyn's school, which closed after five pupils were diagnosed with
 * swine flu on Monday, said …": the diagnosis, not the saying, is Monday's). The span ends at that
 * comma: the clause split, flat, may run on into the saying. Undefined for a date outside such an
 * aside, or when the saying is told within it ("who caused cringes last month when he said …").
 */
export function asideBeforeSaying(
  p: SentenceParse,
  t: TemporalExpression,
  saying: Trigger | undefined,
): { from: number; to: number } | undefined {
  const { tokens } = p.s;
  const { clauses } = p;
  if (!saying) return undefined;
  const [a] = tokenRange(tokens, t.start, t.end);
  const own = clauses.findIndex((c) => a! >= c.from && a! < c.to);
  if (own < 0) return undefined;
  // The relative clause that opens the aside: the date's own, or one before it that only clauses
  // inside it (subordinate, participial) follow.
  let r = own;
  while (r >= 0 && clauses[r]!.kind !== 'relative') {
    if (clauses[r]!.kind !== 'subordinate' && clauses[r]!.kind !== 'participial') return undefined;
    r--;
  }
  if (r < 0) return undefined;
  const relative = clauses[r]!;
  if (saying.index < relative.to) return undefined;
  // (A clause inside it follows with no comma between: a comma may close the aside already.)
  if (r !== own && tokens.slice(relative.from, a).some((x) => x.text === ',')) return undefined;
  const close = tokens.findIndex((x, i) => i > a! && i < saying.index && x.text === ',');
  if (close < 0) return undefined;
  const c = clauses[own]!;
  return { from: tokens[c.from]!.start, to: tokens[Math.min(c.to, close) - 1]!.end };
}
