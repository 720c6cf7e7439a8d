import { modifiesNoun } from '../anchoring/attachTimex.ts';
import type { SentenceParse } from '../sentenceParse.ts';
import type { Trigger } from '../triggers/findTriggers.ts';
import type { CutTitle } from './deletionTitle.ts';
import { cutOf } from './heldCuts.ts';

/** Words a possessive date is made of before its "'s": "Sunday's", "last week's", "yesterday's". */
const DATE_WORD =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|last|this|next|week|weekend|month|year|night|morning|afternoon|evening|\d{4})$/i;

/**
 * "During Sunday's news conference, | Mr Allen also defended the use of chemical dispersants", "At
 * Tuesday's congressional hearing, | executives … declined to answer": a phrase that opens the
 * sentence with "at", "during", "in" or "on" and a possessive date before the happening's noun
 * tells when the main clause after its comma happened; that clause, with its subject, is the title.
 * Undefined when the phrase has a verb of its own or the clause after it names no one.
 */
export function openingDatedPhraseCut(p: SentenceParse, trigger: Trigger): CutTitle | undefined {
  const { tokens } = p.s;
  if (!/^(?:at|during|in|on)$/i.test(tokens[0]?.text ?? '')) return undefined;
  // The possessive date, then the noun's modifiers: "| Sunday 's | news conference".
  let i = 1;
  while (i < trigger.index && i <= 3 && DATE_WORD.test(tokens[i]!.text)) i++;
  if (i === 1 || !/^['’]s$/.test(tokens[i]?.text ?? '')) return undefined;
  for (let k = i + 1; k < trigger.index; k++)
    if (!/^(?:ADJ|NOUN|PROPN|NUM)$/.test(tokens[k]!.pos) || trigger.index - i > 5) return undefined;
  const comma = tokens.findIndex((t, j) => j > trigger.index && t.text === ',');
  if (comma < 0 || comma - trigger.index > 10) return undefined;
  if (tokens.slice(trigger.index + 1, comma).some((t) => t.pos === 'VERB' || t.pos === 'AUX'))
    return undefined;
  // The main verb past the subject's list or apposition ("executives from Exxon Mobil, Chevron …
  // declined", "Joe Barton of Texas, the biggest recipient of …, stunned").
  for (let v = comma + 1; v < tokens.length && v - comma <= 24; v++) {
    const t = tokens[v]!;
    if (t.pos === 'SCONJ' || (t.pos === 'PUNCT' && t.text !== ',')) return undefined;
    if (t.pos !== 'VERB' || modifiesNoun(tokens, v)) continue;
    const cut = cutOf(p, v);
    return cut.subjectless || Math.min(...cut.kept) <= comma ? undefined : cut;
  }
  return undefined;
}
