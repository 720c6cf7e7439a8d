import { modifiesNoun } from '../anchoring/attachTimex.ts';
import { clauseOf } from '../clauses/splitClauses.ts';
import type { SentenceParse } from '../sentenceParse.ts';
import type { Trigger } from '../triggers/findTriggers.ts';
import { assemble, type CutTitle, clauseRun } from './deletionTitle.ts';
import { cutOf } from './heldCuts.ts';
import { TITLE_MAX_WORDS } from './words.ts';

/**
 * "However, when the convoy reached Baba Amr on 2 March, | it was denied permission to enter": a
 * verb of a "when" clause that opens the sentence, whose main clause after its comma opens on a
 * subject pronoun (it/he/she/they, taken to stand for the "when" clause's doer; agreement is not
 * checked), is titled with that main clause, which tells what happened then
 * ("When the convoy reached Baba Amr, it was denied permission to enter"). Undefined unless the
 * whole of both fits the word limit, the "when" clause has no comma inside and opens on no pronoun
 * (which, first in a title, takes its referent), and the main clause's cut opens on its pronoun and
 * ends on no verb left out.
 */
export function whenClauseCut(p: SentenceParse, trigger: Trigger): CutTitle | undefined {
  const { tokens } = p.s;
  if (trigger.pos !== 'VERB') return undefined;
  const clause = clauseOf(p.clauses, trigger.index);
  if (!/^when$/i.test(tokens[clause.from]?.text ?? '')) return undefined;
  // Only what opens the sentence: "However, | when …".
  if (tokens.slice(0, clause.from).some((t) => !/^(?:ADV|CCONJ|PUNCT)$/.test(t.pos))) return undefined;
  const comma = tokens.findIndex((t, j) => j > trigger.index && t.text === ',');
  if (comma < 0 || !/^(?:it|he|she|they)$/i.test(tokens[comma + 1]?.text ?? '')) return undefined;
  let v = comma + 2;
  while (v < tokens.length && v - comma <= 5 && (tokens[v]!.pos !== 'VERB' || modifiesNoun(tokens, v))) v++;
  if (tokens[v]?.pos !== 'VERB') return undefined;
  const main = cutOf(p, v);
  if (main.subjectless || main.kept[0] !== comma + 1) return undefined;
  // (Not a cut that ends right before a verb of its own: "amazed at how wooded the country | was".)
  if (/^(?:VERB|AUX)$/.test(tokens[Math.max(...main.kept) + 1]?.pos ?? '')) return undefined;
  // (Nor a pronoun opening the "when" clause: set first in the title it takes its referent.)
  if (tokens[clause.from + 1]?.pos === 'PRON') return undefined;
  const opening = clauseRun(tokens, clause.from, comma, p.dates, TITLE_MAX_WORDS, true);
  if (opening[0] !== clause.from || !opening.includes(trigger.index)) return undefined;
  const kept = [...opening, comma, ...main.kept];
  const cut = assemble(tokens, kept, TITLE_MAX_WORDS);
  return cut.kept.length === kept.length ? cut : undefined;
}
