import { holdsPastVerb } from '../../temporal/tense.ts';
import type { Token } from '../nlp/token.ts';

/** Verbs whose present progressive tells a plan: "are planning for a vote", "is preparing to send", "are aiming to have". */
const PLANNING = new Set(['plan', 'prepare', 'aim']);

/** How many tokens before the date the planning verb may stand. */
const REACH = 14;

/**
 * Whether the date at token `at` closes a clause told in the present progressive of planning
 * ("Western diplomats say they are planning for a vote by the end of the week", "is preparing to
 * send ten tonnes of equipment on Saturday afternoon"): the happening planned lies ahead of the
 * planning, so a date that reaches past publication dates a plan. The verb comes before the date,
 * with no full stop, semicolon or verb in the past between.
 */
export function planningProgressive(tokens: readonly Token[], at: number): boolean {
  for (let i = at - 1; i >= 0 && i >= at - REACH; i--) {
    const t = tokens[i]!;
    if (/^[.;:!?]$/.test(t.text)) return false;
    if (!PLANNING.has(t.lemma) || !/ing$/i.test(t.text)) continue;
    // ("are planning to send troops who arrived on Monday": a verb in the past between tells a
    // happening of its own, which the date dates.)
    if (
      holdsPastVerb(
        tokens
          .slice(i + 1, at)
          .map((x) => x.text)
          .join(' '),
      )
    )
      return false;
    let k = i - 1;
    while (k >= 0 && tokens[k]!.pos === 'ADV') k--;
    return /^(?:is|are|am|['’]re|['’]s|['’]m)$/i.test(tokens[k]?.text ?? '');
  }
  return false;
}
