import type { Token } from '../nlp/annotate.ts';

/** Units of a stretch of years or more: what a clause holds over them is a state or a habit. */
const LONG_UNIT = /^(?:years?|decades?|centuries|century|generations?|ages|lifetimes?)$/i;
/** Words that may stand between "for" and its unit ("for many years", "for more than two decades"). */
const MEASURE = /^(?:DET|ADJ|NUM|ADV|ADP)$/;

/** The clause's verb as the trigger model reads it: its token index and event class. */
export interface ClauseVerb {
  readonly index: number;
  readonly eventClass: string;
}

/** Event classes that tell a state or a phase, which a stretch of years measures as held. */
const HELD_CLASS = /^(?:STATE|I_STATE|ASPECTUAL)$/;

/**
 * Whether the clause [from, to) of `tokens` holds a stretch of years or more under "for", with
 * nothing that anchors it: "For many years the Arab League was mocked", "has worked for the UN for
 * more than 20 years", "for a long time". What the clause tells went on, or held, over that
 * stretch: a standing state or a habit, not a happening of the days before the article. Not a
 * stretch after a superlative or an ordinal, which compares ("the worst epidemic for five years",
 * "the largest disaster outside the US for many years"), nor one that looks ahead ("for years to
 * come", "for decades to come"), nor a stretch of months or less ("trapped for five days" is news).
 * A stretch not fronted counts only after a copula ("had been a captain for two decades") or when
 * the verb group tells something held (see `heldVerb`):
 * after a one-off act it measures the act's result ("was jailed for 20 years", "banned the party
 * for five years"), and the act is news.
 */
export function standingDuration(
  tokens: readonly Token[],
  from: number,
  to: number,
  verb: ClauseVerb | undefined,
): boolean {
  for (let i = from; i < to; i++) {
    if (tokens[i]!.text.toLowerCase() !== 'for') continue;
    const end = stretchEnd(tokens, i + 1, to);
    if (end < 0) continue;
    if (tokens[end + 1]?.text.toLowerCase() === 'to' && tokens[end + 2]?.text.toLowerCase() === 'come')
      continue;
    if (compares(tokens, from, i)) continue;
    if (
      fronted(tokens, from, i) ||
      copula(tokens, from, i) ||
      heldVerb(tokens, from, verb, exact(tokens, i + 1, end))
    )
      return true;
  }
  return false;
}

/** Whether the "for" at `i` opens the clause, past a conjunction or an adverb ("But for years, …"). */
function fronted(tokens: readonly Token[], from: number, i: number): boolean {
  for (let k = from; k < i; k++) if (!/^(?:CCONJ|ADV)$/.test(tokens[k]!.pos)) return false;
  return true;
}

/**
 * Whether the clause's verb group tells something that holds or goes on: a state, a phase or a
 * mental state by its class ("have known it"), the progressive ("have been following them"), or the
 * perfect of a verb without an object ("has worked for the UN"). The perfect of a verb with an
 * object, and the perfect passive, hold over a stretch told inexactly ("has ruled Syria for more
 * than 40 years", "has been gripped by protests for almost a year"), not over an exact term ("has
 * jailed the activist for 20 years", "has been jailed for 20 years"): a one-off act. Nor does the
 * simple past or the passive ("was jailed for 20 years", "banned the party for five years").
 */
function heldVerb(
  tokens: readonly Token[],
  from: number,
  verb: ClauseVerb | undefined,
  exactStretch: boolean,
): boolean {
  if (verb === undefined) return false;
  if (HELD_CLASS.test(verb.eventClass)) return true;
  const v = tokens[verb.index]!;
  if (/^(?:be|remain|stay)$/.test(v.lemma)) return true;
  let a = verb.index - 1;
  while (a >= from && /^(?:ADV|PART)$/.test(tokens[a]!.pos)) a--;
  const aux = tokens[a];
  if (aux?.pos !== 'AUX') return false;
  if (aux.lemma === 'be')
    return /ing$/i.test(v.text) || (!exactStretch && /^(?:have|has|had)$/i.test(tokens[a - 1]?.text ?? ''));
  const next = tokens[verb.index + 1];
  return (
    aux.lemma === 'have' && (!exactStretch || !/^(?:DET|NOUN|PROPN|PRON|NUM|ADJ)$/.test(next?.pos ?? ''))
  );
}

/**
 * Whether the stretch [i, end] is an exact count of its unit ("20 years", "a decade", "another
 * year", "two more years"): a term set, not a time gone by ("more than 40 years", "decades").
 */
function exact(tokens: readonly Token[], i: number, end: number): boolean {
  for (let k = i; k < end; k++)
    if (
      tokens[k]!.pos !== 'NUM' &&
      !/^(?:a|an|one|another|further|additional|extra|more)$/i.test(tokens[k]!.text)
    )
      return false;
  return end > i;
}

/**
 * Whether the clause up to the stretch has "be" for its verb, an adjective or a noun after it
 * ("have been close", "had been a charter boat captain for more than two decades").
 */
function copula(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    if (tokens[k]!.pos !== 'AUX' || tokens[k]!.lemma !== 'be') continue;
    let n = k + 1;
    while (tokens[n]?.pos === 'ADV') n++;
    if (!/^(?:VERB|AUX)$/.test(tokens[n]?.pos ?? '')) return true;
  }
  return false;
}

/**
 * The index of the unit that ends a stretch of years opening at `i` ("many years", "more than two
 * decades", "a long time", "long" alone), or -1. At most four words before the unit.
 */
function stretchEnd(tokens: readonly Token[], i: number, to: number): number {
  const w = (k: number) => tokens[k]?.text.toLowerCase() ?? '';
  // "for a long time", "for so long", "for long": the unit unsaid. ("for long-term recovery" is one word.)
  if (w(i) === 'a' && w(i + 1) === 'long' && w(i + 2) === 'time') return i + 2;
  if (w(i) === 'so' && w(i + 1) === 'long' && !/^\p{L}/u.test(w(i + 2))) return i + 1;
  if (w(i) === 'long' && !/^\p{L}/u.test(w(i + 1))) return i;
  for (let k = i; k < Math.min(to, i + 5); k++) {
    if (LONG_UNIT.test(tokens[k]!.text) && tokens[k]!.pos === 'NOUN') return k;
    if (
      !MEASURE.test(tokens[k]!.pos) ||
      (/^(?:the|this|that|these|those|its|his|her|their)$/i.test(w(k)) && !/^(?:past|last)$/i.test(w(k + 1)))
    )
      return -1;
  }
  return -1;
}

/** Whether a superlative or an ordinal stands before the "for" at `i` in its clause: a comparison. */
function compares(tokens: readonly Token[], from: number, i: number): boolean {
  for (let k = i - 1; k >= Math.max(from, i - 8); k--) {
    const w = tokens[k]!.text.toLowerCase();
    if (w === ',') return false;
    if (/^(?:first|worst|best|most|least|only)$/.test(w) || (tokens[k]!.pos === 'ADJ' && /est$/.test(w)))
      return true;
  }
  return false;
}
