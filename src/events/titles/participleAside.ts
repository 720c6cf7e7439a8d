import type { Token } from '../nlp/annotate.ts';

/**
 * "the official government estimate of the flow, | based on multiple techniques …, | is 35,000 to
 * 60,000 barrels a day": the finite verb past a participle's aside that a comma at `comma` opens
 * right after a noun phrase and the next comma closes (within 30 words), its subject the phrase
 * before the aside; -1 when no participle opens the aside or no "be" or inflected verb follows it.
 * An inflected verb here is not a regular or -en past ("The estimate, based on video, doubled"
 * finds nothing): after a participle's aside such a form may be a second participle of the aside.
 */
export function verbPastParticipleAside(tokens: readonly Token[], comma: number): number {
  const open = tokens[comma + 1];
  if (
    tokens[comma]?.text !== ',' ||
    !/^(?:NOUN|PROPN)$/.test(tokens[comma - 1]?.pos ?? '') ||
    open?.pos !== 'VERB' ||
    // (A participle, "based", "released", "written"; not a verb of its own, "said".)
    !/(?:ed|en|wn)$/i.test(open.text) ||
    open.lemma === open.text.toLowerCase()
  )
    return -1;
  let close = comma + 2;
  while (close < tokens.length && close - comma <= 30 && !/^[,;.!?]$/.test(tokens[close]!.text)) close++;
  const v = tokens[close + 1];
  if (tokens[close]?.text !== ',' || v === undefined) return -1;
  const finite =
    (v.pos === 'AUX' && /^(?:is|are|was|were|has|have|had|will|would|could|can|may|might)$/i.test(v.text)) ||
    (v.pos === 'VERB' && v.lemma !== v.text.toLowerCase() && !/(?:ing|ed|en)$/i.test(v.text));
  return finite ? close + 1 : -1;
}
