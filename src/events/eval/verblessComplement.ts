import { CLAUSE_VERBS } from '../clauses/clauseVerbs.ts';
import type { Token } from '../nlp/annotate.ts';
import { TELLING_VERBS } from '../nlp/tellingVerbs.ts';
import { finite } from '../titles/clauseRun.ts';

/** Verbs whose object is words said, not a noun's thing ("said", against "confirmed cases", "announced plans"). */
const SAYING = /^(?:say|tell|insist|argue|believe|think|add)$/;

/**
 * The token past the addressee of the telling at `r`, one pronoun or one noun phrase ("told him |",
 * "told the BBC's reporters |"): the words told may open with a noun phrase of their own, their
 * subject ("told reporters | the well …", "told reporters | Syria had …").
 */
function pastAddressee(tokens: readonly Token[], r: number): number {
  let i = r + 1;
  // (A possessive is the phrase's determiner: "told its shareholders |".)
  const nominal = (x: number) => /^(?:NOUN|PROPN|ADJ)$/.test(tokens[x]?.pos ?? '');
  if (tokens[i]?.pos === 'PRON' && !nominal(i + 1)) return i + 1;
  while (i < tokens.length && (/^(?:DET|ADJ|NUM)$/.test(tokens[i]!.pos) || tokens[i]!.pos === 'PRON')) i++;
  // (A name after a common noun opens the words told: "reporters | Syria".)
  let noun = false;
  for (; i < tokens.length; i++) {
    const pos = tokens[i]!.pos;
    if (pos === 'NOUN') noun = true;
    else if (!(pos === 'PROPN' && !noun) && pos !== 'PART') break;
  }
  return i;
}

/**
 * "Turkey said UN help after a surge in refugee arrivals" (from "Turkey said it may need UN help
 * …"), "Thad Allen has said a containment cap placed on a blown-out well" ("… is working"): a title
 * that keeps a verb of saying and words of its complement clause but none of that clause's finite
 * verbs, which the sentence has. `kept` are the title's token indices in the sentence.
 */
export function verblessComplement(tokens: readonly Token[], kept: readonly number[]): boolean {
  const r = kept.find((i) => tokens[i]!.pos === 'VERB' && CLAUSE_VERBS.test(tokens[i]!.lemma));
  if (r === undefined) return false;
  // The complement: past "that" and, for a telling, its addressee; up to a clause of its own or a quote.
  let from = TELLING_VERBS.test(tokens[r]!.lemma) ? pastAddressee(tokens, r) : r + 1;
  // (Another verb of the list ("reported", "confirmed", "announced") says a clause only with its "that".)
  const that = /^that$/i.test(tokens[from]?.text ?? '');
  if (!that && !SAYING.test(tokens[r]!.lemma)) return false;
  if (that) from++;
  let to = from;
  while (
    to < tokens.length &&
    !/^(?:[;:."“”]|and|but|or|which|who|whom|whose|when|while|because|after|before|as|if|although|though)$/i.test(
      tokens[to]!.text,
    )
  )
    to++;
  const words = kept.filter((i) => i >= from && i < to && /^(?:NOUN|PROPN|PRON|NUM)$/.test(tokens[i]!.pos));
  if (words.length === 0 || kept.some((i) => i > r && finite(tokens, i))) return false;
  // (The title keeps what stands before the clause's verb, or after it: either way the verb is gone.)
  for (let i = from; i < to; i++) if (finite(tokens, i) && !kept.includes(i)) return true;
  return false;
}
