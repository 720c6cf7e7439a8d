import type { TemporalExpression } from '../../model/timex.ts';
import type { SentenceParse } from '../sentenceParse.ts';
import type { Trigger } from '../triggers/findTriggers.ts';
import { tokenRange } from './attachTimex.ts';

/**
 * Prepositions that set a happening's time or place, unlike "for" or "of" ("a fund for victims of
 * …"), or "after"/"before", whose happening is at another time ("After the 11 September 2001
 * attacks, Gen Shawkat helped set up …").
 */
const FRAME = /^(?:at|in|on|during|amid)$/i;

/** How many words may stand between a frame's preposition and the date or noun. */
const REACH = 5;

/**
 * The verb a dated noun's phrase frames, for a noun whose own title would say nothing ("NATO decided
 * at last year's Madrid summit to invite …": the deciding; "Before his Sunday night address, Castro
 * played the affectionate grandfather": the playing): the verb right before the time or place
 * preposition that governs the phrase (adverbs and particles aside), or, for a phrase that opens
 * the sentence up to its comma, the first verb after that comma. `candidates` are the verbs the
 * caller may date.
 */
export function frameVerb(
  p: SentenceParse,
  noun: Trigger,
  t: TemporalExpression,
  candidates: readonly Trigger[],
): Trigger | undefined {
  const { tokens } = p.s;
  const [a, b] = tokenRange(tokens, t.start, t.end);
  // The date inside the noun's phrase: before it, or right after it ("at a news conference Friday").
  if (b > noun.index + 2 || a > noun.index + 1) return undefined;
  const first = Math.min(a, noun.index);
  let preposition = -1;
  for (let k = first - 1; k >= Math.max(0, first - REACH); k--) {
    const x = tokens[k]!;
    if (x.pos === 'ADP' || /^following$/i.test(x.text)) {
      preposition = FRAME.test(x.text) ? k : -1;
      break;
    }
    if (!/^(?:DET|PRON|ADJ|NUM|PROPN|NOUN|PART)$/.test(x.pos)) break;
  }
  if (preposition < 0) return undefined;
  const verbAt = (i: number) => candidates.find((x) => x.index === i && x.pos === 'VERB');
  if (preposition === 0) {
    const comma = tokens.findIndex((x, i) => i > noun.index && x.text === ',');
    if (comma < 0) return undefined;
    return candidates.filter((x) => x.pos === 'VERB' && x.index > comma).sort((x, y) => x.index - y.index)[0];
  }
  let v = preposition - 1;
  while (v >= 0 && /^(?:ADV|PART)$/.test(tokens[v]!.pos)) v--;
  // Not a relative clause's verb ("families of those who died in the Sept. 11, 2001, attacks"):
  // it describes a noun of the sentence, no happening to list.
  if (v < 1 || /^(?:who|which|that)$/i.test(tokens[v - 1]!.text)) return undefined;
  return verbAt(v);
}
