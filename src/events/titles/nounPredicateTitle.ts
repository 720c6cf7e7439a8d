import { clauseOf } from '../clauses/splitClauses.ts';
import type { Token } from '../nlp/annotate.ts';
import type { SentenceParse } from '../sentenceParse.ts';
import type { Trigger } from '../triggers/findTriggers.ts';
import { asWrittenCut } from './asWritten.ts';
import { assemble, type CutTitle, clauseRun } from './deletionTitle.ts';
import { cutOf } from './heldCuts.ts';
import { complementPastDate } from './nounObjectTitle.ts';
import { TITLE_MAX_WORDS } from './words.ts';

/** Finite forms of "be": the predicate is the clause's own, not an infinitive's ("to be behind"). */
const FINITE_BE = /^(?:is|are|was|were|am|'s|’s|'re|’re)$/i;

/** Where the phrase of the noun at `n` opens, as the index of the word before it (its preposition, if any). */
function beforePhrase(tokens: readonly Token[], n: number): number {
  let i = n - 1;
  while (
    i > 0 &&
    n - i <= 6 &&
    (/^(?:DET|ADJ|NUM|PROPN)$/.test(tokens[i]!.pos) ||
      /^(?:its|his|her|their|our)$/i.test(tokens[i]!.text) ||
      /^['’]s$/.test(tokens[i]!.text) ||
      // ("an apparent asthma attack": a noun before the noun.)
      (tokens[i]!.pos === 'NOUN' && /^\p{Ll}/u.test(tokens[i]!.text) && tokens[i + 1]?.pos === 'NOUN'))
  )
    i--;
  return i;
}

/**
 * The finite "be" whose predicate a phrase at `prep` (a preposition) ends: right after it or after
 * an adjective or participle the tagger calls one ("were behind", "was responsible for", "were
 * deeply embarrassed by"), over a noun phrase with its own preposition in between ("embarrassed
 * by Barton's apology to BP | during"); within the clause, with no verb, comma or conjunction
 * between. Undefined otherwise.
 */
function beOfPredicate(p: SentenceParse, prep: number, from: number): number | undefined {
  const { tokens } = p.s;
  for (let i = prep - 1; i >= from && prep - i <= 10; i--) {
    const t = tokens[i]!;
    if (t.pos === 'AUX') {
      if (!FINITE_BE.test(t.text) || /^there$/i.test(tokens[i - 1]?.text ?? '')) return undefined;
      // What it is said to be: a preposition or an adjective (past adverbs), not a noun phrase
      // ("was the target of") nor a verb ("were killed in", told by that verb).
      let k = i + 1;
      while (tokens[k]?.pos === 'ADV') k++;
      const said = tokens[k];
      if (said?.pos === 'ADJ') return i;
      // A place or a time right after "be" ("was at the speech", "were in the forecast", "was
      // before the accident") says where or when its subject stood, not what it did: only a
      // doer's "behind", a state's "under" ("under attack") or a bare noun's "in" ("in charge", "in court").
      return said?.pos === 'ADP' &&
        (/^(?:behind|under)$/i.test(said.text) || (/^in$/i.test(said.text) && tokens[k + 1]?.pos === 'NOUN'))
        ? i
        : undefined;
    }
    if (
      !/^(?:NOUN|PROPN|DET|ADJ|NUM|ADP|ADV|PART)$/.test(t.pos) &&
      !/^(?:its|his|her|their|our)$/i.test(t.text)
    )
      return undefined;
  }
  return undefined;
}

/**
 * The clause as written from `from` (past its conjunction or subordinator: "as | President Barack
 * Obama is due …") to `end`, dates and asides left out.
 */
function runFrom(p: SentenceParse, from: number, end: number): CutTitle | undefined {
  const { tokens } = p.s;
  let i = from;
  while (i < end && /^(?:SCONJ|CCONJ|ADV|PUNCT)$/.test(tokens[i]!.pos)) i++;
  const run = clauseRun(tokens, i, end + 1, p.dates, TITLE_MAX_WORDS);
  return run.length >= 3 ? assemble(tokens, run, TITLE_MAX_WORDS) : undefined;
}

/**
 * "Syrian troops and militia were behind | the Houla massacre of 108 people", "Republicans were
 * deeply embarrassed by Barton's apology to BP during | a House hearing": an event noun whose phrase
 * a preposition opens in what a finite "be" says of its subject is told by that clause as written
 * from its subject to the end of the noun's phrase, so that who did it, or what was done at it, is
 * not lost. Undefined when the phrase opens with "of" (the noun completes another), or the clause's
 * subject names nothing ("It was behind …", a subject the run does not open with).
 */
export function predicateCut(p: SentenceParse, trigger: Trigger): CutTitle | undefined {
  const { tokens } = p.s;
  const n = trigger.index;
  // ("was involved in the fateful decision late April 20 | to continue …": a noun whose own phrase
  // goes on past its date with what it decided or told says the point itself.)
  if (complementPastDate(p, trigger, cutOf(p, n))) return undefined;
  const prep = beforePhrase(tokens, n);
  // (Not a noun another completes, "of", nor a standard of comparison: "far tougher … than the
  // Senate hearings".)
  if (tokens[prep]?.pos !== 'ADP' || /^(?:of|than|like|as)$/i.test(tokens[prep]!.text)) return undefined;
  const clause = clauseOf(p.clauses, n);
  const be = beOfPredicate(p, prep, clause.from);
  if (be === undefined) return undefined;
  // ("the question of | who was in charge": a question asked, no relative clause of a noun.)
  const pronoun =
    clause.kind === 'relative'
      ? clause.from
      : /^(?:who|what|which)$/i.test(tokens[be - 1]?.text ?? '')
        ? be - 1
        : -1;
  if (pronoun >= 0 && !/^(?:NOUN|PROPN|PUNCT)$/.test(tokens[pronoun - 1]?.pos ?? '')) return undefined;
  const end = Math.max(n, ...cutOf(p, n).kept);
  const cut = clause.kind === 'relative' ? asWrittenCut(p, be, end - be + 1) : runFrom(p, clause.from, end);
  if (!cut?.kept.includes(n) || !cut.kept.includes(be)) return undefined;
  const first = tokens[cut.kept[0]!]!;
  const at = cut.kept.indexOf(be);
  return /^(?:NOUN|PROPN|PRON|DET|ADJ|NUM)$/.test(first.pos) &&
    !/^(?:it|that|this|these|those|there)$/i.test(first.text) &&
    at > 0 &&
    tokens[cut.kept[at - 1]!]!.text !== ','
    ? cut
    : undefined;
}
