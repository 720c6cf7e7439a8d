import type { Pos, Token } from '../nlp/annotate.ts';
import { TEMPLATES } from './features.ts';
import { EVENT_CLASSES, type EventClass, type TriggerModel } from './model.ts';
import { rowCache } from './rowCache.ts';

/**
 * The trigger score of `scoreToken`, computed without building feature-key strings: what
 * depends on the lemma alone (lemma, lemma×POS, suffix, WordNet senses) is summed once per lemma
 * and POS and cached, the inflection weights once per word ending and POS; POS pairs are array
 * lookups. `scoreToken` stays the definition; a test holds the two equal.
 */
export type Scorer = (tokens: readonly Token[], i: number) => number;

/**
 * The score of token `i` when it may reach `floor` (the model's threshold, as a probability), and
 * -1 when it cannot: more than half the words of a part of speech that may name an event are left
 * before their neighbours' lemmas are looked up, the score of those that may reach it is exact.
 */
export type FloorScorer = (tokens: readonly Token[], i: number, floor: number) => number;

const POS: readonly Pos[] = [
  'ADJ',
  'ADP',
  'ADV',
  'AUX',
  'CCONJ',
  'DET',
  'INTJ',
  'NOUN',
  'NUM',
  'PART',
  'PRON',
  'PROPN',
  'PUNCT',
  'SCONJ',
  'SYM',
  'VERB',
  'X',
  'SPACE',
];
const P = POS.length;
const BORDER = P; // the index of '^' (no previous token) and '$' (no next one)
const posIndex = new Map<string, number>(POS.map((p, k) => [p, k]));
const T = Object.fromEntries(TEMPLATES.map((t, k) => [t, k])) as Record<(typeof TEMPLATES)[number], number>;
// Bounded caches: news text has a long tail of words. Two generations of at most this many
// entries each keep the frequent words, and the memory reaches its ceiling within a few hundred
// articles (at 200,000 entries a thread's caches grew for two passes over Timeline17, about 45 MB).
// Their rows are allocated up front (`rowCache`), so what is left to grow is the keys.
const CACHE_LIMIT = 20_000;

/** The lower case of an ASCII code ("A" → "a"; others as they are), as `toLowerCase` makes it. */
const lowerAscii = (c: number): number => (c >= 65 && c <= 90 ? c + 32 : c);

/** Whether `text === text.toUpperCase()`, without making the upper-case copy when the text is ASCII. */
function allCapitals(text: string): boolean {
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c >= 128) return text === text.toUpperCase();
    if (c >= 97 && c <= 122) return false;
  }
  return true;
}

/** A fast scorer for `model`. */
export function fastScorer(model: TriggerModel): Scorer {
  const score = floorScorer(model);
  return (tokens, i) => score(tokens, i, Number.NEGATIVE_INFINITY);
}

/** The most a lemma's weights of one table add to a score: 0 for a lemma the table lacks. */
function highest(weights: ReadonlyMap<string, number>): number {
  let top = 0;
  for (const x of weights.values()) if (x > top) top = x;
  return top;
}

/** A scorer for `model` that gives up on a token whose score cannot reach a floor (`FloorScorer`). */
export function floorScorer(model: TriggerModel): FloorScorer {
  const w = model.event;
  const get = (t: number, key: string) => w[t]!.get(key) ?? 0;
  const bias = get(T.bias, 'b');
  const posW = new Float64Array(P);
  const prevW = new Float64Array((P + 1) * P);
  const nextW = new Float64Array(P * (P + 1));
  const candidate = new Uint8Array(P);
  // A lemma's cached weights have one slot per candidate POS (others score 0 without them).
  const slot = new Uint8Array(P);
  let slots = 0;
  POS.forEach((pos, b) => {
    candidate[b] = model.candidatePos.has(pos) ? 1 : 0;
    if (candidate[b]) slot[b] = slots++;
    posW[b] = get(T.pos, pos);
    [...POS, '^'].forEach((a, k) => {
      prevW[k * P + b] = get(T.prevPos, `${a}>${pos}`);
    });
    [...POS, '$'].forEach((c, k) => {
      nextW[b * (P + 1) + k] = get(T.nextPos, `${pos}<${c}`);
    });
  });
  const capStart = get(T.shape, 'Cap^');
  const compound = { NnN: get(T.compound, 'NnN'), Nn: get(T.compound, 'Nn'), nN: get(T.compound, 'nN') };
  const prevLemma = w[T.prevLemma]!;
  const nextLemma = w[T.nextLemma]!;
  // What the neighbours' lemmas can add at most: a token whose score without them falls short of
  // the floor's by more is below it (by a margin far past the rounding of a sum of a dozen terms).
  const neighbours = highest(prevLemma) + highest(nextLemma) + 1e-9;
  const { nounSense, nounVerb, verbSense } = model.lexicon;
  const NOUN = posIndex.get('NOUN')!;
  const VERB = posIndex.get('VERB')!;

  // A word is scored under one or two parts of speech in practice, of 18: each weight is summed
  // when first needed (NaN until then), the same sum in the same order as `scoreToken`'s.
  const lemmas = rowCache(CACHE_LIMIT, slots, (n) => new Float64Array(n), Number.NaN);
  /** Lemma, lemma×POS, suffix and WordNet weights of a lemma under candidate POS `b`. */
  const lemmaWeight = (lemma: string, b: number): number => {
    const at = lemmas.row(lemma) + slot[b]!;
    let z = lemmas.data[at]!;
    if (!Number.isNaN(z)) return z;
    const pos = POS[b]!;
    z = get(T.lemma, lemma) + get(T.lemmaPos, `${lemma}|${pos}`);
    if (lemma.length > 5) z += get(T.suffix4, `${lemma.slice(-4)}|${pos}`);
    if (b === NOUN) {
      z += get(T.nounSense, nounSense.get(lemma) ?? 'n:-');
      if (nounVerb.has(lemma)) z += get(T.nounVerb, 'nv');
    }
    if (b === VERB) z += get(T.verbSense, verbSense.get(lemma) ?? 'v:-');
    lemmas.data[at] = z;
    return z;
  };

  // The inflection weights read only a word's last two letters: a few hundred endings, kept
  // unbounded (a cache per written form would hold 60,000 forms on Timeline17, past its bound).
  const endings = new Map<string, Float64Array>();
  // The same rows by the codes of an ending in ASCII (most of them), so a word's ending is looked
  // up without cutting and lower-casing it: a string less for every token of four letters or more.
  const asciiEndings: (Float64Array | undefined)[] = new Array(1 << 14);
  /** The weights row of a word's last two letters (lower case), one slot per POS. */
  const endingRow = (text: string): Float64Array => {
    const x = text.charCodeAt(text.length - 2);
    const y = text.charCodeAt(text.length - 1);
    const ascii = x < 128 && y < 128;
    const key = ascii ? (lowerAscii(x) << 7) | lowerAscii(y) : 0;
    let out = ascii ? asciiEndings[key] : undefined;
    if (out) return out;
    const ending = text.slice(-2).toLowerCase();
    out = endings.get(ending);
    if (!out) {
      out = new Float64Array(P).fill(Number.NaN);
      endings.set(ending, out);
    }
    if (ascii) asciiEndings[key] = out;
    return out;
  };
  /** Inflection weight of a word's ending (its last two letters, lower case) under POS `b`. */
  const endingWeight = (text: string, b: number): number => {
    const out = endingRow(text);
    let z = out[b]!;
    if (!Number.isNaN(z)) return z;
    z = get(T.formSuffix, `${text.slice(-2).toLowerCase()}|${POS[b]}`);
    out[b] = z;
    return z;
  };
  const capsShape = get(T.shape, 'CAPS');
  const capShape = get(T.shape, 'Cap');

  const isNoun = (t: Token | undefined) => t !== undefined && (t.pos === 'NOUN' || t.pos === 'PROPN');

  // The floor's log-odds, for the floor last asked.
  let lastFloor = Number.NEGATIVE_INFINITY;
  let floorLogit = Number.NEGATIVE_INFINITY;
  return (tokens, i, floor) => {
    const token = tokens[i]!;
    const b = posIndex.get(token.pos) ?? -1;
    if (b < 0 || candidate[b] === 0) return 0;
    let p = i - 1;
    while (p >= 0 && tokens[p]!.pos === 'SPACE') p--;
    let n = i + 1;
    while (n < tokens.length && tokens[n]!.pos === 'SPACE') n++;
    const prev = tokens[p];
    const next = tokens[n];
    const lemma = token.lemma ?? token.text.toLowerCase();
    let z = bias + posW[b]! + lemmaWeight(lemma, b);
    z += prevW[(prev ? posIndex.get(prev.pos)! : BORDER) * P + b]!;
    z += nextW[b * (P + 1) + (next ? posIndex.get(next.pos)! : BORDER)]!;
    // The terms after the neighbours' lemmas, each as it is added below (the same sum, in the same order).
    const text = token.text;
    const ending = text.length > 3 ? endingWeight(text, b) : 0;
    const first = text.charCodeAt(0);
    const shape =
      first >= 65 && first <= 90 ? (p < 0 ? capStart : allCapitals(text) ? capsShape : capShape) : 0;
    const joined =
      b === NOUN
        ? isNoun(prev)
          ? isNoun(next)
            ? compound.NnN
            : compound.Nn
          : isNoun(next)
            ? compound.nN
            : 0
        : 0;
    if (floor !== lastFloor) {
      lastFloor = floor;
      floorLogit = floor > 0 ? Math.log(floor / (1 - floor)) : Number.NEGATIVE_INFINITY;
    }
    if (z + neighbours + ending + shape + joined < floorLogit) return -1;
    z += prevLemma.get(prev ? (prev.lemma ?? prev.text.toLowerCase()) : '^') ?? 0;
    z += nextLemma.get(next ? (next.lemma ?? next.text.toLowerCase()) : '$') ?? 0;
    if (text.length > 3) z += ending;
    if (first >= 65 && first <= 90) z += shape;
    if (b === NOUN) z += joined;
    return 1 / (1 + Math.exp(-z));
  };
}

/** The templates the class model may use for the per-lemma cache to be exact. */
const LEMMA_ONLY = new Set([
  'bias',
  'lemma',
  'pos',
  'lemmaPos',
  'suffix4',
  'nounSense',
  'nounVerb',
  'verbSense',
]);

/**
 * `classifyToken`, cached per lemma and POS when the class model reads nothing else (as built);
 * otherwise `undefined`, and callers use `classifyToken`.
 */
export function fastClassifier(
  model: TriggerModel,
  classify: (tokens: readonly Token[], i: number) => EventClass,
): ((tokens: readonly Token[], i: number) => EventClass) | undefined {
  if (TEMPLATES.some((t, k) => !LEMMA_ONLY.has(t) && model.eventClass[k]!.size > 0)) return undefined;
  // A lemma's classes by POS, as 1 + the class's index in EVENT_CLASSES (0: not classified yet).
  const cache = rowCache(CACHE_LIMIT, P, (n) => new Uint8Array(n), 0);
  return (tokens, i) => {
    const token = tokens[i]!;
    const lemma = token.lemma ?? token.text.toLowerCase();
    const at = cache.row(lemma) + (posIndex.get(token.pos) ?? 0);
    const code = cache.data[at]!;
    if (code > 0) return EVENT_CLASSES[code - 1]!;
    const cls = classify(tokens, i);
    cache.data[at] = EVENT_CLASSES.indexOf(cls) + 1;
    return cls;
  };
}
