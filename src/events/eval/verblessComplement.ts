import { CLAUSE_VERBS } from '../clauses/clauseVerbs.ts';
import type { Token } from '../nlp/annotate.ts';
import { finite } from '../titles/clauseRun.ts';

/** Verbs whose object is words said, not a noun's thing ("said", against "confirmed cases", "announced plans"). */
const SAYING = /^(?:say|tell|insist|argue|believe|think|add)$/;

/** Verbs whose first object is whom they tell, before the words said ("told reporters | the well …"). */
const TELLING = /^(?:tell|inform|warn|assure|remind|brief)$/;

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
  let from = r + 1;
  if (TELLING.test(tokens[r]!.lemma))
    while (from < tokens.length && /^(?:DET|ADJ|NOUN|PROPN|NUM|PART)$/.test(tokens[from]!.pos)) from++;
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
