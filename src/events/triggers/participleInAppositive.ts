import type { Token } from '../nlp/annotate.ts';
import { participleForm } from './participleBeforeNoun.ts';

const NOMINAL = /^(?:NOUN|PROPN)$/;
const VERBAL = /^(?:VERB|AUX)$/;

/**
 * "The case at the Combat Center, the principal training facility for Marines and sailors deployed
 * to Afghanistan, was confirmed …": a past participle right after its noun, inside an appositive (a
 * noun phrase that commas set off after a noun, opened by an article) whose closing comma the
 * sentence's own finite verb follows, and before a preposition (no object), describes that noun;
 * the sentence reports the verb after the aside.
 * A title built on the participle is a noun phrase with no happening.
 */
export function participleInAppositive(tokens: readonly Token[], i: number): boolean {
  if (!participleForm(tokens[i]!)) return false;
  if (!NOMINAL.test(tokens[i - 1]?.pos ?? '')) return false;
  // A passive participle takes no object: a preposition follows it ("deployed to", "injured in"),
  // where a verb in the past tense takes its object ("reported 12 new cases", "defended Hayward").
  if (tokens[i + 1]?.pos !== 'ADP') return false;
  // The comma that opens the aside: no verb between it and the participle.
  let open = i - 1;
  while (open >= 0 && tokens[open]!.text !== ',') {
    if (VERBAL.test(tokens[open]!.pos)) return false;
    open--;
  }
  if (open < 1 || !NOMINAL.test(tokens[open - 1]!.pos)) return false;
  if (!/^(?:the|a|an)$/i.test(tokens[open + 1]?.text ?? '')) return false;
  // The comma that closes it, then the sentence's verb.
  let close = i + 1;
  while (close < tokens.length && tokens[close]!.text !== ',') {
    if (VERBAL.test(tokens[close]!.pos)) return false;
    close++;
  }
  // (A finite verb: not a participle that goes on from the clause, "…, saying", "…, according to".)
  const after = tokens[close + 1];
  return after !== undefined && VERBAL.test(after.pos) && !/ing$/.test(after.text);
}
