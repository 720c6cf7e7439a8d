import type { Token } from '../nlp/annotate.ts';
import { prepositionInWordsSaid } from './wordsSaidPreposition.ts';

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

/**
 * Verbs whose "that" opens the clause they tell: `titles/words.ts` CLAUSE_VERBS (which this stage
 * cannot import: titles import clauses) and verbs of deciding and finding.
 */
const CLAUSE_VERB_LEMMAS =
  /^(?:say|tell|report|announce|claim|believe|think|know|add|warn|insist|confirm|deny|suggest|show|indicate|acknowledge|state|note|argue|fear|hope|expect|reveal|predict|estimate|explain|write|quote|agree|decide|ensure|mean|find|learn|ask|demand|urge|feel|hear|rule|order|conclude|admit|allege|stress)$/;

/** A dash that sets an aside apart ("-", "–", "—", "--" as a token of its own). */
/** A dash as written between words: a hyphen, an en or em dash, or two hyphens. */
export const DASH = /^(?:-|–|—|--)$/;
const isDash = (t: Token): boolean => t.pos === 'PUNCT' && DASH.test(t.text);
const lower = (t: Token | undefined): string => (t ? t.text.toLowerCase() : '');
const isVerbal = (t: Token | undefined): boolean => t !== undefined && (t.pos === 'VERB' || t.pos === 'AUX');

/** Whether a verb (not an auxiliary) stands among `tokens[from..to)`. */
function verbWithin(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokens[k]!.pos === 'VERB') return true;
  return false;
}

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
      !prepositionInWordsSaid(tokens, i, CLAUSE_VERB_LEMMAS) &&
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
      (finiteAt(tokens, i, i) || (t.pos === 'ADV' && !/ly$/.test(w) && finiteAt(tokens, i, i + 1))) &&
      (starts.at(-1)?.kind === 'relative' || subjectAside(tokens, starts))
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
      !CLAUSE_VERB_LEMMAS.test(prev.lemma) &&
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

const titled = new WeakMap<readonly Clause[], readonly Clause[]>();

/**
 * The clauses titles are cut from: a relative clause set apart by dashes split off (see
 * `splitClauses`), and a fronted subordinate clause set apart from the main clause after it (see
 * `frontedSubordinate`): "Since the rig exploded in April, | thousands of barrels …" titles each
 * clause on its own. Dating keeps the plain split, under which a date in the opening clause also
 * dates the main clause's happening ("After talks collapsed on Friday, fighting broke out").
 */
export function titleClauses(tokens: readonly Token[], clauses: readonly Clause[]): readonly Clause[] {
  let out = titled.get(clauses);
  if (!out) {
    const dashed = tokens.some((t, i) => isDash(t) && RELATIVES.has(lower(tokens[i + 1])));
    const base = dashed ? splitClauses(tokens, true) : clauses;
    const starts = base.map((c) => ({ at: c.from, kind: c.kind }));
    frontedSubordinate(tokens, starts);
    participleAsides(tokens, starts);
    dashClauses(tokens, starts);
    dashedInsideRelative(tokens, starts);
    namingAs(tokens, starts);
    const same =
      base === clauses &&
      starts.length === clauses.length &&
      starts.every((s, k) => s.kind === clauses[k]!.kind);
    out = same
      ? clauses
      : starts.map((s, k) => ({ from: s.at, to: starts[k + 1]?.at ?? tokens.length, kind: s.kind }));
    titled.set(clauses, out);
  }
  return out;
}

/**
 * "what it described | as armed terrorists": an "as" right after a verb of naming or regarding
 * opens its complement, no clause; the clause goes on.
 */
function namingAs(tokens: readonly Token[], starts: Array<{ at: number; kind: ClauseKind }>): void {
  for (let k = starts.length - 1; k > 0; k--) {
    const at = starts[k]!.at;
    const verb = tokens[at - 1];
    if (
      lower(tokens[at]) === 'as' &&
      verb?.pos === 'VERB' &&
      /^(?:describe|refer|see|regard|brand|label|know|view|treat|classify|define|dub|portray|characterise|characterize|denounce|condemn)$/.test(
        verb.lemma,
      )
    )
      starts.splice(k, 1);
  }
}

/**
 * "Baroness Amos, who visited the city of Homs - including the district of Baba Amr - | said …": a
 * relative clause set off by its comma, with an aside between dashes, ends at the closing dash when
 * a finite verb follows it; the clause it interrupted goes on (a coordinate clause).
 */
function dashedInsideRelative(
  tokens: readonly Token[],
  starts: Array<{ at: number; kind: ClauseKind }>,
): void {
  for (let k = 0; k < starts.length; k++) {
    const s = starts[k]!;
    if (
      s.kind !== 'relative' ||
      tokens[s.at - 1]?.text !== ',' ||
      !/^(?:who|which)$/i.test(tokens[s.at]!.text)
    )
      continue;
    const to = starts[k + 1]?.at ?? tokens.length;
    const dashes: number[] = [];
    for (let i = s.at + 2; i < to; i++) if (isDash(tokens[i]!)) dashes.push(i);
    if (dashes.length !== 2) continue;
    const verb = tokens[dashes[1]! + 1];
    const finite =
      verb !== undefined &&
      (verb.pos === 'AUX' ||
        (verb.pos === 'VERB' && verb.lemma !== verb.text.toLowerCase() && !/ing$/i.test(verb.text)));
    if (finite && dashes[1]! + 1 < to) starts.splice(k + 1, 0, { at: dashes[1]! + 1, kind: 'coordinate' });
  }
}

/**
 * "The city has become a focus of unrest - | more than 100 people have been killed there": a lone
 * dash (no second one closes an aside) before a clause with a verb of its own starts that clause.
 */
function dashClauses(tokens: readonly Token[], starts: Array<{ at: number; kind: ClauseKind }>): void {
  // (A dash with a space on each side, not one inside a word: "a mile-deep well".)
  const spaced = (i: number) =>
    (tokens[i - 1] === undefined || tokens[i - 1]!.end < tokens[i]!.start) &&
    (tokens[i + 1] === undefined || tokens[i]!.end < tokens[i + 1]!.start);
  const dashes = tokens.flatMap((t, i) =>
    /^(?:-|--)$/.test(t.text) && t.pos === 'PUNCT' && spaced(i) ? [i] : [],
  );
  if (dashes.length !== 1) return;
  const at = dashes[0]! + 1;
  // (A clause: a subject, then its verb before any conjunction; not "an oil - siphoning cap".)
  if (
    at >= tokens.length - 1 ||
    /^(?:VERB|AUX|PUNCT)$/.test(tokens[at]!.pos) ||
    !verbFollows(tokens, at, 8) ||
    starts.some((s) => s.at === at)
  )
    return;
  const k = starts.findIndex((s) => s.at > at);
  starts.splice(k < 0 ? starts.length : k, 0, { at, kind: 'coordinate' });
}

/**
 * "Hillary Clinton, while criticising Russia's support of the regime, | reiterated that …": an aside
 * between commas that a subordinator and a participle open ends at the comma before a finite verb,
 * where the clause it interrupts goes on (a coordinate clause, whose subject is before the aside).
 */
function participleAsides(tokens: readonly Token[], starts: Array<{ at: number; kind: ClauseKind }>): void {
  for (let k = 0; k < starts.length; k++) {
    const s = starts[k]!;
    if (
      s.kind !== 'subordinate' ||
      tokens[s.at - 1]?.text !== ',' ||
      !SUBORDINATORS.has(lower(tokens[s.at])) ||
      !(tokens[s.at + 1]?.pos === 'VERB' && /ing$/i.test(tokens[s.at + 1]!.text))
    )
      continue;
    const end = starts[k + 1]?.at ?? tokens.length;
    for (let c = s.at + 2; c < end - 1; c++) {
      const v = tokens[c + 1]!;
      const finite = v.pos === 'AUX' || (v.pos === 'VERB' && !/ing$/i.test(v.text) && v.lemma !== lower(v));
      if (tokens[c]!.text === ',' && finite) {
        starts.splice(k + 1, 0, { at: c + 1, kind: 'coordinate' });
        break;
      }
    }
  }
}

/**
 * "Since the rig exploded in April, | thousands of barrels have been gushing …", "After talks
 * collapsed, | fighting broke out": a sentence that opens with a subordinator and a verb of its own
 * is a subordinate clause up to the first comma after that verb where the main clause takes over
 * (a subject and its finite verb follow, not a relative pronoun nor a conjunction).
 */
function frontedSubordinate(tokens: readonly Token[], starts: Array<{ at: number; kind: ClauseKind }>): void {
  if (starts[0]?.kind !== 'main') return;
  const first = tokens[0];
  if (
    !first ||
    !SUBORDINATORS.has(lower(first)) ||
    !(first.pos === 'SCONJ' || first.pos === 'ADP' || first.pos === 'ADV') ||
    !verbFollows(tokens, 1, 8)
  )
    return;
  const verb = tokens.findIndex((t, i) => i > 0 && isVerbal(t));
  // A verb with its subject before it ("the rig exploded", "it first appeared"), not a participle
  // before its noun ("As a result of the first confirmed case, …").
  const subjectBefore = (i: number) => /^(?:NOUN|PROPN|PRON|AUX|PART)$/.test(tokens[i]?.pos ?? '');
  const v = tokens[verb]!;
  if (
    !(
      v.pos === 'AUX' ||
      subjectBefore(verb - 1) ||
      (tokens[verb - 1]?.pos === 'ADV' && subjectBefore(verb - 2))
    )
  )
    return;
  const limit = starts[1]?.at ?? tokens.length;
  for (let c = verb + 1; c < limit && c < tokens.length - 2; c++) {
    if (tokens[c]!.text !== ',') continue;
    const next = tokens[c + 1]!;
    // "After talks collapsed, fighting broke out": a gerund there is the main clause's subject.
    const gerund =
      starts[1]?.at === c + 1 && starts[1].kind === 'participial' && verbFollows(tokens, c + 2, 4);
    if (
      !gerund &&
      (RELATIVES.has(lower(next)) || next.pos === 'CCONJ' || isVerbal(next) || next.pos === 'ADP')
    )
      return;
    if (!gerund && !verbFollows(tokens, c + 1, 12, true)) return;
    starts[0] = { at: 0, kind: 'subordinate' };
    if (gerund) starts[1] = { at: c + 1, kind: 'main' };
    else starts.splice(1, 0, { at: c + 1, kind: 'main' });
    return;
  }
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
