import { type Clause, clauseOf } from '../clauses/splitClauses.ts';
import type { Token } from '../nlp/annotate.ts';

/** A title cut from its sentence: the text and the token indices it keeps, in sentence order. */
export interface CutTitle {
  readonly text: string;
  readonly kept: readonly number[];
  /** A verb's title that found no subject ("Has filed a series of reports"). */
  readonly subjectless?: boolean;
}

/** Options of a cut: spans (offsets) never to keep, such as the date expressions. */
export interface CutOptions {
  readonly skip?: ReadonlyArray<readonly [number, number]>;
  /** Longest title in words; modifiers go first when it is longer. */
  readonly maxWords?: number;
}

const PARTICLES = new Set('out off up down back away over'.split(' '));
const PLACE_PREPOSITIONS = new Set(
  'in at near into on against to from across outside inside around toward towards along with for over as between among'.split(
    ' ',
  ),
);
const GROUP_ADVERBS = new Set(['not', "n't", 'never', 'no']);
const QUOTES = /^(?:["“”‘’'()[\]«»]|``|'')$/;

const isNominal = (t: Token): boolean =>
  t.pos === 'DET' ||
  t.pos === 'ADJ' ||
  t.pos === 'NOUN' ||
  t.pos === 'PROPN' ||
  t.pos === 'NUM' ||
  (t.pos === 'PART' && /^['’]s$/.test(t.text)) ||
  (t.pos === 'SYM' && /^[$%€£]$/.test(t.text)) ||
  (t.pos === 'PRON' && /^(?:his|her|its|their|our|my|your)$/i.test(t.text));

/**
 * A title for the happening named by the trigger at token `k`, cut from the sentence by deletion
 * only: every word of the title stands in the sentence, in the same order; nothing is added,
 * reordered or re-inflected (only the first letter is upper-cased). It keeps the subject, the verb
 * group, the object and one place or complement phrase, and drops dates, attributions, asides and
 * adverbs. For an event noun it keeps the noun phrase with its "of …"/"on …" complement.
 */
export function deletionTitle(
  tokens: readonly Token[],
  clauses: readonly Clause[],
  k: number,
  opts: CutOptions = {},
): CutTitle {
  const skip = opts.skip ?? [];
  const skipped = (i: number): boolean => {
    const t = tokens[i]!;
    const inSkip = (x: Token) => skip.some(([a, b]) => x.start < b && x.end > a);
    // "Friday's attack" without its date: the possessive goes with it.
    const possessiveOfSkipped = /^['’]s$/.test(t.text) && i > 0 && inSkip(tokens[i - 1]!);
    // "said on Friday", "occurred at 07:30": the preposition goes with its date.
    const prepositionOfSkipped =
      (t.pos === 'ADP' || (t.pos === 'SCONJ' && /^(?:since|until|till|before|after)$/i.test(t.text))) &&
      i + 1 < tokens.length &&
      inSkip(tokens[i + 1]!);
    return QUOTES.test(t.text) || inSkip(t) || possessiveOfSkipped || prepositionOfSkipped;
  };
  const clause = clauseOf(clauses, k);
  const trigger = tokens[k]!;
  const kept = new Set<number>();
  let end = k;
  let subjectless = false;
  if (trigger.pos === 'VERB') {
    const g = verbGroup(tokens, clause, k, kept);
    const who = subject(tokens, clauses, clause, skipGap(tokens, g, clause.from, skipped), skipped);
    subjectless = who.filter((x) => !skipped(x)).length === 0;
    for (const i of who) kept.add(i);
    // "broke out", "wrapped up a meeting": a particle directly after the verb.
    const next = tokens[k + 1];
    if (next && next.start === trigger.end + 1 && PARTICLES.has(next.text.toLowerCase())) {
      kept.add(k + 1);
      end = k + 1;
    }
    // What the verb says of its subject: the rest of its clause as written ("put the death toll
    // at 3,838", "accused the West of hegemonistic ambitions"), dates and asides left out, up to a
    // comma once it says something, and within the word budget, cut between phrases.
    const budget = (opts.maxWords ?? 16) - [...kept].filter((x) => !skipped(x)).length - 1;
    for (const i of clauseTail(tokens, end + 1, clause.to, skipped, budget)) kept.add(i);
  } else {
    // An event noun: its modifiers before it, then "of …", "on …", "in …" after it.
    let from = k;
    while (from - 1 >= clause.from && isNominal(tokens[from - 1]!) && k - from < 5) from--;
    for (let i = from; i < k; i++) kept.add(i);
    for (const i of complement(tokens, k + 1, clause.to, skipped, true)) kept.add(i);
  }
  kept.add(k);
  const cut = assemble(
    tokens,
    [...kept].filter((i) => i === k || !skipped(i)),
    opts.maxWords ?? 14,
  );
  return subjectless ? { ...cut, subjectless } : cut;
}

/**
 * The verb group ending at the trigger `k`: auxiliaries, "to", negation, and a verb that governs
 * the trigger ("began delving", "expected to meet"); other adverbs ("reportedly") are dropped.
 * Adds what it keeps to `kept` and returns where the group starts.
 */
function verbGroup(tokens: readonly Token[], clause: Clause, k: number, kept: Set<number>): number {
  let g = k;
  for (let i = k - 1; i >= clause.from; i--) {
    const t = tokens[i]!;
    const w = t.text.toLowerCase();
    // "began delving", "expected to meet", "is due to meet", "is likely to agree".
    const governs =
      (t.pos === 'VERB' ||
        (t.pos === 'ADJ' && /^(?:due|likely|unlikely|able|unable|set|ready|about)$/.test(w))) &&
      i === g - 1 &&
      (tokens[g]!.text.toLowerCase() === 'to' || (t.pos === 'VERB' && /ing$/.test(tokens[g]!.text)));
    if (t.pos === 'AUX' || (t.pos === 'PART' && !/^['’]s$/.test(t.text)) || GROUP_ADVERBS.has(w) || governs) {
      kept.add(i);
      g = i;
    } else if (t.pos === 'ADV' && i === g - 1) g = i;
    else break;
  }
  return g;
}

/**
 * Where the subject ends before a verb group at `g`: past a date and its preposition between them
 * ("American officials over the weekend became", "President Bush yesterday, asked").
 */
function skipGap(
  tokens: readonly Token[],
  g: number,
  floor: number,
  skipped: (i: number) => boolean,
): number {
  let j = g - 1;
  if (tokens[j]?.text === ',' && j - 1 >= floor && skipped(j - 1)) j--;
  if (j < floor || !skipped(j) || tokens[j]!.pos === 'PUNCT') return g;
  while (j >= floor && skipped(j)) j--;
  if (j >= floor && tokens[j]!.pos === 'ADP') j--;
  if (tokens[j]?.text === ',') j--;
  return j + 1;
}

const RELATIVE_SUBJECTS = new Set(['that', 'which', 'who']);

/**
 * The subject of a verb group starting at token `g`: the noun phrase before it, past an apposition
 * ("Mr Karimi, the spokesman, said"); for a relative pronoun, its antecedent ("gains that began" →
 * "gains … began"); for a second verb of a coordination ("… and later served"), the first verb's.
 */
function subject(
  tokens: readonly Token[],
  clauses: readonly Clause[],
  clause: Clause,
  g: number,
  skipped: (i: number) => boolean,
): number[] {
  let j = g - 1;
  let floor = clause.from;
  // "…, which began", "gains that began": the antecedent before the pronoun is the subject.
  if (
    RELATIVE_SUBJECTS.has(tokens[j]?.text.toLowerCase() ?? '') &&
    (j === clause.from || tokens[j]!.pos === 'PRON' || tokens[j]!.pos === 'DET')
  ) {
    j = tokens[j - 1]?.text === ',' ? j - 2 : j - 1;
    floor = 0;
  }
  // "McBride, 54, of Lewisburg, West Virginia, was": a clause that opens with a noun phrase has it as subject.
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
    tokens[first]!.pos !== 'DET'
  ) {
    const out: number[] = [];
    for (let i = first; i < j && out.length < 8; i++) {
      const t = tokens[i]!;
      const joins = /^(?:of|and)$/i.test(t.text) && isNominal(tokens[i + 1] ?? t);
      if (isNominal(t) || joins) out.push(i);
      else break;
    }
    if (out.length > 0) return out;
  }
  // "a group of 10 armed people linked to the fronts that reject the rule, attacked": after a
  // relative clause, the subject is the noun phrase before it.
  const before = clauseOf(clauses, clause.from - 1);
  if (
    clause.kind === 'coordinate' &&
    j === clause.from - 1 &&
    tokens[j]?.text === ',' &&
    before.kind === 'relative' &&
    before.from > 0
  )
    return subject(tokens, clauses, clauseOf(clauses, before.from - 1), before.from, skipped);
  // "Two aides to Netanyahu, political adviser Uzi Arad and …, left": skip the apposition.
  if (tokens[j]?.text === ',') {
    let c = j - 1;
    while (c > Math.max(floor, j - 16) && tokens[c]!.text !== ',') c--;
    if (c > floor && tokens[c]!.text === ',' && isNominal(tokens[c - 1]!)) j = c - 1;
    else return [];
  }
  // "McBride was part of the crew and later served as …": the first verb's subject.
  if ((tokens[j]?.text === 'and' || tokens[j]?.text === 'but') && tokens[j]!.pos === 'CCONJ') {
    // The first verb may stand in the clause before (", and said …" opens a clause of its own).
    const scope = j === clause.from && clause.kind === 'coordinate' ? clauseOf(clauses, j - 1) : clause;
    for (let v = j - 1; v >= scope.from; v--) {
      if (tokens[v]!.pos !== 'VERB' && tokens[v]!.pos !== 'AUX') continue;
      let h = v;
      while (h - 1 >= scope.from && (tokens[h - 1]!.pos === 'AUX' || tokens[h - 1]!.pos === 'ADV')) h--;
      return subject(tokens, clauses, scope, h, skipped);
    }
    return [];
  }
  const out: number[] = [];
  for (; j >= floor && out.length < 16; j--) {
    const t = tokens[j]!;
    const w = t.text.toLowerCase();
    // "said on Friday that troops will leave": "that" after a verb or a date opens the clause.
    if (w === 'that' && j > 0 && !isNominal(tokens[j - 1]!)) break;
    const between = j - 1 >= floor && isNominal(tokens[j - 1]!) && isNominal(tokens[j + 1] ?? t);
    // "The clashes in Balkhab", "the head of the mission": a short phrase inside the subject.
    const inner = /^(?:in|at|on|from|for|to|with)$/.test(w) && between && out.length <= 6;
    // "Fighting broke out": a gerund opening the clause is its subject.
    const gerund = t.pos === 'VERB' && /ing$/.test(w) && j === clause.from;
    if (
      isNominal(t) ||
      gerund ||
      (t.pos === 'PRON' && out.length === 0) ||
      ((w === 'of' || w === 'and') && between) ||
      inner
    )
      out.unshift(j);
    else {
      // "Footage posted on the internet showed", "merchants favored by the regime have tended",
      // "the crackdown launched by Syrian forces after the unveiling … is aimed": what follows a
      // participle is its own phrase; the subject is the noun before the participle.
      // "Amnesty International, Human Rights Watch and the UN rapporteur": a list goes on past its commas.
      if (
        t.text === ',' &&
        out.some((x) => tokens[x]!.text === 'and') &&
        j - 1 >= floor &&
        isNominal(tokens[j - 1]!)
      ) {
        out.unshift(j);
        continue;
      }
      const participle = reducedRelative(tokens, j, floor);
      if (participle === undefined) break;
      out.length = 0;
      j = participle;
      continue;
    }
    if (t.pos === 'PRON' && !isNominal(t)) break;
  }
  // "The UN special rapporteur for Afghanistan human rights": a long subject keeps its head.
  if (out.length > 8) {
    const cut = out.findIndex((i, n) => n > 0 && tokens[i]!.pos === 'ADP');
    if (cut > 0) out.length = cut;
  }
  return out;
}

/**
 * Where a reduced relative clause ends on the left, when the subject walk stops at token `j`: a
 * participle ("posted", "favored") right after a noun, a few nominal or prepositional words before
 * `j`. Returns the index of the participle (the walk goes on left of it), or undefined.
 */
function reducedRelative(tokens: readonly Token[], j: number, floor: number): number | undefined {
  for (let v = j; v >= Math.max(floor + 1, j - 8); v--) {
    const t = tokens[v]!;
    if (t.pos === 'VERB' && /(?:ed|en|wn)$/.test(t.text)) {
      const head = tokens[v - 1]!;
      return head.pos === 'NOUN' || head.pos === 'PROPN' ? v : undefined;
    }
    if (!(isNominal(t) || t.pos === 'ADP' || t.pos === 'CCONJ')) return undefined;
  }
  return undefined;
}

/**
 * The words after a verb to the end of its clause: dates, quotation marks and bracketed asides left
 * out; a comma, semicolon or dash ends it once it has two words; at most `budget` words, and when
 * the budget cuts a phrase short, the unfinished phrase is dropped at its preposition.
 */
function clauseTail(
  tokens: readonly Token[],
  from: number,
  to: number,
  skipped: (i: number) => boolean,
  budget: number,
): number[] {
  const out: number[] = [];
  let depth = 0;
  let cut = false;
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (t.text === '(' || t.text === '[') depth++;
    else if (t.text === ')' || t.text === ']') depth = Math.max(0, depth - 1);
    if (depth > 0 || t.text === ')' || t.text === ']' || skipped(i)) continue;
    if (/^(?:[,;:]|—|–|--)$/.test(t.text)) {
      if (out.length >= 2) break;
      continue;
    }
    if (t.pos === 'PUNCT') continue;
    if (out.length >= budget) {
      cut = true;
      break;
    }
    out.push(i);
  }
  if (cut && out.length > 2) {
    // "the return of the Arab" → "the return": an unfinished phrase goes from its preposition.
    const last = out.findLastIndex(
      (x, n) => n >= 1 && (tokens[x]!.pos === 'ADP' || tokens[x]!.pos === 'CCONJ'),
    );
    if (last > 0) out.length = last;
  }
  // "… a number of what it": a clause cut after its wh-word and subject goes with them.
  while (
    out.length > 0 &&
    (dangles(tokens[out[out.length - 1]!]!) ||
      (out.length > 1 && /^(?:what|which|who)$/i.test(tokens[out[out.length - 2]!]!.text)) ||
      // "government militants led": a participle whose phrase the cut took away.
      (cut &&
        tokens[out[out.length - 1]!]!.pos === 'VERB' &&
        /^(?:NOUN|PROPN)$/.test(tokens[out[out.length - 2]!]?.pos ?? '')))
  )
    out.pop();
  return out;
}

/** A word a title cannot end on: a function word, a wh-word, or a participle left without its phrase. */
const dangles = (t: Token): boolean =>
  /^(?:ADP|DET|CCONJ|SCONJ|AUX|PART)$/.test(t.pos) ||
  /^(?:what|which|who|whom|whose|that)$/i.test(t.text) ||
  (t.pos === 'VERB' && /ing$/i.test(t.text));

/** A noun phrase starting at `from` (an object), "of" and "and" joining nouns, at most `max` tokens. */
function phrase(
  tokens: readonly Token[],
  from: number,
  to: number,
  skipped: (i: number) => boolean,
  max: number,
): number[] {
  const out: number[] = [];
  for (let i = from; i < to && out.length < max; i++) {
    const t = tokens[i]!;
    const w = t.text.toLowerCase();
    // A date or quotation mark inside the phrase ("a third-quarter net loss", "an ``eternal merger''") is left out, not an end.
    if (skipped(i)) {
      // "announced in 2007 BP set …": a dated phrase after the verb ends its object.
      if (/^[()[\]]$/.test(t.text) || t.pos === 'ADP' || t.pos === 'SCONJ') break;
      if (isNominal(t) || t.pos === 'PUNCT' || /^(?:``|'')$/.test(t.text)) continue;
      break;
    }
    // "increasingly deadly attacks", "the torpedoed UN resolution": modifiers inside the phrase.
    const next = tokens[i + 1];
    const modifier =
      next !== undefined &&
      i + 1 < to &&
      ((t.pos === 'ADV' && next.pos === 'ADJ') ||
        (t.pos === 'VERB' &&
          /(?:ed|en)$/.test(t.text) &&
          out.length > 0 &&
          (next.pos === 'NOUN' || next.pos === 'PROPN' || next.pos === 'ADJ')));
    if (modifier) {
      out.push(i);
      continue;
    }
    const joins = (w === 'of' || w === 'and') && out.length > 0 && i + 1 < to && isNominal(tokens[i + 1]!);
    const personal = t.pos === 'PRON' && !/^(?:what|which|who|whom|that|whatever)$/i.test(t.text);
    if (isNominal(t) || (personal && out.length === 0) || joins) out.push(i);
    else break;
  }
  while (out.length > 0 && /^(?:of|and|the|a|an)$/i.test(tokens[out[out.length - 1]!]!.text)) out.pop();
  return out;
}

/**
 * One prepositional phrase after the head: kept when it names a place or a proper name ("in
 * Kabul", "on the U.S. Embassy"), or completes a head without an object ("died in hospital").
 */
function complement(
  tokens: readonly Token[],
  from: number,
  to: number,
  skipped: (i: number) => boolean,
  bare: boolean,
): number[] {
  const p = tokens[from];
  if (!p || skipped(from)) return [];
  const w = p.text.toLowerCase();
  if (w !== 'of' && !PLACE_PREPOSITIONS.has(w)) return [];
  const np = phrase(tokens, from + 1, to, skipped, 9);
  if (np.length === 0) return [];
  const named = np.some((i) => tokens[i]!.pos === 'PROPN');
  return named || w === 'of' || bare ? [from, ...np] : [];
}

/** Joins kept tokens: adjacent ones with the sentence's own spacing, others with one space. */
export function assemble(tokens: readonly Token[], indices: number[], maxWords: number): CutTitle {
  // A word the library split without a space ("$900m" as "$", "900", "m"; "6in") is kept whole.
  const whole = new Set(indices);
  const alnum = (t: Token | undefined) => t !== undefined && /^[\p{L}\p{N}]/u.test(t.text);
  for (const i of indices) {
    for (let j = i + 1; j < tokens.length && tokens[j]!.start === tokens[j - 1]!.end && alnum(tokens[j]); j++)
      whole.add(j);
    for (
      let j = i - 1;
      j >= 0 && tokens[j]!.end === tokens[j + 1]!.start && alnum(tokens[j]) && alnum(tokens[j + 1]);
      j--
    )
      whole.add(j);
  }
  const kept = [...whole].sort((a, b) => a - b);
  while (kept.length > 0 && /^(?:PUNCT|ADP|CCONJ|DET|SCONJ)$/.test(tokens[kept[0]!]!.pos)) {
    if (tokens[kept[0]!]!.pos === 'DET') break;
    kept.shift();
  }
  const particle = (n: number) =>
    PARTICLES.has(tokens[kept[n]!]!.text.toLowerCase()) &&
    tokens[kept[n - 1]!]?.pos === 'VERB' &&
    kept[n - 1] === kept[n]! - 1;
  const gluedToPrevious = (n: number) =>
    n > 0 && kept[n - 1] === kept[n]! - 1 && tokens[kept[n]!]!.start === tokens[kept[n - 1]!]!.end;
  while (
    kept.length > 1 &&
    /^(?:PUNCT|ADP|CCONJ|DET|SCONJ)$/.test(tokens[kept[kept.length - 1]!]!.pos) &&
    !particle(kept.length - 1) &&
    !(gluedToPrevious(kept.length - 1) && /^[\p{L}\p{N}]/u.test(tokens[kept[kept.length - 1]!]!.text))
  )
    kept.pop();
  // Cut at the word limit, then end on a word that finishes the phrase.
  let words = 0;
  const out: number[] = [];
  for (let n = 0; n < kept.length; n++) {
    const t = tokens[kept[n]!]!;
    const prev = n > 0 ? tokens[kept[n - 1]!]! : undefined;
    const glued = prev !== undefined && kept[n - 1] === kept[n]! - 1 && prev.end === t.start;
    if (!glued) words++;
    if (words > maxWords) break;
    out.push(kept[n]!);
  }
  if (out.length < kept.length) {
    // Cut short: end on a word that finishes the phrase, not "of what it" nor "militants led".
    const last = () => tokens[out[out.length - 1]!]!;
    const before = () => tokens[out[out.length - 2]!];
    while (
      out.length > 1 &&
      (last().pos === 'PUNCT' ||
        dangles(last()) ||
        /^(?:what|which|who)$/i.test(before()?.text ?? '') ||
        (last().pos === 'VERB' && (before()?.pos === 'NOUN' || before()?.pos === 'PROPN')))
    )
      out.pop();
  }
  let text = '';
  for (let n = 0; n < out.length; n++) {
    const t = tokens[out[n]!]!;
    const prev = n > 0 ? tokens[out[n - 1]!]! : undefined;
    const glued = prev !== undefined && out[n - 1] === out[n]! - 1 && prev.end === t.start;
    text += prev === undefined || glued ? t.text : ` ${t.text}`;
  }
  return { text: text.charAt(0).toUpperCase() + text.slice(1), kept: out };
}

/**
 * The words of a clause as written from token `from` (a reported content: "it was not optimistic
 * that the text would be accepted"), dates and quotation marks left out, cut at a comma or
 * semicolon once it says something, at most `maxWords`: negation and modality stay as said.
 */
export function clauseRun(
  tokens: readonly Token[],
  from: number,
  to: number,
  skip: ReadonlyArray<readonly [number, number]>,
  maxWords = 12,
): number[] {
  const inSkip = (x: Token) => skip.some(([a, b]) => x.start < b && x.end > a);
  const out: number[] = [];
  let verb = false;
  for (let i = from; i < to && out.length < maxWords; i++) {
    const t = tokens[i]!;
    // "the Afghan Special Forces, formed of elite Taliban fighters, had killed …": before the verb,
    // a phrase between commas is an aside.
    if (t.text === ',' && !verb) {
      let c = i + 1;
      while (c < to && c < i + 12 && tokens[c]!.text !== ',') c++;
      if (c < to && tokens[c]!.text === ',') {
        i = c;
        continue;
      }
    }
    if (/^[,;:(—–]$/.test(t.text) && out.length >= 4) break;
    if (t.pos === 'VERB' || t.pos === 'AUX') verb = true;
    if (t.pos === 'PUNCT' || QUOTES.test(t.text) || inSkip(t)) continue;
    if ((t.pos === 'ADP' || t.pos === 'SCONJ') && tokens[i + 1] && inSkip(tokens[i + 1]!)) continue;
    // "said that …": the complementizer adds nothing to a title.
    if (out.length === 0 && /^that$/i.test(t.text)) continue;
    out.push(i);
  }
  while (out.length > 0 && /^(?:ADP|DET|CCONJ|SCONJ|AUX|PART)$/.test(tokens[out[out.length - 1]!]!.pos))
    out.pop();
  return out;
}
