import { CALENDAR_WORD } from '../../temporal/calendarNames.ts';
import type { Token } from '../nlp/annotate.ts';
import { isNominal } from './words.ts';

/*
 * "The weekend's league matches in both Guadalajara | and San Luis", "the settlement reached
 * between BP | and the other party", "lines running from a ship | to the blown-out well": a phrase
 * of two halves ("both … and", "between … and", "from … to") that a title ends in after its first
 * half tells half a pair. The second half comes back when it is a short noun phrase; a pair of
 * times ("between 23 | and 28 April", "from 10 May | to late yesterday") goes whole, as dates do.
 */

/** Words of a time: a day or month name, or a unit a date counts in. */
const TIME_WORD =
  /^(?:today|yesterday|tomorrow|tonight|day|days|week|weeks|month|months|year|years|night|morning|afternoon|evening|weekend|hours?|minutes?)$/i;

/** The most words the second half may add. */
const MAX_ADDED = 5;
/** The most words of the first half, read back from the title's end to the opening word. */
const MAX_FIRST = 5;

const timely = (t: Token): boolean =>
  CALENDAR_WORD.test(t.text) || TIME_WORD.test(t.text) || (t.pos === 'NUM' && /^\d/.test(t.text));

/**
 * Finishes, in place, a title (`out`, kept token indices in sentence order) that ends on the first
 * half of a two-part phrase: adds its second half, or drops the first when the pair tells a time.
 */
export function finishPair(tokens: readonly Token[], out: number[], trigger: number): void {
  const last = out.at(-1);
  if (last === undefined || last === trigger) return;
  const joiner = tokens[last + 1];
  if (joiner === undefined) return;
  // The opening word, the first half right after it, every word kept and nominal (the walk back
  // steps over nominal words only).
  let b = out.length - 1;
  const opener = (i: number) => /^(?:between|both|from)$/i.test(tokens[i]!.text);
  while (
    b > 0 &&
    out[b - 1] === out[b]! - 1 &&
    isNominal(tokens[out[b]!]!) &&
    !opener(out[b]!) &&
    out.length - b <= MAX_FIRST
  )
    b--;
  const open = tokens[out[b]!]!;
  const pair =
    (/^(?:between|both)$/i.test(open.text) && /^and$/i.test(joiner.text) && joiner.pos === 'CCONJ') ||
    (/^from$/i.test(open.text) && /^to$/i.test(joiner.text) && joiner.pos === 'ADP');
  if (!pair || b === out.length - 1 || b === 0) return;
  const first = out.slice(b + 1).map((i) => tokens[i]!);
  // The second half: a noun phrase after the joiner, ending where the phrase plainly ends.
  let end = last + 2;
  while (end < tokens.length && end - (last + 2) < MAX_ADDED && isNominal(tokens[end]!)) end++;
  const second = tokens.slice(last + 2, end);
  // (Not a phrase that goes on: "to the Russia | of today".)
  const closed = tokens[end] === undefined || /^(?:PUNCT|VERB|AUX|CCONJ|SCONJ|PART)$/.test(tokens[end]!.pos);
  if (second.length === 0 || !closed) return;
  if (first.some(timely) || second.some(timely)) {
    out.splice(b);
    return;
  }
  for (let i = last + 1; i < end; i++) out.push(i);
}
