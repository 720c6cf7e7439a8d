import type { Clause } from '../clauses/splitClauses.ts';
import type { Token } from '../nlp/annotate.ts';
import type { CutTitle } from './assemble.ts';
import { finite } from './clauseRun.ts';

/** Words of a verb group that expects its happening: "was supposed to have come", "is due to start". */
const PLANNED = /^(?:supposed|meant|due|expected|scheduled|planned|intended|would|will)$/i;

/** Pronouns that open a relative clause after its noun. */
const PRONOUN = /^(?:that|which|who)$/i;

/**
 * "However, a ceasefire that was supposed to have come into effect in April | never took hold": a
 * relative clause inside the subject of the main clause that expects a happening leaves its outcome
 * to the main verb after it, which carries the news; a title of the relative clause alone ("A
 * ceasefire was supposed to have come into effect") says the opposite of the sentence. The main
 * clause's finite verb right after the relative clause's cut (`kept`, whose last word ends the
 * clause's words, past dates and adverbs), or -1. The noun before the pronoun opens the sentence
 * (past a conjunction or an adverb and its comma) and the cut keeps it.
 */
function mainVerbAfterRelative(
  tokens: readonly Token[],
  clause: Clause,
  kept: ReadonlySet<number>,
  skipped: (i: number) => boolean,
): number {
  const p = clause.from;
  if (clause.kind !== 'relative' || !PRONOUN.test(tokens[p]?.text ?? '')) return -1;
  // (Restrictive only: "Mr Bertolaso, who arrived in Haiti on Friday, described it as …" tells the
  // arrival in an aside, dated by its own date, which titles well alone.)
  const noun = p - 1;
  // (Only a happening the relative clause expects, whose outcome the main clause tells: "The strain
  // that caused the 1918 pandemic | appears to have been …" tells the pandemic, dated by its own date.)
  if (![...kept].some((i) => i > p && PLANNED.test(tokens[i]!.text))) return -1;
  if (!/^(?:NOUN|PROPN)$/.test(tokens[noun]?.pos ?? '') || !kept.has(noun)) return -1;
  // The subject's phrase opens the sentence: "However, a ceasefire", "The man".
  let head = noun;
  while (head > 0 && /^(?:DET|ADJ|NOUN|PROPN|NUM)$/.test(tokens[head - 1]!.pos)) head--;
  for (let i = 0; i < head; i++) if (!/^(?:CCONJ|ADV|PUNCT)$/.test(tokens[i]!.pos) && !skipped(i)) return -1;
  // After the cut's last word: its dates and adverbs, then the verb.
  let v = Math.max(...kept) + 1;
  while (v < tokens.length && skipped(v)) v++;
  while (v < tokens.length && /^(?:ADV|PART)$/.test(tokens[v]!.pos) && !/^to$/i.test(tokens[v]!.text)) v++;
  return v < tokens.length && finite(tokens, v) ? v : -1;
}

/**
 * The words a relative clause's cut (`kept`) in the subject adds to say what the main clause says:
 * its pronoun, and the main verb's group and what its cut (`cutAt`) keeps after it ("A ceasefire
 * that was supposed to have come into effect | never took hold"), when that cut
 * keeps the subject and the whole stays within `budget` words; else [].
 */
export function predicateAfterRelative(
  tokens: readonly Token[],
  clause: Clause,
  kept: ReadonlySet<number>,
  skipped: (i: number) => boolean,
  budget: number,
  cutAt: (v: number) => CutTitle,
): number[] {
  const main = mainVerbAfterRelative(tokens, clause, kept, skipped);
  if (main < 0) return [];
  const told = cutAt(main);
  if (told.subjectless || !told.kept.includes(clause.from - 1)) return [];
  let g = main;
  while (g > 0 && /^(?:AUX|ADV|PART)$/.test(tokens[g - 1]!.pos) && !kept.has(g - 1)) g--;
  const added = [clause.from, ...told.kept.filter((i) => i >= g)];
  const words = [...kept, ...added].filter((i) => !skipped(i) && tokens[i]!.pos !== 'PUNCT').length;
  return words <= budget ? added : [];
}
