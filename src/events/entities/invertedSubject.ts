import type { Token } from '../nlp/annotate.ts';

/**
 * Whether the phrase at `from` is the subject of a clause "so", "nor" or "neither" inverts, after
 * its auxiliary ("BP says they'll pay for all legitimate claims but so did Exxon before its phalanx
 * of lawyers stretched the process", "nor did the company"): the clause's subject stands after its
 * verb, where a name is otherwise an object, so a pronoun after it may pass it by for one before.
 */
export function invertedSubject(tokens: readonly Token[], from: number): boolean {
  const verb = tokens[from - 1];
  return (
    verb !== undefined &&
    /^(?:do|does|did|has|have|had|is|are|was|were|will|would|could|can)$/i.test(verb.text) &&
    /^(?:so|nor|neither)$/i.test(tokens[from - 2]?.text ?? '')
  );
}
