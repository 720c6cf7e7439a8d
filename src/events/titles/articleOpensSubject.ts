import type { Token } from '../nlp/annotate.ts';
import { TELLING_OR_SHOWING_VERBS } from '../nlp/tellingVerbs.ts';

/**
 * Whether "the" at token `j`, right after a noun, opens the subject the walk back from a verb is
 * collecting, the noun before it being the object of something else: "has told the Security Council
 * | the observers were targeted" (a verb of telling), "In both countries | the H1N1 virus was
 * detected" (a preposition opening the clause), "did not disclose in his testimony | the methodology
 * used …" (a verb's phrase before its object). Not a relative clause without its pronoun ("a name
 * the company has not used", "the ombudsman the company set up"), nor a participle's phrase ("aid
 * agencies based in the Dominican Republic have struggled").
 */
export function articleOpensSubject(
  tokens: readonly Token[],
  j: number,
  floor: number,
  skipped: (i: number) => boolean,
): boolean {
  // "arrived in the Netherlands [on Sunday] and | the ministry said": after a verb's phrase, "and
  // the" opens the next clause's subject.
  let b = j - 1;
  const joined = /^and$/i.test(tokens[b]?.text ?? '') && tokens[b]!.pos === 'CCONJ';
  if (joined) b--;
  while (joined && b > floor && skipped(b)) b--;
  if (!/^(?:NOUN|PROPN)$/.test(tokens[b]?.pos ?? '') || b < floor) return false;
  let k = b;
  while (
    k > floor &&
    (/^(?:NOUN|PROPN|ADJ|DET|NUM|PART)$/.test(tokens[k - 1]!.pos) ||
      /^(?:his|her|its|their|our)$/i.test(tokens[k - 1]!.text))
  )
    k--;
  const governor = tokens[k - 1];
  const opens =
    governor !== undefined &&
    k - 1 >= floor &&
    /^(?:ADP|SCONJ)$/.test(governor.pos) &&
    tokens.slice(floor, k - 1).every((x, n) => skipped(floor + n) || /^(?:ADV|CCONJ|PUNCT)$/.test(x.pos));
  const told = governor?.pos === 'VERB' && TELLING_OR_SHOWING_VERBS.test(governor.lemma);
  const verb = tokens[k - 2];
  const adjunct =
    governor?.pos === 'ADP' &&
    verb?.pos === 'VERB' &&
    k - 2 >= floor &&
    (joined || !(/(?:ed|en|ing)$/i.test(verb.text) && /^(?:NOUN|PROPN)$/.test(tokens[k - 3]?.pos ?? '')));
  // (Not after a participle's doer: "a joint statement issued by the school and the HPA, posted …".)
  if (joined) return adjunct && !/^(?:by|of)$/i.test(governor.text);
  return opens || told || adjunct;
}
