import type { SentenceParse } from '../sentenceParse.ts';
import type { Trigger } from '../triggers/findTriggers.ts';
import { assemble, type CutTitle } from './deletionTitle.ts';
import { isNominal } from './words.ts';

/**
 * "The 1918 pandemic virus was also a H1N1 hybrid | containing a mix of avian and non-avian genes":
 * an -ing participle right after the noun a copula says its subject is describes that noun; the
 * title is the copula's clause through the participle's words, not the noun phrase without whom
 * it is said of ("A H1N1 hybrid containing …"); so does a past participle there ("The oil spill was
 * an avoidable disaster caused by …", not "An avoidable disaster caused by …"). `cutOf` gives a token's cut.
 */
export function copulaParticipleCut(
  p: SentenceParse,
  trigger: Trigger,
  cutOf: (p: SentenceParse, i: number) => CutTitle,
): CutTitle | undefined {
  const { tokens } = p.s;
  const k = trigger.index;
  if (
    trigger.pos !== 'VERB' ||
    // (Or a past participle: "The oil spill was an avoidable disaster | caused by a series of failures".)
    !(/ing$/i.test(trigger.text) || trigger.lemma !== trigger.text.toLowerCase()) ||
    !/^(?:NOUN|ADJ|PROPN)$/.test(tokens[k - 1]?.pos ?? '')
  )
    return undefined;
  let j = k - 1;
  while (j > 0 && isNominal(tokens[j - 1]!) && tokens[j]!.pos !== 'DET') j--;
  if (tokens[j]!.pos !== 'DET' && tokens[j]!.pos !== 'NUM') return undefined;
  let v = j - 1;
  while (v > 0 && tokens[v]!.pos === 'ADV') v--;
  const be = tokens[v];
  if (be?.pos !== 'AUX' || be.lemma !== 'be' || /^(?:been|being|be)$/i.test(be.text)) return undefined;
  const held = cutOf(p, v);
  const own = cutOf(p, k);
  // (The copula's cut says whom, and ends on the copula or on the noun.)
  if (held.subjectless || !held.kept.some((i) => i < v) || held.kept.includes(k)) return undefined;
  if (held.kept.at(-1) !== v && held.kept.at(-1) !== k - 1) return undefined;
  // (For a past participle, a subject no preposition holds: not "[The oil spill in the Gulf of] Mexico
  // was …", nor "[Among] the lucky ones was a girl pulled alive …", whose subject comes after the copula.)
  const past = !/ing$/i.test(trigger.text);
  if (past && tokens[held.kept[0]! - 1]?.pos === 'ADP') return undefined;
  const noun: number[] = [];
  for (let i = j; i < k; i++) noun.push(i);
  const words = new Set([...held.kept, ...noun, ...own.kept.filter((i) => i >= k)]);
  return assemble(
    tokens,
    [...words].sort((a, b) => a - b),
    20,
    k,
  );
}
