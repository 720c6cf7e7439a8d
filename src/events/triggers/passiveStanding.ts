import type { Token } from '../nlp/annotate.ts';
import type { EventClass } from './findTriggers.ts';

/**
 * Verbs of judging someone: in a passive present perfect ("Mr Oynes has been accused of becoming too
 * close to the industry", "Tony Hayward has been criticised for a series of public relations
 * setbacks") they tell a charge that stands, as `ongoingState`'s present progressive of the same
 * verbs does, not the day it was made. (A court's verbs, "charged", "convicted", "fined", are acts
 * of a day and stay.)
 */
const JUDGING = new Set(['accuse', 'blame', 'criticise', 'criticize']);

/** Words that open a time clause after the verb, which ties it to a happening. */
const TIED = /^(?:after|when|following|since)$/i;

/**
 * What an undated passive present perfect tells instead of a happening, or undefined: `a standing
 * charge` for a verb of judging (`JUDGING`); `a standing state` for one the trigger model classes
 * STATE or I_STATE ("has long been known to …"), which TimeML gives to what holds over a stretch.
 * On TBAQ a "has/have been" participle is linked to a date of the text 2 times in 14 when its class
 * is not OCCURRENCE, 21 in 75 when it is (a simple past: 452 in 1,819). A date in the sentence
 * makes it no undated verb; a simple past ("BP was criticised on Monday") is a happening, and so
 * is a charge a time clause ties to one ("BP has been accused of lying after internal documents
 * showed …").
 */
export function passiveStanding(
  tokens: readonly Token[],
  k: number,
  eventClass: EventClass,
): string | undefined {
  const t = tokens[k];
  if (t?.pos !== 'VERB' || /ing$/i.test(t.text) || t.text.toLowerCase() === t.lemma) return undefined;
  let i = k - 1;
  while (i >= 0 && tokens[i]!.pos === 'ADV') i--;
  if (tokens[i]?.text.toLowerCase() !== 'been') return undefined;
  i--;
  while (i >= 0 && tokens[i]!.pos === 'ADV') i--;
  // ("he's been accused": the "'s" an auxiliary.)
  if (!/^(?:has|have|['’]ve|['’]s)$/i.test(tokens[i]?.text ?? '') || tokens[i]!.pos !== 'AUX')
    return undefined;
  // A time clause within the verb's own clause: up to a semicolon or a "but".
  for (let j = k + 1; j < tokens.length && !/^(?:;|:|but)$/i.test(tokens[j]!.text); j++)
    if (TIED.test(tokens[j]!.text)) return undefined;
  if (JUDGING.has(t.lemma)) return 'a standing charge';
  return eventClass === 'STATE' || eventClass === 'I_STATE' ? 'a standing state' : undefined;
}
