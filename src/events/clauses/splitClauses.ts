import type { Token } from '../nlp/annotate.ts';

/** How a clause hangs on the sentence: the first clause is `main`; the others say how they begin. */
export type ClauseKind = 'main' | 'subordinate' | 'relative' | 'participial' | 'coordinate' | 'complement';

/** A clause of a sentence as a token range `[from, to)` of the sentence's tokens. */
export interface Clause {
  readonly from: number;
  readonly to: number;
  readonly kind: ClauseKind;
}

const SUBORDINATORS = new Set(
  'after before since until till while when whenever as because although though whereas unless if whether once'.split(
    ' ',
  ),
);
const RELATIVES = new Set('which who whom whose where'.split(' '));
// Participles that work as prepositions: ", including the UK," is no clause of its own.
const PREPOSITIONAL_ING = new Set(
  'including according regarding concerning following excluding considering'.split(' '),
);

const lower = (t: Token | undefined): string => (t ? t.text.toLowerCase() : '');
const isVerbal = (t: Token | undefined): boolean => t !== undefined && (t.pos === 'VERB' || t.pos === 'AUX');

/** Whether a finite verb follows within `span` tokens, before punctuation: a clause, not a phrase. */
function verbFollows(tokens: readonly Token[], from: number, span: number, commas = false): boolean {
  for (let i = from; i < tokens.length && i < from + span; i++) {
    const t = tokens[i]!;
    if (t.pos === 'PUNCT' && !(commas && t.text === ',')) return false;
    // "since last weekend and has filed …": a verb after "and" has a clause of its own.
    if (t.pos === 'CCONJ' && !commas) return false;
    if (isVerbal(t)) return true;
  }
  return false;
}

/**
 * Splits a sentence's tokens into clauses from parts of speech: at semicolons, colons and dashes;
 * at a subordinator that opens a clause with a verb of its own ("after talks collapsed"); at a
 * relative pronoun after a comma ("…, which began"); at ", and"/", but" before a new verb; at a
 * comma before a participle (", killing five"); and at "that" after a verb ("said that …").
 * Without a dependency parser this is an approximation, tuned for news prose.
 */
export function splitClauses(tokens: readonly Token[]): Clause[] {
  const starts: Array<{ at: number; kind: ClauseKind }> = [{ at: 0, kind: 'main' }];
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    const w = lower(t);
    const prev = tokens[i - 1]!;
    if (t.pos === 'PUNCT' && /^[;:—–]$/.test(t.text) && i + 1 < tokens.length) {
      starts.push({ at: i + 1, kind: 'coordinate' });
      continue;
    }
    if (
      SUBORDINATORS.has(w) &&
      (t.pos === 'SCONJ' || t.pos === 'ADP' || t.pos === 'ADV') &&
      // "who once cultivated ties": inside a clause, "once" is an adverb of time.
      !(w === 'once' && prev.pos !== 'PUNCT') &&
      // "quoted Mr Assad as saying": the words quoted, not a clause of time or reason.
      !(w === 'as' && /^(?:saying|telling|describing|calling|warning)$/i.test(tokens[i + 1]?.text ?? '')) &&
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
    if (
      (w === 'that' || RELATIVES.has(w)) &&
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
    const finite =
      (t.pos === 'VERB' && (/ed$/.test(w) || t.lemma !== w)) ||
      (t.pos === 'AUX' && verbFollows(tokens, i + 1, 2));
    if (prev.text === ',' && finite && starts.at(-1)?.kind === 'relative') {
      starts.push({ at: i, kind: 'coordinate' });
      continue;
    }
    if (prev.text === ',' && RELATIVES.has(w)) {
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
    const afterVerb = isVerbal(prev) || tokens.slice(Math.max(0, i - 4), i).some((x) => x.pos === 'VERB');
    // An apposition may stand between: "that the Afghan Special Forces, formed of elite fighters, had killed".
    if (
      w === 'that' &&
      (t.pos === 'SCONJ' || t.pos === 'DET') &&
      afterVerb &&
      verbFollows(tokens, i + 1, 14, true)
    )
      starts.push({ at: i, kind: 'complement' });
  }
  return starts.map((s, k) => ({ from: s.at, to: starts[k + 1]?.at ?? tokens.length, kind: s.kind }));
}

/** The clause that holds token `i`. */
export function clauseOf(clauses: readonly Clause[], i: number): Clause {
  return clauses.find((c) => i >= c.from && i < c.to) ?? clauses[clauses.length - 1]!;
}
