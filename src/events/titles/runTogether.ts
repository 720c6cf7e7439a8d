import type { Token } from '../nlp/annotate.ts';
import { isFiniteVerb } from '../nlp/token.ts';

/*
 * A title is one clause (or a clause and the words it says), never two clauses run together: when
 * the words a title leaves out hold what joined two clauses ("cases[, up from 1,364, and repeated
 * that] 45 people have died", "took the medicine himself[, but the jury decided that] he'd given",
 * "in both humans and animals [now that] the latest strain was found"), the clause without the
 * trigger goes with them. (Not when the words left out deny what follows: "[but it does not mean
 * that] it is causing …" cut to its clause would say the contrary; that title stays as it was. Nor
 * after a frame of saying, whose words said may run past an aside: "told the BBC | the regime …".)
 */

/** Words that join two clauses: a coordinator, a subordinator, a semicolon. */
const JOINER =
  /^(?:and|but|or|yet|;|because|although|though|while|whereas|when|whenever|after|before|since|until|unless|if|as)$/i;

/** A finite verb written small: a capitalised one inside the sentence is a word of a name ("The Associated Press"). */
const verbOfClause = (t: Token, first: boolean): boolean =>
  isFiniteVerb(t) && (first || !/^\p{Lu}/u.test(t.text));

/** Whether the kept words from `n` open a clause of their own: a subject (a few nominal words), then a finite verb. */
function opensClause(tokens: readonly Token[], out: readonly number[], n: number): boolean {
  let m = n;
  while (
    m < out.length &&
    m < n + 6 &&
    out[m] === out[n]! + (m - n) &&
    (/^(?:DET|ADJ|NOUN|PROPN|NUM|SYM|PRON)$/.test(tokens[out[m]!]!.pos) ||
      /^['’]s$/.test(tokens[out[m]!]!.text))
  )
    m++;
  // (Relative pronouns open no clause of their own: "people [--] many who …".)
  if (m === n || /^(?:who|which|that|whom|whose)$/i.test(tokens[out[m - 1]!]!.text)) return false;
  return m < out.length && out[m] === out[m - 1]! + 1 && isFiniteVerb(tokens[out[m]!]!);
}

/** Verbs that say what a clause after them holds ("told the BBC | the regime is breaching …"). */
const SAYING = /^(?:say|tell|add|warn|announce|claim|insist|state|write|explain|note|argue|suggest)$/;

/**
 * Whether the kept words before a gap end on a frame of saying: a verb of saying and at most its
 * hearer ("Another activist told the BBC | [there have been attacks every day and] the regime is
 * breaching the ceasefire"), whose words said the title keeps past the ones it left out.
 */
function sayingFrame(tokens: readonly Token[], before: readonly number[]): boolean {
  const v = before.findLastIndex((i, n) => verbOfClause(tokens[i]!, n === 0));
  if (v < 0 || tokens[before[v]!]!.pos !== 'VERB' || !SAYING.test(tokens[before[v]!]!.lemma)) return false;
  const rest = before.slice(v + 1);
  return (
    rest.length <= 4 &&
    rest.every((i) => !/^(?:VERB|AUX)$/.test(tokens[i]!.pos) || /^\p{Lu}/u.test(tokens[i]!.text))
  );
}

/**
 * Cuts, in place, a title (`out`, kept token indices in sentence order) whose left-out words joined
 * two clauses, to the clause that holds the trigger (see above).
 */
export function splitRunTogether(tokens: readonly Token[], out: number[], trigger: number): void {
  for (let n = 1; n < out.length; n++) {
    const a = out[n - 1]!;
    const b = out[n]!;
    if (b === a + 1) continue;
    const gap = tokens.slice(a + 1, b);
    const joined =
      gap.some((t) => JOINER.test(t.text) && t.pos !== 'ADP' && t.pos !== 'DET') ||
      gap.some((t, m) => /^now$/i.test(t.text) && /^that$/i.test(gap[m + 1]?.text ?? ''));
    if (!joined || gap.some((t) => /^(?:not|n't|never|no)$/i.test(t.text))) continue;
    if (!out.slice(0, n).some((i) => isFiniteVerb(tokens[i]!)) || !opensClause(tokens, out, n)) continue;
    // (The word before the gap ends a clause, not a verb that says what follows: "told reporters | the …".)
    if (/^(?:VERB|AUX|SCONJ|CCONJ|ADP)$/.test(tokens[a]!.pos)) continue;
    if (sayingFrame(tokens, out.slice(0, n))) continue;
    if (trigger >= b) out.splice(0, n);
    else out.length = n;
    return;
  }
}
