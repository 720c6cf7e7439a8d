import { MONTHS, WEEKDAYS } from '../../temporal/vocabulary.ts';
import type { Token } from '../nlp/annotate.ts';

// The kinds of words the title cut reads, shared by its stages.

/** The most words a title keeps, unless its cut says otherwise (`maxWords`): a headline's length, a line of the page. */
export const TITLE_MAX_WORDS = 21;

/** Words that open a clause of time or reason ("since protests erupted", "after talks failed"). */
export const opensTimeClause = (word: string | undefined): boolean =>
  word !== undefined && /^(?:since|after|before|until|when|while|because|although|though|once)$/i.test(word);

/** Particles of phrasal verbs ("broke out", "wrapped up"). */
export const PARTICLES = new Set('out off up down back away over aside forward'.split(' '));
/** Prepositions whose phrase may complete a title ("in Kabul", "with Mr Annan"). */
export const PLACE_PREPOSITIONS = new Set(
  'in at near into on against to from across outside inside around toward towards along with for over as between among'.split(
    ' ',
  ),
);
/**
 * Words of a verb group kept in a title: negation, and the hedges that say a claim is not
 * established ("were reportedly killed"): dropping them would turn a report into a fact.
 */
export const GROUP_ADVERBS = new Set([
  'not',
  "n't",
  'never',
  'no',
  // "was no longer trying": the negation's second word.
  'longer',
  // "families barely have running water": adverbs that all but negate.
  'barely',
  'hardly',
  'scarcely',
  'seldom',
  'rarely',
  'reportedly',
  'allegedly',
  'apparently',
  'purportedly',
  'reputedly',
  'possibly',
  'probably',
  'seemingly',
  'likely',
  // "was entirely seized", "had nearly doubled": adverbs of extent, without which the claim is another.
  'entirely',
  'completely',
  'fully',
  'totally',
  'wholly',
  'partly',
  'partially',
  'largely',
  'mostly',
  'almost',
  'nearly',
  'virtually',
]);
/** A possessive pronoun before a noun ("its", "their", "my" …): it opens a noun phrase as an article does. */
export const POSSESSIVE_PRONOUN = /^(?:its|their|his|her|our|my|your)$/i;

/** Quotation marks and brackets, never kept. */
export const QUOTES = /^(?:["“”‘’'()[\]«»]|``|'')$/;

/** Words of a noun phrase: determiners, adjectives, nouns, names, numbers, possessives. */
/** A finite auxiliary or modal, the verb of a finite verb group ("is", "has", "would", "did"). */
export const FINITE_AUX =
  /^(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|shall|does|did)$/i;

export const isNominal = (t: Token): boolean =>
  t.pos === 'DET' ||
  t.pos === 'ADJ' ||
  t.pos === 'NOUN' ||
  t.pos === 'PROPN' ||
  t.pos === 'NUM' ||
  (t.pos === 'PART' && /^['’]s$/.test(t.text)) ||
  (t.pos === 'SYM' && /^[$%€£]$/.test(t.text)) ||
  (t.pos === 'PRON' && /^(?:his|her|its|their|our|my|your)$/i.test(t.text));

/** A word a title cannot end on: a function word, a wh-word, or a participle left without its phrase. */
export const dangles = (t: Token): boolean =>
  /^(?:ADP|DET|CCONJ|SCONJ|AUX|PART)$/.test(t.pos) ||
  /^(?:what|which|who|whom|whose|that|where|when|whereas|whereby)$/i.test(t.text) ||
  (t.pos === 'VERB' && /ing$/i.test(t.text));

/**
 * "to spin all of this | as if …": a demonstrative no noun, verb or other phrase follows stands for
 * one, and ends a title well.
 */
export const pointingPronoun = (tokens: readonly Token[], i: number): boolean =>
  /^(?:this|these|those)$/i.test(tokens[i]!.text) &&
  // (Not "conditions like those | in the Gulf", whose phrase says which.)
  !/^(?:NOUN|PROPN|ADJ|NUM|DET|PRON|VERB|AUX|ADP)$/.test(tokens[i + 1]?.pos ?? '');

/**
 * How many of the `next` words (token indices after a cut, in order) finish the phrase the cut
 * left open, at most `extra`: "… with the peace" + "plan", "… to end" + "the violence". 0 when the
 * phrase is finished already, -1 when it runs on past `extra` words (the caller then drops it).
 */
export function phraseRest(
  tokens: readonly Token[],
  last: number,
  next: readonly number[],
  extra = 5,
): number {
  const open = tokens[last]!;
  // After a verb, its object may follow; after a noun word or a preposition, more of the phrase.
  const opens =
    isNominal(open) ||
    open.pos === 'ADP' ||
    (open.pos === 'VERB' && tokens[last - 1]?.text.toLowerCase() === 'to') ||
    // "must hand" + "over detailed plans", "would not give" + "guarantees": a bare verb after a
    // modal or a negation, whose object follows.
    (open.pos === 'VERB' &&
      open.lemma === open.text.toLowerCase() &&
      /^(?:AUX|PART)$/.test(tokens[last - 1]?.pos ?? '') &&
      tokens[last - 1]?.text.toLowerCase() !== 'to') ||
    // "are holed" + "up": a participle whose particle follows.
    (/ed$/i.test(open.text) && PARTICLES.has(tokens[next[0] ?? -1]?.text.toLowerCase() ?? ''));
  if (!opens) return 0;
  // "would have to move" + "to a new stage", "was forced to flee" + "into Turkey": where a verb
  // goes, when its phrase ends within `extra` words.
  const to = tokens[next[0] ?? -1];
  if (open.pos === 'VERB' && to?.pos === 'ADP' && /^(?:to|into|onto|toward|towards)$/i.test(to.text)) {
    let n = 1;
    while (n < next.length && n <= extra && isNominal(tokens[next[n]!]!)) n++;
    const after = tokens[next[n] ?? -1];
    const ends = after === undefined || !(isNominal(after) || /^of$/i.test(after.text));
    return n > 1 && n <= extra && ends ? n : 0;
  }
  let n = 0;
  for (const [m, i] of next.entries()) {
    const t = tokens[i]!;
    // "the implementation" + "of the Annan plan": an "of" phrase completes its noun.
    const of =
      t.text.toLowerCase() === 'of' && isNominal(tokens[i - 1]!) && isNominal(tokens[next[m + 1] ?? i]!);
    // A determiner after a noun starts another phrase; after "of" it goes on with this one.
    const before = m > 0 ? tokens[next[m - 1]!]! : open;
    const newPhrase = t.pos === 'DET' && isNominal(before) && before.pos !== 'DET';
    // "the ability" + "to change the status quo": a noun's infinitive complement.
    const infinitive =
      (t.text.toLowerCase() === 'to' &&
        t.pos === 'PART' &&
        isNominal(before) &&
        tokens[next[m + 1] ?? i]?.pos === 'VERB') ||
      (t.pos === 'VERB' && before.text.toLowerCase() === 'to');
    // "to stand" + "down": a verb's particle.
    const particle =
      PARTICLES.has(t.text.toLowerCase()) && (before.pos === 'VERB' || /ed$/i.test(before.text)) && m === 0;
    const continues = of || infinitive || particle || (isNominal(t) && !newPhrase);
    // "… until armed terrorist groups" + "had presented": the phrase is the subject of a clause;
    // "the six-point peace" + "plan | drawn up by Annan": a participle with its preposition describes it.
    const participle =
      t.pos === 'VERB' && /(?:ed|en|wn)$/i.test(t.text) && /^(?:ADP|PART)$/.test(tokens[i + 1]?.pos ?? '');
    if (!continues) return n > 0 && (t.pos === 'VERB' || t.pos === 'AUX') && !participle ? -1 : n;
    if (n === extra) return -1;
    n++;
  }
  return n;
}

/**
 * How many of the words `next` after a verb the word limit cut are its short object ("had abducted
 * and massacred" + "25 villagers"): a noun phrase of at most `extra` words that ends there (a
 * preposition but "of", a clause or the sentence's end after it), else 0.
 */
export function objectRest(
  tokens: readonly Token[],
  last: number,
  next: readonly number[],
  extra = 3,
): number {
  if (tokens[last]?.pos !== 'VERB' || next[0] !== last + 1) return 0;
  let n = 0;
  while (n < next.length && next[n] === last + 1 + n && isNominal(tokens[next[n]!]!)) n++;
  const after = tokens[last + 1 + n];
  const ends =
    after === undefined ||
    (/^(?:ADP|PUNCT|CCONJ|SCONJ)$/.test(after.pos) && after.text.toLowerCase() !== 'of');
  return n > 0 && n <= extra && ends && tokens[last + n]!.pos !== 'DET' ? n : 0;
}

/**
 * Whether two words open the bound of a number: "At least 35 died", "Up to 300 monitors",
 * "Between 1,000 and 2,000 Syrians".
 */
export const opensNumberBound = (first: Token, second: Token | undefined): boolean =>
  (/^(?:at|up)$/i.test(first.text) && /^(?:least|most|to)$/i.test(second?.text ?? '')) ||
  // "About 45,000-50,000 people", "Around 300", "Over 1,000": a rough bound before its number.
  (/^(?:between|about|around|over|nearly|almost|some|roughly|approximately)$/i.test(first.text) &&
    second?.pos === 'NUM') ||
  // "As many as 50 people".
  (/^as$/i.test(first.text) && /^(?:many|much|few)$/i.test(second?.text ?? ''));

/** Verbs whose object may be a clause ("said the US and Turkey were working"), listed with the clauses. */
export { CLAUSE_VERBS } from '../clauses/clauseVerbs.ts';

/**
 * "In Homs, …", "Near Isle Grande Terre, …": a preposition of place and the name it opens, the
 * start of a phrase that says where (not a date's, "In March", "In Friday's statement").
 */
export function opensPlaceName(preposition: Token | undefined, name: Token | undefined): boolean {
  return (
    /^(?:in|at|near|outside|inside)$/i.test(preposition?.text ?? '') &&
    name?.pos === 'PROPN' &&
    !(name.text.toLowerCase() in MONTHS) &&
    !(name.text.toLowerCase() in WEEKDAYS)
  );
}

/**
 * "two journalists are now safely out", "the talks are over": a particle at token `i` that ends its
 * clause after an adverb or auxiliary (`before`) is what is said of the subject, no dangling word.
 */
export function closingParticle(tokens: readonly Token[], i: number, before: Token | undefined): boolean {
  if (!/^(?:[.;,!?]|)$/.test(tokens[i + 1]?.text ?? '')) return false;
  return (
    (PARTICLES.has(tokens[i]!.text.toLowerCase()) && /^(?:ADV|AUX)$/.test(before?.pos ?? '')) ||
    // "fans gathered outside", "stayed indoors": an adverb of place after its verb, with no noun of
    // its own, is where, not a preposition the cut left.
    (PLACE_ADVERBS.test(tokens[i]!.text) && before?.pos === 'VERB')
  );
}

const PLACE_ADVERBS =
  /^(?:outside|inside|indoors|outdoors|abroad|ashore|aboard|nearby|overhead|downstairs|upstairs|underground)$/i;

/**
 * Whether token `i` is a hyphen standing as a dash, a space on each side ("the town - a focus -
 * fell"); not one in a range ("$3 - $6bn") nor in a compound the text spaced ("an oil - siphoning cap").
 */
export function spacedDash(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  if (
    t.text !== '-' ||
    t.pos !== 'PUNCT' ||
    (before !== undefined && before.end >= t.start) ||
    (after !== undefined && t.end >= after.start)
  )
    return false;
  if (before?.pos === 'NUM' && /^(?:NUM|SYM)$/.test(after?.pos ?? '')) return false;
  return !(
    after !== undefined &&
    /^\p{Ll}/u.test(after.text) &&
    (after.pos === 'ADJ' || (after.pos === 'VERB' && /ing$/.test(after.text))) &&
    tokens[i + 2]?.pos === 'NOUN'
  );
}

/** The spaced dash that closes an aside opened at `i`, within 15 words and before `to`, or -1. */
export function closingDash(tokens: readonly Token[], i: number, to: number): number {
  for (let j = i + 1; j < Math.min(to, i + 16); j++) if (spacedDash(tokens, j)) return j;
  return -1;
}

/**
 * Whether token `i` is half of an "at least"/"at most" whose number a cut left out ("have granted at
 * least | 19 waivers"): a bound without its number says nothing. So is the first word of a
 * two-word preposition ("due | to global warming").
 */
export function strandedBound(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!.text;
  return (
    // ("malaria due | to global warming": the first word of a two-word preposition.)
    (/^(?:due|according|prior|owing|thanks)$/i.test(t) && /^to$/i.test(tokens[i + 1]?.text ?? '')) ||
    // ("pumping materials such | as shredded up tires": so is "such" without its "as".)
    (/^such$/i.test(t) && /^as$/i.test(tokens[i + 1]?.text ?? '')) ||
    // ("cutting short a trip in order | to return": so is "in order" without its infinitive.)
    (/^order$/i.test(t) &&
      /^in$/i.test(tokens[i - 1]?.text ?? '') &&
      /^to$/i.test(tokens[i + 1]?.text ?? '')) ||
    (/^(?:least|most)$/i.test(t) && /^at$/i.test(tokens[i - 1]?.text ?? '')) ||
    (/^at$/i.test(t) && /^(?:least|most)$/i.test(tokens[i + 1]?.text ?? ''))
  );
}

/**
 * The closing bracket of a figure's bracketed aside opening at token `open` ("630,000 gallons |
 * (2,864,037 litres)", "$270m (# 165m)": a conversion), at most `reach` tokens on and before `to`;
 * -1 if `open` opens none.
 */
export function figureAsideClose(
  tokens: readonly Token[],
  open: number,
  to = tokens.length,
  reach = 7,
): number {
  const next = tokens[open + 1];
  if (tokens[open]?.text !== '(' || !next || (next.pos !== 'NUM' && !/^[#$£€¥]$/.test(next.text))) return -1;
  for (let j = open + 1; j <= open + reach && j < to; j++) {
    if (tokens[j]!.text === ')') return j;
    if (tokens[j]!.text === '(') return -1;
  }
  return -1;
}

/**
 * `after the earthquake "thousands of people poured out`: a quotation mark set apart from the noun
 * before it and glued to the word after opens words quoted, whose subject starts after it (not a
 * mark inside a phrase, `a meeting of the "Friends of Syria" group`, after an article or preposition;
 * nor one that closes before the verb group at `verb`, or at its start).
 */
export function opensQuotation(tokens: readonly Token[], j: number, verb: number): boolean {
  const q = tokens[j]!;
  // (Not a quoted name the mark closes before the verb: `The words "Martin Quarters" painted`.)
  if (tokens.slice(j + 1, verb + 1).some((t) => QUOTES.test(t.text))) return false;
  const before = tokens[j - 1];
  const after = tokens[j + 1];
  return (
    /^(?:["“]|``)$/.test(q.text) &&
    before !== undefined &&
    after !== undefined &&
    before.end < q.start &&
    after.start === q.end &&
    (before.pos === 'NOUN' || before.pos === 'PROPN')
  );
}

/**
 * Whether the comma at `comma` closes the phrase the `left` words (token indices before it) finish:
 * they open no clause of their own ("but that its plant in Altamira, Mexico was working"), and do
 * not end on an adjective of a list or a word that needs more ("to meet with federal, state and
 * local officials").
 */
export function closesAtComma(tokens: readonly Token[], comma: number, left: readonly number[]): boolean {
  if (
    !/^[,;]$/.test(tokens[comma]?.text ?? '') ||
    /^(?:ADJ|DET|ADP|CCONJ|SCONJ|PART)$/.test(tokens[comma - 1]?.pos ?? '')
  )
    return false;
  // (A clause opened before the comma has its verb: "how a vaccine might be produced,".)
  const from = Math.min(left[0] ?? comma, comma) - 8;
  for (let i = comma - 1; i >= Math.max(0, from); i--) {
    const t = tokens[i]!;
    if (t.pos === 'VERB' || t.pos === 'AUX') return true;
    if (t.pos === 'SCONJ' || /^(?:that|how|why|whether|which|who|where|when)$/i.test(t.text)) return false;
  }
  return true;
}
