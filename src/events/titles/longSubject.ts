import type { Token } from '../nlp/annotate.ts';

/*
 * A subordinate clause's subject may run long before its verb: "until the full costs for cleaning
 * up the spill | can be calculated", "after a man from Ayrshire and Arran | fell ill", "until the
 * causes of the rig blast that led to the oil spill | are known". `opensClause` reads the subject
 * word by word; these say which further words belong to it, so that a title cut inside such a
 * subject drops the clause whole rather than keep it without its verb.
 */

/** Prepositions a subject's noun may take besides the common ones ("protests against the president"). */
const MORE_PREPOSITIONS = /^(?:against|over|into|about|under|between|within|to)$/i;

/**
 * Whether token `j` of a subject read from its first word (`from`) goes on the subject: a
 * preposition of its noun ("against", "to" before a noun, not an infinitive's), a gerund after a
 * preposition and its particle ("for cleaning up"), or an "and" between two names past a
 * preposition ("from Ayrshire and Arran").
 */
export function extendsSubject(tokens: readonly Token[], j: number, from: number): boolean {
  const t = tokens[j]!;
  const prev = tokens[j - 1];
  const next = tokens[j + 1];
  if (j <= from || prev === undefined) return false;
  if (MORE_PREPOSITIONS.test(t.text) && t.pos === 'ADP' && /^(?:NOUN|PROPN)$/.test(prev.pos))
    return /^(?:DET|NOUN|PROPN|NUM|ADJ)$/.test(next?.pos ?? '');
  if (isPrepositionGerund(tokens, j) && j > from + 1)
    return /^(?:DET|NOUN|PROPN|ADJ|NUM|ADP)$/.test(next?.pos ?? '');
  if (
    /^(?:up|out|off|down)$/i.test(t.text) &&
    prev.pos === 'VERB' &&
    /ing$/i.test(prev.text) &&
    /^(?:ADP|SCONJ)$/.test(tokens[j - 2]?.pos ?? '')
  )
    return true;
  return /^(?:and|or)$/i.test(t.text) && prev.pos === 'PROPN' && next?.pos === 'PROPN';
}

/** Whether token `i` is a gerund after a preposition ("costs for cleaning up"), a noun's word rather than a clause's verb. */
export function isPrepositionGerund(tokens: readonly Token[], i: number): boolean {
  return (
    tokens[i]!.pos === 'VERB' &&
    /ing$/i.test(tokens[i]!.text) &&
    /^(?:ADP|SCONJ)$/.test(tokens[i - 1]?.pos ?? '')
  );
}

/**
 * The token after a relative clause that follows a subject at `j` ("the blast | that led to the oil
 * spill | are known"): its pronoun, verb group and the noun phrases and prepositions after it, when
 * a verb follows them; else `j` itself.
 */
export function pastRelative(tokens: readonly Token[], j: number): number {
  if (!/^(?:that|which|who)$/i.test(tokens[j]?.text ?? '')) return j;
  let k = j + 1;
  while (/^(?:AUX|ADV)$/.test(tokens[k]?.pos ?? '')) k++;
  if (tokens[k]?.pos !== 'VERB') return j;
  k++;
  const limit = k + 12;
  while (
    k < limit &&
    (/^(?:DET|NUM|NOUN|PROPN|ADJ|ADP)$/.test(tokens[k]?.pos ?? '') ||
      /^(?:its|their|his|her|our|['’]s?)$/i.test(tokens[k]?.text ?? ''))
  )
    k++;
  const verb = tokens[k];
  return verb !== undefined && /^(?:AUX|VERB)$/.test(verb.pos) && !/ing$/i.test(verb.text) ? k : j;
}
