import { clauseOf } from '../clauses/splitClauses.ts';
import type { SentenceParse } from '../sentenceParse.ts';
import { assemble, type CutTitle, clauseRun } from './deletionTitle.ts';
import { TITLE_MAX_WORDS } from './words.ts';

/**
 * A weak cut's stand-in: the sentence as written from the start of the main clause to just past the
 * word at `index` ("Alex Thomson of Channel 4 News … has filed a remarkable series of reports"), dates
 * and asides left out, when that is short enough to read as a title. The run reaches `reach` words
 * past it, within the word's clause.
 */
export function asWritten(p: SentenceParse, index: number, reach = 12): string | undefined {
  return asWrittenCut(p, index, reach)?.text;
}

/** `asWritten` as a cut, with the words it keeps. */
export function asWrittenCut(p: SentenceParse, index: number, reach = 12): CutTitle | undefined {
  const { tokens } = p.s;
  const clause = clauseOf(p.clauses, index);
  const main = p.clauses.find((c) => c.kind === 'main') ?? clause;
  const end = Math.min(clause.to, index + reach);
  let run = clauseRun(tokens, main.from, end, p.dates, TITLE_MAX_WORDS);
  // "For the quarter ended Sept. 30, XYZ reported net income …": the words after the last comma
  // before the verb, when the opening phrase ends the run before it.
  if (!run.includes(index)) {
    const comma = tokens.slice(0, index).findLastIndex((t) => t.text === ',');
    if (comma >= 0) run = clauseRun(tokens, comma + 1, end, p.dates, TITLE_MAX_WORDS);
  }
  if (!run.includes(index) || run.length < 3) return undefined;
  // "Sen. Richard Shelby, R-Ala., who met with Feinberg": the run of a relative clause's verb drops
  // the pronoun, which the antecedent before it now stands for.
  if (clause.kind === 'relative' && /^(?:who|which|that)$/i.test(tokens[clause.from]!.text))
    run = run.filter((i) => i !== clause.from);
  return assemble(tokens, run, TITLE_MAX_WORDS);
}
