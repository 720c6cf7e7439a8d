import type { Token } from '../nlp/annotate.ts';

/**
 * The feature templates of the trigger classifiers, in the order of the model's weight tables.
 * Training and runtime share `featureKeys`, so a model can only ever see features it was
 * trained on. A key is a plain string looked up in one Map per template.
 */
export const TEMPLATES = [
  'bias',
  'lemma',
  'pos',
  'lemmaPos',
  'prevPos',
  'nextPos',
  'prevLemma',
  'nextLemma',
  'suffix4',
  'formSuffix',
  'shape',
  'compound',
  'nounSense',
  'nounVerb',
  'verbSense',
] as const;

export type Template = (typeof TEMPLATES)[number];

/** Per-lemma facts from WordNet that the features read (see `train/wordnet.ts`). */
export interface Lexicon {
  /** Noun lemma → `n:…` sense code, for nouns with a sense among acts, events and processes. */
  readonly nounSense: ReadonlyMap<string, string>;
  /** Lemmas that are verbs too ("attack", "blockade"). */
  readonly nounVerb: ReadonlySet<string>;
  /** Verb lemma → `v:…` code of its first sense's kind (communication, cognition…). */
  readonly verbSense: ReadonlyMap<string, string>;
}

/** A lexicon that knows no word. */
export const NO_LEXICON: Lexicon = { nounSense: new Map(), nounVerb: new Set(), verbSense: new Map() };

/** Groups lemmas by code, as stored, into lookup tables. */
export function lexiconOf(groups: Readonly<Record<string, string>>): Lexicon {
  const nounSense = new Map<string, string>();
  const nounVerb = new Set<string>();
  const verbSense = new Map<string, string>();
  for (const [code, lemmas] of Object.entries(groups))
    for (const lemma of lemmas.split(' ')) {
      if (code === 'nv') nounVerb.add(lemma);
      else if (code.startsWith('n:')) nounSense.set(lemma, code);
      else verbSense.set(lemma, code);
    }
  return { nounSense, nounVerb, verbSense };
}

/** A token's lemma; wink leaves a few contractions ("Cant") without one, so fall back to the text. */
function lemmaOf(token: Token): string {
  return token.lemma ?? token.text.toLowerCase();
}

/** Where a template's key is empty, the feature is absent for this token. */
const NONE = '';

/** Whether a part of speech is a noun (common or proper) for compound detection. */
function isNoun(token: Token | undefined): boolean {
  return token !== undefined && (token.pos === 'NOUN' || token.pos === 'PROPN');
}

/**
 * Fills `out[t]` with the key of template `t` for token `i` of a sentence (`NONE` when absent).
 * `tokens` should be one sentence: its first word counts as sentence-initial, so a capital there
 * says little.
 */
export function featureKeys(tokens: readonly Token[], i: number, out: string[], lexicon: Lexicon): void {
  const token = tokens[i]!;
  // Line breaks are tokens (SPACE) to wink; context skips them.
  let p = i - 1;
  while (p >= 0 && tokens[p]!.pos === 'SPACE') p--;
  let n = i + 1;
  while (n < tokens.length && tokens[n]!.pos === 'SPACE') n++;
  const prev = tokens[p];
  const next = tokens[n];
  const lemma = lemmaOf(token);
  const pos = token.pos;
  out[0] = 'b';
  out[1] = lemma;
  out[2] = pos;
  out[3] = `${lemma}|${pos}`;
  out[4] = prev ? `${prev.pos}>${pos}` : `^>${pos}`;
  out[5] = next ? `${pos}<${next.pos}` : `${pos}<$`;
  out[6] = prev ? lemmaOf(prev) : '^';
  out[7] = next ? lemmaOf(next) : '$';
  // Derivational endings (-tion, -ment, -ance) carry over to lemmas never seen in training. Three
  // letters measured no better than four and learn from a few frequent words ("decade" makes -ade
  // look like no event at all), so four it is.
  out[8] = lemma.length > 5 ? `${lemma.slice(-4)}|${pos}` : NONE;
  // The inflection as written ("-ed", "-ing", "-s") separates "attacks" from "attacked".
  const text = token.text;
  out[9] = text.length > 3 ? `${text.slice(-2).toLowerCase()}|${pos}` : NONE;
  const first = text.charCodeAt(0);
  const capital = first >= 65 && first <= 90;
  out[10] = !capital ? NONE : p < 0 ? 'Cap^' : text === text.toUpperCase() ? 'CAPS' : 'Cap';
  out[11] = pos !== 'NOUN' ? NONE : isNoun(prev) ? (isNoun(next) ? 'NnN' : 'Nn') : isNoun(next) ? 'nN' : NONE;
  const noun = pos === 'NOUN';
  out[12] = noun ? (lexicon.nounSense.get(lemma) ?? 'n:-') : NONE;
  out[13] = noun && lexicon.nounVerb.has(lemma) ? 'nv' : NONE;
  out[14] = pos === 'VERB' ? (lexicon.verbSense.get(lemma) ?? 'v:-') : NONE;
}

/** How many templates there are (the length of a `featureKeys` output). */
export const TEMPLATE_COUNT = TEMPLATES.length;
