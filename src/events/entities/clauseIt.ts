import type { Sentence } from '../nlp/segmentSentences.ts';

/** Forms of "be" and of verbs that link "it" to what it is said to be ("It is thought", "It seems"). */
export const BE =
  /^(?:is|was|are|were|be|been|being|'s|seems|seemed|appears|appeared|remains|remained|emerged|emerges|looks|looked|means|meant|became|becomes|become)$/i;

/**
 * Extraposition and impersonal passives: "it was announced that", "it is thought", "it was
 * confirmed a child had tested positive" name no thing, whatever comes before.
 */
const IMPERSONAL =
  /^(?:said|thought|believed|reported|announced|expected|understood|feared|estimated|known|claimed|alleged|hoped|rumou?red|confirmed|revealed|suggested|agreed|decided|assumed|argued|noted|learned|learnt|considered|felt|recommended|proposed)$/i;

/** Whether the "it" at `k` opens "it" + "be" + a verb ("it was brokered", "it is suffering"), no impersonal passive. */
export function clauseIt(s: Sentence, k: number): boolean {
  const { tokens } = s;
  let j = k + 1;
  while (BE.test(tokens[j]?.text ?? '') || tokens[j]?.pos === 'ADV') j++;
  const verb = tokens[j];
  return (
    j > k + 1 &&
    verb?.pos === 'VERB' &&
    !IMPERSONAL.test(verb.text) &&
    !/^(?:that|to)$/i.test(tokens[j + 1]?.text ?? '')
  );
}

/**
 * Whether the "it" at `k` opens an impersonal passive past auxiliaries ("it has been reported that",
 * "it will be announced"), which names no thing, whatever "be" form follows "it".
 */
export function impersonalIt(s: Sentence, k: number): boolean {
  const { tokens } = s;
  let j = k + 1;
  let be = false;
  while (tokens[j]?.pos === 'AUX' || tokens[j]?.pos === 'ADV' || BE.test(tokens[j]?.text ?? '')) {
    if (/^(?:be|been|being|is|was|are|were|'s)$/i.test(tokens[j]!.text)) be = true;
    j++;
  }
  if (be && IMPERSONAL.test(tokens[j]?.text ?? '')) return true;
  // "But it could take up to three months to drill relief wells": "it" + "take" + a time or an
  // amount + "to" and a verb is extraposed, what it takes is the doing that follows.
  if (
    tokens[j]?.lemma !== 'take' ||
    (/^(?:over|off|on|up|place|part)$/i.test(tokens[j + 1]?.text ?? '') && tokens[j + 2]?.text !== 'to')
  )
    return false;
  for (let i = j + 1; i < Math.min(tokens.length - 1, j + 9); i++) {
    if (/^(?:VERB|AUX|PUNCT)$/.test(tokens[i]!.pos) && tokens[i]!.text !== '-') return false;
    if (tokens[i]!.text.toLowerCase() === 'to' && tokens[i + 1]!.pos === 'VERB') return true;
  }
  return false;
}
