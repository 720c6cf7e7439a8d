import { type Clause, clauseOf } from '../clauses/splitClauses.ts';
import type { Token } from '../nlp/annotate.ts';

/** A title cut from its sentence: the text and the token indices it keeps, in sentence order. */
export interface CutTitle {
  readonly text: string;
  readonly kept: readonly number[];
}

/** Options of a cut: spans (offsets) never to keep, such as the date expressions. */
export interface CutOptions {
  readonly skip?: ReadonlyArray<readonly [number, number]>;
  /** Longest title in words; modifiers go first when it is longer. */
  readonly maxWords?: number;
}

const PARTICLES = new Set('out off up down back away over'.split(' '));
const PLACE_PREPOSITIONS = new Set(
  'in at near into on against to from across outside inside around toward towards along'.split(' '),
);
const GROUP_ADVERBS = new Set(['not', "n't", 'never', 'no']);
const QUOTES = /^["“”‘’'()[\]«»]$/;

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
    return QUOTES.test(t.text) || inSkip(t) || possessiveOfSkipped;
  };
  const clause = clauseOf(clauses, k);
  const trigger = tokens[k]!;
  const kept = new Set<number>();
  let end = k;
  if (trigger.pos === 'VERB') {
    // The verb group: auxiliaries, "to", negation; other adverbs ("reportedly") are dropped.
    let g = k;
    for (let i = k - 1; i >= clause.from; i--) {
      const t = tokens[i]!;
      if (t.pos === 'AUX' || (t.pos === 'PART' && !/^['’]s$/.test(t.text)) || GROUP_ADVERBS.has(t.text.toLowerCase())) {
        kept.add(i);
        g = i;
      } else if (t.pos === 'ADV' && i === g - 1) g = i;
      else break;
    }
    for (const i of subject(tokens, clauses, clause, g)) kept.add(i);
    // "broke out", "shut down": a particle directly after the verb, before no noun phrase.
    const next = tokens[k + 1];
    if (next && PARTICLES.has(next.text.toLowerCase()) && !isNominal(tokens[k + 2] ?? next)) {
      kept.add(k + 1);
      end = k + 1;
    }
    const object = phrase(tokens, end + 1, clause.to, skipped, 8);
    for (const i of object) kept.add(i);
    const after = object.length > 0 ? object[object.length - 1]! + 1 : end + 1;
    for (const i of complement(tokens, after, clause.to, skipped, object.length === 0)) kept.add(i);
  } else {
    // An event noun: its modifiers before it, then "of …", "on …", "in …" after it.
    let from = k;
    while (from - 1 >= clause.from && isNominal(tokens[from - 1]!) && k - from < 5) from--;
    for (let i = from; i < k; i++) kept.add(i);
    for (const i of complement(tokens, k + 1, clause.to, skipped, true)) kept.add(i);
  }
  kept.add(k);
  return assemble(tokens, [...kept].filter((i) => i === k || !skipped(i)), opts.maxWords ?? 14);
}

/** The subject of a verb group starting at token `g`: the noun phrase before it, past an apposition. */
function subject(tokens: readonly Token[], clauses: readonly Clause[], clause: Clause, g: number): number[] {
  let j = g - 1;
  // "…, which began": the antecedent before the comma is the subject.
  if (clause.kind === 'relative' && j === clause.from) j = clause.from - 2;
  // "Mr Karimi, the spokesman, said": skip a short apposition between commas.
  if (tokens[j]?.text === ',') {
    let c = j - 1;
    while (c > Math.max(0, j - 9) && tokens[c]!.text !== ',') c--;
    if (c > 0 && tokens[c]!.text === ',' && isNominal(tokens[c - 1]!)) j = c - 1;
    else return [];
  }
  const out: number[] = [];
  const floor = clause.kind === 'relative' ? 0 : clause.from;
  for (; j >= floor && out.length < 10; j--) {
    const t = tokens[j]!;
    const w = t.text.toLowerCase();
    const between = j - 1 >= floor && isNominal(tokens[j - 1]!) && isNominal(tokens[j + 1] ?? t);
    // "The clashes in Balkhab", "the head of the mission": a short phrase inside the subject.
    const inner = /^(?:in|at|on|from|for)$/.test(w) && between && out.length <= 3;
    // "Fighting broke out": a gerund opening the clause is its subject.
    const gerund = t.pos === 'VERB' && /ing$/.test(w) && j === clause.from;
    if (isNominal(t) || gerund || (t.pos === 'PRON' && out.length === 0) || ((w === 'of' || w === 'and') && between) || inner)
      out.unshift(j);
    else break;
    if (t.pos === 'PRON' && !isNominal(t)) break;
  }
  // "The head of the United Nations observer mission": a long subject keeps its head.
  if (out.length > 8) {
    const cut = out.findIndex((i, n) => n > 0 && tokens[i]!.pos === 'ADP');
    if (cut > 0) out.length = cut;
  }
  return out;
}

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
    if (skipped(i)) break;
    const joins = (w === 'of' || w === 'and') && out.length > 0 && i + 1 < to && isNominal(tokens[i + 1]!);
    if (isNominal(t) || (t.pos === 'PRON' && out.length === 0) || joins) out.push(i);
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
  const np = phrase(tokens, from + 1, to, skipped, 6);
  if (np.length === 0) return [];
  const named = np.some((i) => tokens[i]!.pos === 'PROPN');
  return named || w === 'of' || bare ? [from, ...np] : [];
}

/** Joins kept tokens: adjacent ones with the sentence's own spacing, others with one space. */
export function assemble(tokens: readonly Token[], indices: number[], maxWords: number): CutTitle {
  const kept = [...new Set(indices)].sort((a, b) => a - b);
  while (kept.length > 0 && /^(?:PUNCT|ADP|CCONJ|DET|SCONJ)$/.test(tokens[kept[0]!]!.pos)) {
    if (tokens[kept[0]!]!.pos === 'DET') break;
    kept.shift();
  }
  while (kept.length > 1 && /^(?:PUNCT|ADP|CCONJ|DET|SCONJ)$/.test(tokens[kept[kept.length - 1]!]!.pos)) kept.pop();
  let words = 0;
  let text = '';
  const out: number[] = [];
  for (let n = 0; n < kept.length; n++) {
    const t = tokens[kept[n]!]!;
    const prev = n > 0 ? tokens[kept[n - 1]!]! : undefined;
    const glued = prev !== undefined && kept[n - 1] === kept[n]! - 1 && prev.end === t.start;
    if (!glued) words++;
    if (words > maxWords) break;
    text += prev === undefined ? t.text : glued ? t.text : ` ${t.text}`;
    out.push(kept[n]!);
  }
  return { text: text.charAt(0).toUpperCase() + text.slice(1), kept: out };
}
