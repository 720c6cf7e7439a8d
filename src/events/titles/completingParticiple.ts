import type { Token } from '../nlp/annotate.ts';
import { complement, phrase } from './phrases.ts';

/**
 * "There were reports of Syrian tanks and heavy machineguns | pounding areas of Homs": a participle
 * phrase right after the noun that ends a noun's phrase says what that noun did or had done to it,
 * the happening the reports tell; a title that ends on the noun drops it. The participle ("-ing",
 * or "-ed"/"-en" with its phrase: "people killed in Homs") and a short head of its phrase (its
 * object, or one place or "of" phrase), or [] when there is none: not a participle whose phrase
 * went with a date ("a visit to Moscow starting [on Sunday]"), nor a gerund after "of".
 */
export function completingParticiple(
  tokens: readonly Token[],
  last: number,
  to: number,
  skipped: (i: number) => boolean,
): number[] {
  const v = last + 1;
  const t = tokens[v];
  if (t === undefined || v >= to || skipped(v) || t.pos !== 'VERB') return [];
  if (!/^(?:NOUN|PROPN)$/.test(tokens[last]!.pos)) return [];
  // (Not one that is a preposition: "a team | including his brother", "protests | following the arrests".)
  const ing =
    /\p{L}{3}ing$/u.test(t.text) &&
    !/^(?:including|following|regarding|concerning|according|excluding)$/i.test(t.text);
  const done = /(?:ed|en)$/i.test(t.text) && t.lemma !== t.text.toLowerCase();
  if (!ing && !done) return [];
  // (Its object for "-ing", "pounding areas of Homs"; a place or agent phrase for both, "killed in Homs".)
  const object = ing ? phrase(tokens, v + 1, to, skipped, 5) : [];
  const rest = object.length > 0 ? object : complement(tokens, v + 1, to, skipped, true);
  if (rest.length === 0 || rest.length > 6) return [];
  // ("areas | of Homs": an object's "of" phrase stays with it, short.)
  const of = object.length > 0 ? complement(tokens, object.at(-1)! + 1, to, skipped, false) : [];
  return [v, ...rest, ...(of.length > 0 && of.length <= 4 ? of : [])];
}
