import type { Token } from '../nlp/annotate.ts';
import { isNominal } from './words.ts';

/**
 * Where the walk back from a verb to its subject goes on when it stops at token `j` inside an
 * infinitive that describes the noun before it ("A ceasefire to end the violence in Syria | started",
 * "Efforts to prevent the mass from washing ashore in parts of four states | have been hampered"):
 * the index to walk on from (the "to", or the participle before it: "Syrian troops trying | to quash
 * three months of protests are committing"), or undefined when `j` is no part of such an infinitive.
 */
export function describedByInfinitive(
  tokens: readonly Token[],
  j: number,
  floor: number,
): number | undefined {
  const infinitive = tokens.slice(Math.max(floor, j - 8), j + 1).findLastIndex((x) => x.text === 'to');
  if (infinitive < 0) return undefined;
  const to = Math.max(floor, j - 8) + infinitive;
  const between = tokens.slice(to + 1, j + 1);
  const trying =
    tokens[to - 1]?.pos === 'VERB' &&
    /ing$/i.test(tokens[to - 1]!.text) &&
    /^(?:NOUN|PROPN)$/.test(tokens[to - 2]?.pos ?? '');
  if (
    to - 1 >= floor &&
    tokens[to + 1]?.pos === 'VERB' &&
    (/^(?:NOUN|PROPN)$/.test(tokens[to - 1]!.pos) || trying) &&
    between.every(
      (x, n) =>
        x === tokens[to + 1] ||
        isNominal(x) ||
        // (A gerund after "from", and its adverb: "from washing ashore".)
        (x.pos === 'VERB' && /ing$/i.test(x.text) && /^from$/i.test(tokens[to + n]?.text ?? '')) ||
        (x.pos === 'ADV' &&
          /^(?:ashore|away|out|off|back|down|up|home|abroad|overseas|offshore|inland)$/i.test(x.text) &&
          tokens[to + n]?.pos === 'VERB') ||
        // (Not past a subordinator: "to resolve the crisis | after Russia and China blocked".)
        (x.pos === 'ADP' && !/^(?:after|before|since|until|till|as|while|when|once)$/i.test(x.text)),
    )
  )
    return trying ? to - 1 : to;
  return undefined;
}
