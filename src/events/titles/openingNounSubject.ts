import type { Clause } from '../clauses/splitClauses.ts';
import type { Token } from '../nlp/annotate.ts';
import { namedApposition, onlyAsidesBefore } from './appositions.ts';
import type { SubjectOf } from './subject.ts';
import { CLAUSE_VERBS, isNominal } from './words.ts';

/**
 * The subject of the verb group at `g` when a main clause opens with a noun phrase set off by a
 * comma right before the group ("McBride, 54, of Lewisburg, West Virginia, was"): that phrase, or
 * the name in apposition to its common noun ("The victim, Jacqui Fleming, 38, …, died"); the walk
 * back from the verb (`subjectOf`, tried once, with `opening` set) when it reaches the phrase or
 * finds a verb's subject after it. Undefined when the clause does not open so: `subject` walks back
 * from the verb itself.
 */
export function openingNounSubject(
  tokens: readonly Token[],
  clauses: readonly Clause[],
  clause: Clause,
  g: number,
  skipped: (i: number) => boolean,
  opening: boolean,
  subjectOf: SubjectOf,
): number[] | undefined {
  const j = g - 1;
  let first = clause.from;
  // "Yesterday, the agency quoted …": a date and its comma before the subject are no part of it.
  while (
    first < j &&
    (skipped(first) || (first > clause.from && tokens[first]!.text === ',' && skipped(first - 1)))
  )
    first++;
  if (
    tokens[j]?.text === ',' &&
    clause.kind === 'main' &&
    isNominal(tokens[first]!) &&
    // ("The victim, Jacqui Fleming, 38, from Carnwadric, Glasgow, died": an article's phrase when
    // only asides stand between it and the verb.)
    (tokens[first]!.pos !== 'DET' || onlyAsidesBefore(tokens, first, j, g, clause.to)) &&
    // Not for a closing saying past a verb of the words said ("Two new cases have been diagnosed
    // …, the health secretary said").
    !(
      CLAUSE_VERBS.test(tokens.slice(g).find((t) => t.pos === 'VERB')?.lemma ?? '') &&
      // (a finite verb has its auxiliary; "led by the Taliban" is an aside's participle)
      tokens.slice(first, j).some((t) => t.pos === 'AUX')
    )
  ) {
    const out: number[] = [];
    let i = first;
    for (; i < j && out.length < 8; i++) {
      const t = tokens[i]!;
      const joins = /^(?:of|and)$/i.test(t.text) && isNominal(tokens[i + 1] ?? t);
      if (isNominal(t) || joins) out.push(i);
      else break;
    }
    const stop = tokens[i]!;
    // (The phrase runs up to a comma; not "Doctors said the man, in his 30s, was", a verb's subject.)
    if (out.length > 0 && (i === j || stop.text === ',')) {
      // "The victim, Jacqui Fleming, 38, …": a name in apposition to a common noun says who.
      let close = i + 1;
      while (close < j && tokens[close]!.text !== ',') close++;
      // (Not for the last of joined heads: "Johnson and the chief medical officer, Sir Liam Donaldson, will".)
      const name =
        close <= j && tokens[out.at(-1)!]!.pos === 'NOUN' && !out.some((x) => tokens[x]!.pos === 'CCONJ')
          ? namedApposition(tokens, i, close)
          : [];
      return name.length > 0 ? name : out;
    }
    // "Pupils at Welford primary in Handsworth, Birmingham, began": past its preposition, the walk
    // back from the verb finds the phrase whole when it reaches the clause's opening; when it
    // stops inside the preposition's phrase ("Scientists at the lab near Potters Bar in
    // Hertfordshire, one of …, have produced"), the opening noun phrase is the subject.
    // So does a verb's subject after the opening phrase's verb ("Doctors said the man, in his 30s,
    // was"), when the walk finds one (not "BP shares dropped …, then recovered").
    if (out.length > 0 && !opening) {
      const walked = subjectOf(tokens, clauses, clause, g, skipped, true);
      const verb = (stop.pos === 'VERB' && !/ing$/i.test(stop.text)) || stop.pos === 'AUX';
      if (verb) return walked.length > 0 && walked[0]! > i ? walked : out;
      return walked.includes(first) ? walked : out;
    }
  }
  return undefined;
}
