import type { Token } from '../nlp/annotate.ts';
import { auxBeforeParticiple } from './auxBeforeParticiple.ts';
import { CLAUSE_OPENING_VERBS } from './clauseVerbs.ts';
import { isDash, isVerbal, lower, RELATIVES, SUBORDINATORS, verbFollows } from './clauseWords.ts';
import { prepositionInWordsSaid } from './wordsSaidPreposition.ts';

/** How a clause hangs on the sentence: the first clause is `main`; the others say how they begin. */
export type ClauseKind = 'main' | 'subordinate' | 'relative' | 'participial' | 'coordinate' | 'complement';

/** A clause of a sentence as a token range `[from, to)` of the sentence's tokens. */
export interface Clause {
  readonly from: number;
  readonly to: number;
  readonly kind: ClauseKind;
}

// Participles that work as prepositions: ", including the UK," is no clause of its own.
const PREPOSITIONAL_ING = new Set(
  'including according regarding concerning following excluding considering'.split(' '),
);

/** Whether a verb (not an auxiliary) stands among `tokens[from..to)`. */
function verbWithin(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokens[k]!.pos === 'VERB') return true;
  return false;
}

/**
 * Splits a sentence's tokens into clauses from parts of speech: at semicolons, colons and dashes;
 * at a subordinator that opens a clause with a verb of its own ("after talks collapsed"); at a
 * relative pronoun after a comma ("…, which began"); at ", and"/", but" before a new verb; at a
 * comma before a participle (", killing five"); and at "that" after a verb ("said that …").
 * With `dashRelatives`, a relative pronoun after a dash opens a relative clause too ("Mr Assad -
 * who inherited power in 2000 - had moved"): titles take it (see `titleClauses`); dating keeps the
 * split its attachment model was trained on.
 * Without a dependency parser this is an approximation, tuned for news prose.
 */
export function splitClauses(tokens: readonly Token[], dashRelatives = false): Clause[] {
  const aside = (x: Token) => x.text === ',' || (dashRelatives && isDash(x));
  const starts: Array<{ at: number; kind: ClauseKind }> = [{ at: 0, kind: 'main' }];
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    const w = lower(t);
    const prev = tokens[i - 1]!;
    // "President Assad - who inherited power in 2000 - had moved": a dash before a relative pronoun
    // opens a relative clause, as a comma does.
    if (
      t.pos === 'PUNCT' &&
      /^[;:—–]$/.test(t.text) &&
      i + 1 < tokens.length &&
      !(dashRelatives && isDash(t) && RELATIVES.has(lower(tokens[i + 1])))
    ) {
      starts.push({ at: i + 1, kind: 'coordinate' });
      continue;
    }
    if (
      SUBORDINATORS.has(w) &&
      (t.pos === 'SCONJ' || t.pos === 'ADP' || t.pos === 'ADV') &&
      // "who once cultivated ties": inside a clause, "once" is an adverb of time.
      !(w === 'once' && prev.pos !== 'PUNCT') &&
      // "as many as 50 people were killed": the second "as" of a comparison opens no clause.
      // "stars such as Beyonce re-working their performances": nor does "such as", which gives examples.
      !(w === 'as' && /^(?:many|much|few|well|such)$/i.test(prev.text)) &&
      // "quoted Mr Assad as saying": the words quoted, not a clause of time or reason.
      !(w === 'as' && /^(?:saying|telling|describing|calling|warning)$/i.test(tokens[i + 1]?.text ?? '')) &&
      // "present itself as a government-in-waiting set to replace Assad": a role, whose participle
      // with its infinitive describes it.
      !(w === 'as' && asRole(tokens, i)) &&
      !prepositionInWordsSaid(tokens, i, CLAUSE_OPENING_VERBS) &&
      verbFollows(tokens, i + 1, 6)
    ) {
      starts.push({ at: i, kind: 'subordinate' });
      continue;
    }
    // "…, in which he said": a preposition that carries a relative pronoun opens the clause.
    if (prev.text === ',' && t.pos === 'ADP' && RELATIVES.has(lower(tokens[i + 1]))) {
      starts.push({ at: i, kind: 'relative' });
      i++;
      continue;
    }
    // "fronts that reject the rule …": a relative pronoun right after its noun, then a verb.
    // (Not "offered to prove to Dudley that there's still plenty of oil": a "that" before "there"
    // or before a subject pronoun after a name opens what is said, a name takes no such relative.)
    if (
      (w === 'that' || RELATIVES.has(w)) &&
      !(w === 'that' && saidAfterName(prev, tokens[i + 1])) &&
      (prev.pos === 'NOUN' ||
        prev.pos === 'PROPN' ||
        /^(?:those|anyone|everyone|someone|people)$/i.test(prev.text)) &&
      verbFollows(tokens, i + 1, 3)
    ) {
      starts.push({ at: i, kind: 'relative' });
      continue;
    }
    // "…, attacked the headquarters", "Lavrov, who visited Damascus, had said": a finite verb or
    // an auxiliary right after a comma takes the clause up again.
    // ("Compaq, which said it discovered the bugs, still plans to announce …": an adverb may come first.)
    // (Only after a comma or dash, so only there: this test ran for every word.)
    if (
      aside(prev) &&
      (finiteAt(tokens, i, i) ||
        auxBeforeParticiple(tokens, i) ||
        (t.pos === 'ADV' && !/ly$/.test(w) && finiteAt(tokens, i, i + 1))) &&
      (starts.at(-1)?.kind === 'relative' ||
        subjectAside(tokens, starts) ||
        withinRelative(tokens, starts, i))
    ) {
      starts.push({ at: i, kind: 'coordinate' });
      continue;
    }
    if (aside(prev) && RELATIVES.has(w)) {
      starts.push({ at: i, kind: 'relative' });
      continue;
    }
    if (prev.text === ',' && (w === 'and' || w === 'but') && verbFollows(tokens, i + 1, 5)) {
      starts.push({ at: i, kind: 'coordinate' });
      continue;
    }
    if (prev.text === ',' && t.pos === 'VERB' && /ing$/i.test(t.text) && !PREPOSITIONAL_ING.has(w)) {
      starts.push({ at: i, kind: 'participial' });
      continue;
    }
    // "said that …", "said on Friday that troops will leave" (the library may tag it a determiner).
    // (Tested first: the rest of this test looks around the word, and runs for every other word.)
    if (w !== 'that' || (t.pos !== 'SCONJ' && t.pos !== 'DET')) continue;
    const afterVerb = isVerbal(prev) || verbWithin(tokens, Math.max(0, i - 4), i);
    // An apposition may stand between: "that the Afghan Special Forces, formed of elite fighters, had killed".
    // (Not a demonstrative right after a verb of action, its noun's phrase ending: "to reach that
    // capacity until mid-July".)
    const demonstrative =
      prev.pos === 'VERB' &&
      !CLAUSE_OPENING_VERBS.test(prev.lemma) &&
      tokens[i + 1]?.pos === 'NOUN' &&
      /^(?:ADP|PUNCT)$/.test(tokens[i + 2]?.pos ?? '');
    if (
      (afterVerb || lower(tokens[i + 1]) === 'there') &&
      !demonstrative &&
      verbFollows(tokens, i + 1, 14, true)
    )
      starts.push({ at: i, kind: 'complement' });
  }
  return starts.map((s, k) => ({ from: s.at, to: starts[k + 1]?.at ?? tokens.length, kind: s.kind }));
}

/** Whether `tokens[k]` is a finite verb, or an auxiliary before one, for the word at `i` (see `splitClauses`). */
function finiteAt(tokens: readonly Token[], i: number, k: number): boolean {
  const x = tokens[k];
  const xw = x?.text.toLowerCase() ?? '';
  return (
    (x?.pos === 'VERB' && (/ed$/.test(xw) || x.lemma !== xw) && !(k > i && /ing$/.test(xw))) ||
    (x?.pos === 'AUX' && verbFollows(tokens, k + 1, 2))
  );
}

/** "Dudley | that he …", "anyone | that there is …": "that" opening a clause, not a relative. */
function saidAfterName(prev: Token, next: Token | undefined): boolean {
  const w = lower(next);
  return w === 'there' || (prev.pos === 'PROPN' && /^(?:he|she|they|we|i|you)$/.test(w));
}

/**
 * Whether the last clause begun is a participle set off by a comma inside the subject, before any
 * verb ("The BBC's Jim Muir, | reporting from Beirut, | says …"): the verb after its closing comma
 * takes the main clause up again.
 */
function subjectAside(
  tokens: readonly Token[],
  starts: readonly { at: number; kind: ClauseKind }[],
): boolean {
  const last = starts.at(-1);
  if (last?.kind !== 'participial' || starts.length !== 2) return false;
  const before = tokens[last.at - 2];
  return (
    (before?.pos === 'NOUN' || before?.pos === 'PROPN') &&
    !tokens.slice(0, last.at).some((x) => x.pos === 'VERB' || x.pos === 'AUX')
  );
}

/**
 * Whether the last clause begun lies inside a relative clause set off by a comma, with no comma
 * between them ("Alleyn's school, which closed | after pupils were diagnosed on Monday, | said …"):
 * the verb after the comma at `i` - 1 closes the aside and takes the main clause up again, as after
 * the relative clause itself.
 */
function withinRelative(
  tokens: readonly Token[],
  starts: readonly { at: number; kind: ClauseKind }[],
  i: number,
): boolean {
  let r = starts.length - 1;
  while (r > 0 && (starts[r]!.kind === 'subordinate' || starts[r]!.kind === 'participial')) r--;
  if (r === starts.length - 1 || starts[r]!.kind !== 'relative' || tokens[starts[r]!.at - 1]?.text !== ',')
    return false;
  return !tokens.slice(starts[r]!.at, i - 1).some((x) => x.text === ',');
}

/** "as a government-in-waiting set to replace …": "as", a noun phrase and a participle before "to". */
function asRole(tokens: readonly Token[], i: number): boolean {
  let j = i + 1;
  if (tokens[j]?.pos !== 'DET') return false;
  while (/^(?:DET|ADJ|NOUN|PROPN)$/.test(tokens[j]?.pos ?? '')) j++;
  return (
    /^(?:set|poised|expected|due|about|able|likely|ready|designed|meant|intended)$/i.test(
      tokens[j]?.text ?? '',
    ) && tokens[j + 1]?.text.toLowerCase() === 'to'
  );
}

/** The clause that holds token `i`. */
export function clauseOf(clauses: readonly Clause[], i: number): Clause {
  return clauses.find((c) => i >= c.from && i < c.to) ?? clauses[clauses.length - 1]!;
}
