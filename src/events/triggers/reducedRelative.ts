import type { Token } from '../nlp/annotate.ts';
import type { EventClass } from './model.ts';
import { participleForm } from './participleBeforeNoun.ts';

/** Words a participle's own phrase may hold before the clause's verb: a preposition and its noun phrase. */
const PHRASE = /^(?:ADV|ADJ|ADP|DET|NOUN|PROPN|NUM|PART)$/;

/** Pronouns that open a noun phrase ("charged over his death"); a subject pronoun opens a clause. */
const POSSESSIVE = /^(?:his|her|its|their|our|my|your)$/i;

/** Particles that make a verb with its object ("sealed off the hotel"), not a participle's phrase. */
const PARTICLE = /^(?:out|off|up|down|away|back)$/i;

/**
 * "A clause buried deep in the Act may expose BP …", "A six-year-old girl diagnosed with the flu has
 * made a full recovery": a past participle right after its noun, taking no object (an adverb or a
 * preposition follows it, or an adjective: "buried alive"), whose phrase runs on to the clause's finite verb, is a reduced relative
 * clause describing the subject; the clause's happening is that verb. (Not a verb of saying or
 * thinking, whose words may follow without "that": "The WHO reported on Sunday 4,379 people …
 * have been infected".) `to` ends the clause.
 */
export function reducedRelative(
  tokens: readonly Token[],
  i: number,
  eventClass: EventClass,
  to = tokens.length,
): boolean {
  if (!participleForm(tokens[i]!) || !/^(?:OCCURRENCE|ASPECTUAL|PERCEPTION)$/.test(eventClass)) return false;
  if (!/^(?:NOUN|PROPN)$/.test(tokens[i - 1]?.pos ?? '')) return false;
  const next = tokens[i + 1];
  if (!next || !/^(?:ADV|ADJ|ADP)$/.test(next.pos) || PARTICLE.test(next.text)) return false;
  for (let k = i + 1; k < to; k++) {
    const t = tokens[k]!;
    if (t.pos === 'AUX') return true;
    // A finite verb: not another participle, which goes on with the phrase ("deaths linked to the
    // virus confirmed in Mexico rose …"), unless it takes an object ("… in the Act exposed BP").
    if (t.pos === 'VERB') {
      if (/ing$/i.test(t.text)) return false;
      if (!participleForm(t) || /^(?:DET|PRON|PROPN|NOUN|NUM)$/.test(tokens[k + 1]?.pos ?? '')) return true;
      continue;
    }
    // (An infinitive's "to" opens a clause of its own: "The rig appeared likely to sink".)
    if (
      t.pos === 'PRON'
        ? !POSSESSIVE.test(t.text)
        : !PHRASE.test(t.pos) || (t.pos === 'PART' && !/^['’]s?$/.test(t.text))
    )
      return false;
  }
  return false;
}
