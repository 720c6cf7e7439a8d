import type { TemporalExpression } from '../../model/timex.ts';
import { eventTypeOf } from '../eventTypes.ts';
import type { SentenceParse } from '../sentenceParse.ts';
import type { Trigger } from '../triggers/findTriggers.ts';
import { tokenRange } from './attachTimex.ts';
import { deverbal, lowScored } from './nounOfDate.ts';

/** How many words the noun phrase before a date may hold. */
const REACH = 8;

/**
 * The happening a count back from now ("… ago") right after a noun phrase dates, when a preposition governs the phrase
 * and its head names one ("a trial over the death of pop singer Michael Jackson eighteen months
 * ago", "in need of aid following the devastating earthquake four days ago"): the date is that
 * noun's, not the clause's verb's or an earlier noun's. The head is the phrase's first noun that
 * names a happening (a trigger found, a noun made from a verb, a noun of a known event type, a
 * noun with the "of" of a name it befell), past
 * its "of" phrases and names; no preposition but "of", no verb, no comma between. `eligible` decides
 * triggers the caller may not date.
 */
export function nounBeforeDate(
  p: SentenceParse,
  t: TemporalExpression,
  eligible: (x: Trigger) => boolean,
): Trigger | undefined {
  const { tokens } = p.s;
  const [a] = tokenRange(tokens, t.start, t.end);
  // Only a count back from now: a bare day after a noun is mostly the clause's ("filed for
  // bankruptcy protection Saturday morning", "said in an interview Thursday").
  if (!/\bago$/i.test(t.text) || !/^(?:NOUN|PROPN)$/.test(tokens[a - 1]?.pos ?? '')) return undefined;
  let opener = -1;
  for (let k = a - 1; k >= Math.max(0, a - REACH); k--) {
    const x = tokens[k]!;
    // ("following", a participle as a preposition: "in need of aid following the earthquake …")
    if ((x.pos === 'ADP' && !/^of$/i.test(x.text)) || /^following$/i.test(x.text)) {
      opener = k;
      break;
    }
    if (!/^(?:DET|PRON|ADJ|NOUN|PROPN|NUM|PART)$/.test(x.pos) && !/^of$/i.test(x.text)) return undefined;
  }
  // The phrase's first word after its preposition, not the sentence's opening frame, nor the
  // medium of a saying ("said in a statement two days ago").
  if (opener <= 0) return undefined;
  const verb = p.triggers.filter((x) => x.pos === 'VERB' && x.index < opener).at(-1);
  if (verb?.eventClass === 'REPORTING') return undefined;
  for (let k = opener + 1; k < a; k++) {
    const word = tokens[k]!;
    // ("the BP oil spill": a noun before another modifies it.)
    if (word.pos !== 'NOUN' || (k + 1 < a && tokens[k + 1]!.pos === 'NOUN')) continue;
    const found = p.triggers.find(
      (x) => x.index === k && x.eventClass !== 'STATE' && x.eventClass !== 'I_STATE',
    );
    const made: Trigger | undefined = found
      ? { ...found, pos: 'NOUN' }
      : deverbal(word.text) ||
          eventTypeOf(word.lemma) !== 'other' ||
          // "the death of pop singer Michael Jackson": a head with the "of" of whom it befell.
          (/^of$/i.test(tokens[k + 1]?.text ?? '') &&
            tokens[k + 2]?.pos !== 'DET' &&
            /^(?:NOUN|PROPN)$/.test(tokens[k + 2]?.pos ?? ''))
        ? lowScored(word, k, 'NOUN')
        : undefined;
    if (made) return eligible(made) ? made : undefined;
    // Only the head of the phrase or of its first "of" phrase: "the cost of the cleanup" names
    // the cleanup, "the start of the uprising" its start.
    if (!/^of$/i.test(tokens[k + 1]?.text ?? '')) return undefined;
  }
  return undefined;
}
