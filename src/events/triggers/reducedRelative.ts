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
 * A participle's phrase is short ("buried deep in the Act", "diagnosed with the flu"); a finite
 * verb further on belongs to a run of text of its own (a caption run into the sentence).
 */
const MAX_PHRASE = 8;

/**
 * "A clause buried deep in the Act may expose BP …", "A six-year-old girl diagnosed with the flu has
 * made a full recovery": a past participle right after its noun, taking no object (an adverb, an
 * adjective or a preposition follows it), whose short phrase runs on to a finite verb, is a reduced
 * relative clause describing the subject. Returns the index of that finite verb or auxiliary, or
 * undefined. (Not a verb of saying or thinking, whose words may follow without "that": "The WHO
 * reported on Sunday 4,379 people … have been infected".) `to` ends the clause.
 */
export function reducedRelative(
  tokens: readonly Token[],
  i: number,
  eventClass: EventClass,
  to = tokens.length,
): number | undefined {
  if (!participleForm(tokens[i]!) || !/^(?:OCCURRENCE|ASPECTUAL|PERCEPTION)$/.test(eventClass))
    return undefined;
  if (!/^(?:NOUN|PROPN)$/.test(tokens[i - 1]?.pos ?? '')) return undefined;
  const next = tokens[i + 1];
  if (!next || !/^(?:ADV|ADJ|ADP)$/.test(next.pos) || PARTICLE.test(next.text)) return undefined;
  for (let k = i + 1; k < Math.min(to, i + 1 + MAX_PHRASE); k++) {
    const t = tokens[k]!;
    if (t.pos === 'AUX') return k;
    // A finite verb in a form no participle has ("rose", "may expose"); a word in a participle's
    // form goes on with the phrase ("deaths linked to the virus confirmed in Mexico rose …", "behind
    // closed doors"), or is a past tense this cannot tell from one: no reduced relative is read.
    if (t.pos === 'VERB') {
      if (/ing$/i.test(t.text)) return undefined;
      if (!participleForm(t)) return k;
      continue;
    }
    // "turned into one of the biggest demonstrations | the capital has seen": a noun phrase right
    // after a noun opens a relative clause without "that", whose verb is not the subject's.
    if (t.pos === 'DET' && /^(?:NOUN|PROPN)$/.test(tokens[k - 1]!.pos)) return undefined;
    // (An infinitive's "to" opens a clause of its own: "The rig appeared likely to sink".)
    if (
      t.pos === 'PRON'
        ? !POSSESSIVE.test(t.text)
        : !PHRASE.test(t.pos) || (t.pos === 'PART' && !/^['’]s?$/.test(t.text))
    )
      return undefined;
  }
  return undefined;
}
