import type { Token } from '../nlp/token.ts';

/** Verbs whose present progressive tells a plan: "are planning for a vote", "is preparing to send", "are aiming to have". */
const PLANNING = new Set(['plan', 'prepare', 'aim']);

/** How many tokens before the date the planning verb may stand. */
const REACH = 14;

/**
 * A verb in the past: an "-ed" form that is not its own lemma (the tagger gives no tense), so not
 * "need", "proceed", "succeed" or "exceed" in the present.
 */
const pastForm = (t: Token): boolean =>
  (t.pos === 'VERB' || t.pos === 'AUX') && /ed$/i.test(t.text) && t.text.toLowerCase() !== t.lemma;

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
    // ("were planning", "had prepared": a plan told in the past may have run its course.)
    if (pastForm(t) && !PLANNING.has(t.lemma)) return false;
    if (!PLANNING.has(t.lemma) || !/ing$/i.test(t.text)) continue;
    let k = i - 1;
    while (k >= 0 && tokens[k]!.pos === 'ADV') k--;
    return /^(?:is|are|am|['’]re|['’]s|['’]m)$/i.test(tokens[k]?.text ?? '');
  }
  return false;
}
