import model from 'wink-eng-lite-web-model';
import winkNLP, { type WinkMethods } from 'wink-nlp';

import { repairedTags } from './repairedTags.ts';
import { type Pos, retagged, type Token, token } from './token.ts';

export type { Pos, Token } from './token.ts';

/** The tokens of a text and where the library ends sentences (token indices that start one). */
export interface Annotation {
  readonly tokens: readonly Token[];
  /** Offsets at which a sentence starts, ascending. */
  readonly sentenceStarts: readonly number[];
}

let instance: WinkMethods | undefined;

/** A table of wink's model that grows as it reads (the lexemes, and the prefixes, suffixes and shapes of words). */
interface GrowingTable {
  hash: Record<string, number | undefined>;
  list: string[];
  index: number;
}
/** The model's core as wink unpacked it, with the length each growing table had as shipped. */
interface Unpacked {
  readonly core: {
    features: Record<string, Partial<GrowingTable>>;
    /** Each shipped lexeme's packed properties, `packing.size` numbers a lexeme. */
    lexicon: ArrayLike<number>;
    packing: { size: number; layout: Record<string, readonly number[]> };
  };
  readonly shippedSizes: ReadonlyMap<GrowingTable, number>;
}
/** The lexeme table of the current instance. */
let lexemes: GrowingTable = { hash: {}, list: [], index: 0 };
/** Lexemes of the model as shipped; later entries are words wink met in the texts it read. */
let shipped = 0;
/** The core model, unpacked once and given back to each new instance as shipped (see `nlp`). */
let unpacked: Unpacked | undefined;
let metaCER: unknown;
/** The shipped lexemes that are contractions ("cannot", "Cant", "aren't"; see `read`). */
let contractions: ReadonlySet<string> = new Set();
/** Past this many learned lexemes, a fresh instance starts over from the shipped table. */
const RELEARN_AFTER = 50_000;

/** The tables of an unpacked core that grow as wink reads: each feature with a hash, a list and an index. */
function growingTables(core: Unpacked['core']): GrowingTable[] {
  return Object.values(core.features).filter(
    (f): f is GrowingTable => f.hash !== undefined && Array.isArray(f.list) && typeof f.index === 'number',
  );
}

/**
 * The unpacked core with every growing table cut back to its shipped length: what a new instance
 * would unpack, without unpacking it again (0.1–0.2 s and a model's worth of garbage each time,
 * about 2.5% of the map). Entries past the shipped length are words, prefixes, suffixes and shapes
 * wink met while reading, none of them in the model as shipped (it adds only what it does not find).
 */
function shippedCore(unpack: () => Unpacked['core']): Unpacked['core'] {
  if (!unpacked) {
    const core = unpack();
    unpacked = { core, shippedSizes: new Map(growingTables(core).map((t) => [t, t.index])) };
    contractions = contractionsOf(core);
    return core;
  }
  for (const [table, size] of unpacked.shippedSizes) {
    for (let i = size; i < table.list.length; i++) delete table.hash[table.list[i]!];
    table.list.length = size;
    table.index = size;
  }
  return unpacked.core;
}

/** The lexemes of an unpacked core that wink expands as contractions (their "isContraction" bit). */
function contractionsOf(core: Unpacked['core']): Set<string> {
  const [at, mask, shift] = core.packing.layout.isContraction as [number, number, number];
  const { size } = core.packing;
  const list = core.features.lexeme!.list!;
  const out = new Set<string>();
  for (let i = 0; i < (core.features.lexeme!.index ?? 0); i++)
    if ((core.lexicon[at + i * size]! & mask) >>> shift) out.add(list[i]!);
  return out;
}

/** wink-nlp with its English web model, loaded once (it runs in Node and in a Web Worker alike). */
function nlp(): WinkMethods {
  if (!instance || lexemes.index - shipped > RELEARN_AFTER) {
    // Let go of the old instance first, so its own tables (wink's store of learned words' features)
    // can be collected while the new one starts.
    instance = undefined;
    // Keep a handle on the model the instance unpacks, to see what it learns.
    const core = (model as unknown as { core(): Unpacked['core'] }).core;
    const tracked = {
      ...model,
      // The model's metaCER() re-stringifies its own JSON on every call, so each new instance
      // would hold a longer string (the memory of `--jsonl` grew with the input): keep the first.
      metaCER: () => {
        metaCER ??= (model as unknown as { metaCER(): unknown }).metaCER();
        return metaCER;
      },
      core: () => {
        const shippedTables = shippedCore(core);
        lexemes = shippedTables.features.lexeme as GrowingTable;
        shipped = lexemes.index;
        return shippedTables;
      },
    } as typeof model;
    instance = winkNLP(tracked, ['sbd', 'pos']);
  }
  return instance;
}

/** Whether wink's model, as shipped, knows the word (in the case given): "criminals" yes, "Ochlik" no. */
export function knownWord(word: string): boolean {
  nlp();
  // (One lookup: an inherited property, "constructor" or "__proto__", is no number.)
  const at = lexemes.hash[word];
  return typeof at === 'number' && at < shipped;
}

/**
 * A word wink may keep from one text to the next: letters alone, of the class its tokenizer calls
 * a word (its first category pattern, without the combining marks), which wink learns with that
 * category however the word came (whole, before a punctuation mark, out of a hyphened or dotted
 * token) and reads the same known or not: whole, as a word, with features computed from its
 * letters alone (its part of speech from its lower case, which is letters too). Not the four
 * currency codes its tokenizer may cut out of a longer token and learn as currencies.
 */
const KEEPABLE = /^[a-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u00FF]+$/i;
const CURRENCY_CODE = /^(?:USD|AUD|INR|GBP)$/;
/** Letters outside that class whose lower case is in it ("ẞ", the Kelvin and Ångström signs). */
const LOWERS_INTO_WORD = /[\u1E9E\u212A\u212B]/;

/**
 * Forgets the words wink learned while reading one text, but for plain words (`KEEPABLE`). wink
 * adds every unknown word to the model's lexeme table, and its tokenizer then splits text
 * differently ("U.S." becomes "U.S" and "." once some earlier text held "U.S"): the same article
 * would be read differently after different articles, and `--jobs` or file order would change the
 * chronology. Hiding such learned words from lookups after each text makes each reading depend on
 * that text alone; a plain word is read alike known or not (see `KEEPABLE`), so it stays known and
 * is not learned again in every article that uses it (about a fifth of wink's time was
 * relearning). The table itself keeps growing in step with wink's per-word store; a new instance
 * starts afresh (`nlp()`).
 */
function forgetLearned(from: number, all = false): void {
  for (let i = from; i < lexemes.list.length; i++) {
    const word = lexemes.list[i]!;
    // (Set to undefined, which wink reads as absent, rather than deleted: a deleted key leaves a
    // tombstone in the table, a large dictionary, and lookups of unknown words slow as they pile up.)
    if (lexemes.hash[word] === i && (all || !KEEPABLE.test(word) || CURRENCY_CODE.test(word)))
      lexemes.hash[word] = undefined;
  }
}

/** Texts up to this long (titles, not articles) are kept with their annotation for a while. */
const SHORT_TEXT = 400;
/** Short texts kept at most; the store starts over when full. */
const RECENT_SHORT = 1024;
/** Annotations of short texts read lately (see `annotate`). */
const recentShort = new Map<string, Annotation>();

/**
 * Tokens, parts of speech, lemmas and sentence starts of a text, from wink-nlp. The library keeps
 * the text losslessly (each token knows the spaces before it), so offsets are exact.
 * A reading depends on the text alone (see `forgetLearned`), so a short text read lately is not
 * read again: an event's title is tested more than once (whether it is empty with its date, then
 * whether its sentence kept a titled event), about a third of all the short texts read.
 */
export function annotate(text: string): Annotation {
  if (text.length > SHORT_TEXT) return read(text);
  const known = recentShort.get(text);
  if (known) return known;
  const annotation = read(text);
  if (recentShort.size >= RECENT_SHORT) recentShort.clear();
  recentShort.set(text, annotation);
  return annotation;
}

/** `annotate` without the store of short texts: wink-nlp's reading, then the repairs. */
function read(text: string): Annotation {
  const w = nlp();
  const its = w.its;
  const learnedFrom = lexemes.index;
  // A letter whose lower case is a plain word's makes wink learn that word from another token, with
  // another category: such a text is read with no learned word known, as the first text was.
  if (LOWERS_INTO_WORD.test(text)) forgetLearned(shipped, true);
  const doc = w.readDoc(text);
  const values = doc.tokens().out(its.value) as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const pos = doc.tokens().out(its.pos) as Pos[];
  // wink types `its.lemma` as a span function; on tokens it yields one lemma each.
  const lemmas = doc.tokens().out(its.lemma as unknown as typeof its.value) as string[];
  const tokens: Token[] = new Array(values.length);
  let at = 0;
  for (let i = 0; i < values.length; i++) {
    at += spaces[i]!.length;
    const value = values[i]!;
    // The model may normalize a token; trust the source text where it differs in length.
    const start = text.startsWith(value, at) ? at : text.indexOf(value, at);
    const from = start < 0 ? at : start;
    // A contraction wink kept whole ("cannot," read as a word before its comma) has as its lemma a
    // pointer into the contraction's expansions, which wink looks up as a lexeme: no word until
    // wink has learned some 43,000, then whatever word it learned there. It has none, whatever
    // was read before.
    const lemma = contractions.has(value) ? (undefined as unknown as string) : lemmas[i]!;
    tokens[i] = token(from, from + value.length, value, pos[i]!, lemma);
    at = from + value.length;
  }
  const sentenceStarts: number[] = [];
  doc.sentences().each((s: { out(f: unknown): unknown }) => {
    const [first] = s.out(its.span) as [number, number];
    const t = tokens[first];
    if (t) sentenceStarts.push(t.start);
  });
  forgetLearned(learnedFrom);
  return { tokens: repairedTags(namesWhole(joinHyphenated(joinDecimals(tokens)))), sentenceStarts };
}

/**
 * Joins a decimal that wink splits after a word ending in a digit back into one word
 * ("magnitude-4" "." "5" → "magnitude-4.5", "M8" "." "1" → "M8.1"): a period between digits,
 * without spaces, is a decimal point. The word keeps the first part's part of speech.
 */
function joinDecimals(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const dot = tokens[i + 1];
    const next = tokens[i + 2];
    if (
      dot?.text === '.' &&
      next &&
      /\d$/.test(t.text) &&
      /^\d/.test(next.text) &&
      dot.start === t.end &&
      next.start === dot.end
    ) {
      const text = t.text + dot.text + next.text;
      out.push(token(t.start, next.end, text, t.pos, text.toLowerCase()));
      i += 2;
    } else out.push(t);
  }
  return out;
}

/** A hyphen token (tested after every token, so written once: a pattern in a loop is a new object each time). */
const HYPHEN = /^[-‑]$/;

const WORDISH = new Set<Pos>([
  'NOUN',
  'PROPN',
  'ADJ',
  'NUM',
  'VERB',
  'ADV',
  'X',
  'CCONJ',
  'DET',
  'ADP',
  'PRON',
]);

/**
 * Joins what wink splits at a hyphen back into one word ("al-Halqi", "three-and-a-half",
 * "power-grab", "pro-Assad"): parts glued by hyphens without spaces. The word takes the last part's
 * part of speech (a name if any part is one and the last is a noun), and that part's lemma.
 */
function joinHyphenated(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    let j = i;
    while (
      j + 2 < tokens.length &&
      HYPHEN.test(tokens[j + 1]!.text) &&
      tokens[j + 1]!.start === tokens[j]!.end &&
      tokens[j + 2]!.start === tokens[j + 1]!.end &&
      WORDISH.has(tokens[j]!.pos) &&
      WORDISH.has(tokens[j + 2]!.pos)
    )
      j += 2;
    if (j === i) {
      out.push(tokens[i]!);
      continue;
    }
    const first = tokens[i]!;
    const last = tokens[j]!;
    const parts = tokens.slice(i, j + 1);
    const named = parts.some((t) => t.pos === 'PROPN') && (last.pos === 'NOUN' || last.pos === 'PROPN');
    const text = parts.map((t) => t.text).join('');
    out.push(
      token(
        first.start,
        last.end,
        text,
        // "so-called", "Taliban-led", "war-torn": a compound ending in a participle is an adjective.
        named ? 'PROPN' : last.pos === 'VERB' ? 'ADJ' : last.pos,
        `${text.slice(0, text.length - last.text.length).toLowerCase()}${last.lemma}`,
      ),
    );
    i = j;
  }
  return out;
}

/** The tokens that lie within `from..to`, by binary search over sorted tokens. */
export function tokensWithin(tokens: readonly Token[], from: number, to: number): Token[] {
  const out: Token[] = [];
  for (let i = firstTokenAt(tokens, from); i < tokens.length && tokens[i]!.end <= to; i++)
    out.push(tokens[i]!);
  return out;
}

/** Index of the first token that starts at or after `from` (binary search; tokens in text order). */
export function firstTokenAt(tokens: readonly Token[], from: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < from) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * A capitalized word inside a name that the tagger took for a verb ("Human Rights Watch", "Save
 * the Children") is part of the name: after a proper noun, not at a sentence start, it is one too.
 */
function namesWhole(tokens: Token[]): Token[] {
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    const prev = tokens[i - 1]!;
    if (t.pos === 'VERB' && /^\p{Lu}\p{Ll}/u.test(t.text) && prev.pos === 'PROPN' && prev.end + 1 === t.start)
      tokens[i] = retagged(t, 'PROPN', t.text.toLowerCase());
  }
  return tokens;
}
