import type { Token } from '../nlp/annotate.ts';

// Heads of a plan before "to": "due", "set", "scheduled", "planned", "meant" … In the past perfect
// ("had been due to be paid", "had planned to travel") English tells a plan overtaken by events:
// what was to happen and, the tense implies, did not.
const PLAN_HEAD = new Set(
  'due set scheduled slated expected supposed meant planned planning intended intending hoped hoping going poised'.split(
    ' ',
  ),
);

/**
 * Whether the infinitive marker "to" at `i` follows a plan told in the past perfect ("The dividend
 * had been due to be paid on 21 June", "Obama had planned to visit the Gulf on Friday", "had been
 * expected to sign"): a plan that lapsed, a counterfactual, not a happening nor a plan still standing.
 */
function lapsedPlan(tokens: readonly Token[], i: number): boolean {
  const head = tokens[i - 1]?.text.toLowerCase() ?? '';
  const w = (j: number) => tokens[j]?.text.toLowerCase() ?? '';
  if (!PLAN_HEAD.has(head)) return false;
  // "had been due", "had planned", "had originally been scheduled": "had" within the verb group.
  for (let j = i - 2; j >= 0 && j >= i - 4; j--) {
    const x = w(j);
    if (x === 'had' || x === "'d") return true;
    if (x !== 'been' && tokens[j]!.pos !== 'ADV') return false;
  }
  return false;
}

/**
 * Whether the verb at `k` is a lapsed plan (see `lapsedPlan`) or its planned happening: its head
 * ("had been scheduled to end"), the verb after "to" ("had been due to be paid"), or a verb that
 * verb governs ("had been scheduled to start slowly shutting off valves"), within five words.
 */
export function underLapsedPlan(tokens: readonly Token[], k: number): boolean {
  if (tokens[k + 1]?.text.toLowerCase() === 'to' && lapsedPlan(tokens, k + 1)) return true;
  for (let i = k - 1; i >= 0 && i >= k - 5; i--) {
    const t = tokens[i]!;
    if (t.text.toLowerCase() === 'to' && t.pos === 'PART') return lapsedPlan(tokens, i);
    if (!/^(?:VERB|AUX|ADV|PART)$/.test(t.pos)) return false;
  }
  return false;
}
