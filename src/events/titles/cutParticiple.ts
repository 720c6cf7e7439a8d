import type { Token } from '../nlp/annotate.ts';
import { DATE_WORD } from './danglingEnds.ts';

/** Words of a span of time, which open a date after the participle, not its object. */
const TIME = /^(?:day|days|week|weeks|month|months|year|years|hours?|ago|earlier|later)$/i;

/**
 * "… called on the Security Council to unite in passing a resolution condemning | the Syrian
 * government's use of violence", "… awarded a $35 million contract to privately held | Protein
 * Sciences Corp": a participle that describes the noun before it, kept at the title's end while its
 * object, too long to finish, is cut, says half a thing. It goes, with its adverbs and the
 * preposition or article they leave open, back to the noun phrase it described. The trigger stays,
 * and so do the first three words. Returns whether it dropped any.
 */
export function dropCutParticiple(tokens: readonly Token[], out: number[], trigger: number): boolean {
  const last = out.at(-1)!;
  const t = tokens[last]!;
  if (last === trigger || t.pos !== 'VERB' || !/(?:ing|ed|en|held|made|built|led)$/i.test(t.text))
    return false;
  // Its object right after it in the sentence, not a date.
  const next = tokens[last + 1];
  if (next === undefined || !/^(?:DET|NOUN|PROPN|PRON|NUM|ADJ)$/.test(next.pos)) return false;
  if ((DATE_WORD.test(next.text) && next.pos !== 'DET') || TIME.test(tokens[last + 2]?.text ?? ''))
    return false;
  // The noun (or a preposition) it describes, right before it past its adverbs: no verb group.
  let k = out.length - 2;
  while (k >= 0 && out[k] === out[k + 1]! - 1 && tokens[out[k]!]!.pos === 'ADV') k--;
  const before = tokens[out[k] ?? -1];
  // (The tagger may call a preposition's "to" an infinitive's: "to/PART privately held".)
  const preposition = (x: Token) => x.pos === 'ADP' || (x.pos === 'PART' && /^to$/i.test(x.text));
  if (
    k < 0 ||
    out[k] !== out[k + 1]! - 1 ||
    !(/^(?:NOUN|PROPN)$/.test(before!.pos) || (preposition(before!) && !/ing$/i.test(t.text)))
  )
    return false;
  // Back past a preposition or article the participle's phrase leaves open.
  let end = k;
  while (end >= 0 && (preposition(tokens[out[end]!]!) || tokens[out[end]!]!.pos === 'DET')) end--;
  if (end < 2 || out.slice(end + 1).includes(trigger)) return false;
  out.length = end + 1;
  return true;
}
