import type { Token } from '../nlp/annotate.ts';

/** A rate's time: "a day", "per day", "each year", "an hour". */
const PER = /^(?:a|an|per|each|every)$/i;
const UNIT = /^(?:second|minute|hour|day|week|month|year)$/i;

/**
 * Whether tokens `a`..`z`, a date the tagger found, are the time of a rate after a quantity
 * ("12,000 to 25,000 barrels a day", "6.8 million gallons per day", "up to 462,000 gallons of oil a
 * day"): that is an amount's unit, which a title keeps, not a date; without it a rate reads as a
 * quantity ("a leak of 6.8 million gallons").
 */
export function rateDate(tokens: readonly Token[], a: number, z: number): boolean {
  if (z !== a + 1 || !PER.test(tokens[a]!.text) || !UNIT.test(tokens[z]!.text)) return false;
  // (Not before a clause that goes on from the amount: "the 5,000 barrels per day | the company had
  // said …", whose subject the rate's noun would seem to be.)
  if (/^(?:DET|NOUN|PROPN|PRON|NUM|ADJ)$/.test(tokens[z + 1]?.pos ?? 'PUNCT')) return false;
  // A number shortly before, past its unit and an "of" phrase ("gallons of oil"), no verb between.
  for (let i = a - 1; i >= 0 && i >= a - 5; i--) {
    const t = tokens[i]!;
    if (t.pos === 'NUM' || /^\$?\d/.test(t.text)) return true;
    if (!/^(?:NOUN|ADJ|ADP|SYM|PUNCT)$/.test(t.pos) || t.text === ',') return false;
  }
  return false;
}
