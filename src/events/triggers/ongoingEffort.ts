import type { Token } from '../nlp/annotate.ts';
import type { EventClass } from './findTriggers.ts';

/**
 * TimeML classes of a verb that tells an effort, a demand or a stance rather than a happening:
 * I_ACTION ("call for", "try", "seek", "warn"), I_STATE, STATE and ASPECTUAL. The trigger model
 * gives the class, so no list of verbs is kept here. (OCCURRENCE is left alone: "Thousands of
 * refugees have been fleeing into Turkey", "Rescue workers have been racing against time" tell
 * the day's news as often as background; REPORTING is the words of a statement.)
 */
const EFFORT_CLASSES: ReadonlySet<EventClass> = new Set(['I_ACTION', 'I_STATE', 'STATE', 'ASPECTUAL']);

/**
 * Whether the verb at `k` is an undated present perfect progressive of an effort ("Protesters have
 * been calling for greater freedom", "The company has been trying to protect …", "Mr X has been
 * seeking to persuade Russia …"): an activity that has gone on for a while up to the article, its
 * background, not a happening of one day. The caller reads it only where no date dates the clause.
 * Measured on Timeline17 (nine topics): 9 such events, 7 of them background; the 49 OCCURRENCE
 * verbs of the same form were news as often as not, and stay.
 */
export function ongoingEffort(tokens: readonly Token[], k: number, eventClass: EventClass): boolean {
  if (!EFFORT_CLASSES.has(eventClass)) return false;
  const t = tokens[k];
  if (t?.pos !== 'VERB' || !/ing$/i.test(t.text)) return false;
  let i = k - 1;
  while (i >= 0 && tokens[i]!.pos === 'ADV') i--;
  if (tokens[i]?.text.toLowerCase() !== 'been') return false;
  i--;
  while (i >= 0 && tokens[i]!.pos === 'ADV') i--;
  return /^(?:has|have|['’]ve|['’]s)$/i.test(tokens[i]?.text ?? '') && tokens[i]!.pos === 'AUX';
}
