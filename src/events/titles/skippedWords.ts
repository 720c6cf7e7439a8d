import type { Token } from '../nlp/annotate.ts';
import { datePairJoiner } from './datePairJoiner.ts';
import { rateDate } from './rateDate.ts';
import { isNominal, PARTICLES, QUOTES } from './words.ts';

/**
 * Which tokens a title leaves out: quotation marks and the date expressions, with what only serves
 * the date: its preposition ("said on Friday"), a possessive ("Friday's attack"), an adverb before
 * it ("exactly a year ago", "later on Thursday") and the measure phrase of a duration ("after four
 * weeks of bombardment").
 */
export function skippedWords(
  tokens: readonly Token[],
  skip: ReadonlyArray<readonly [number, number]>,
): (i: number) => boolean {
  // A sentence's cuts all skip its dates (the same array): the answer is made once per sentence.
  // (With no date to skip, a fresh empty array each call: the answer is kept by the tokens instead.)
  if (skip.length === 0) {
    let bare = madeBare.get(tokens);
    if (bare === undefined) {
      bare = skippedWordsOf(tokens, skip);
      madeBare.set(tokens, bare);
    }
    return bare;
  }
  const known = made.get(skip);
  if (known?.tokens === tokens) return known.skipped;
  const skipped = skippedWordsOf(tokens, skip);
  made.set(skip, { tokens, skipped });
  return skipped;
}

/** `skippedWords` of tokens with no span skipped. */
const madeBare = new WeakMap<readonly Token[], (i: number) => boolean>();

/** `skippedWords` by the spans skipped, with the tokens it was made for. */
const made = new WeakMap<object, { tokens: readonly Token[]; skipped: (i: number) => boolean }>();

function skippedWordsOf(
  tokens: readonly Token[],
  skip: ReadonlyArray<readonly [number, number]>,
): (i: number) => boolean {
  const inSkip = tokens.map((x) => skip.some(([a, b]) => x.start < b && x.end > a));
  const out = tokens.map((t, i) => QUOTES.test(t.text) || inSkip[i]!);
  for (let a = 0; a < tokens.length; a++) {
    if (!inSkip[a] || inSkip[a - 1]) continue;
    let z = a;
    while (inSkip[z + 1]) z++;
    // "they spend much of the day gathered around radio sets": a date a quantity is taken of is the
    // object of the verb; without it the title would say "spend much gathered".
    // (Not a part of a date: "in the first half of | August".)
    if (
      tokens[a - 1]?.text.toLowerCase() === 'of' &&
      /^(?:much|most|part|all|some|rest|half|remainder|bulk|many)$/i.test(tokens[a - 2]?.text ?? '') &&
      !/^(?:first|second|third|fourth|last|latter|former|early|late)$/i.test(tokens[a - 3]?.text ?? '')
    ) {
      for (let j = a; j <= z; j++) out[j] = QUOTES.test(tokens[j]!.text);
      continue;
    }
    // "25,000 barrels a day": the time of a rate after a quantity is its unit, no date.
    if (rateDate(tokens, a, z)) {
      for (let j = a; j <= z; j++) out[j] = false;
      continue;
    }
    let b = a - 1;
    // "closed until at least Sunday", "as early as next week": a bound on the date goes with it.
    const words = (n: number) =>
      tokens
        .slice(Math.max(0, b - n + 1), b + 1)
        .map((x) => x.text.toLowerCase())
        .join(' ');
    const bound = /^(?:as early as|as late as|as soon as|no later than|no earlier than)$/.test(words(3))
      ? 3
      : /^(?:at least|at most)$/.test(words(2))
        ? 2
        : 0;
    for (let n = 0; n < bound; n++) out[b--] = true;
    // "to help it cope with last week's earthquake": before a possessive date, the preposition is the noun's.
    // (A possessive date that is its phrase's determiner is kept before it comes here: keptDates.)
    if (/^['’]s$/.test(tokens[z + 1]?.text ?? '')) {
      out[z + 1] = true;
      continue;
    }
    // A preposition a date takes ("on", "since", "over the weekend"), not a verb's particle
    // ("broke out on Wednesday", "play them down on Monday").
    const preposition = (t: Token | undefined) =>
      t !== undefined &&
      (t.pos === 'ADP' || (t.pos === 'SCONJ' && /^(?:since|until|till|before|after)$/i.test(t.text))) &&
      !(PARTICLES.has(t.text.toLowerCase()) && t.text.toLowerCase() !== 'over');
    // "later on Thursday": an adverb that is no particle of the verb before it.
    // Not a word the library calls an adverb that is more ("a leaking oil well on Thursday").
    const adverb = tokens[b];
    if (
      adverb?.pos === 'ADV' &&
      !preposition(adverb) &&
      !PARTICLES.has(adverb.text.toLowerCase()) &&
      (/ly$/i.test(adverb.text) ||
        /^(?:later|earlier|early|late|again|just|only|since|already|around|about|almost|nearly|shortly|soon|once|then|now|as)$/i.test(
          adverb.text,
        ))
    ) {
      out[b] = true;
      b--;
    }
    // "The council will not vote on the resolution until next week": after a negation, "until"
    // tells when it will happen; without it the title says the opposite, so the date stays.
    // (Not the cleft "it wasn't until the early 1900s that scientists discovered …".)
    const cleft = /^(?:not|n't|n’t)$/i.test(tokens[b - 1]?.text ?? '') && tokens[b - 2]?.lemma === 'be';
    if (
      /^(?:until|till)$/i.test(tokens[b]?.text ?? '') &&
      !cleft &&
      tokens.slice(Math.max(0, b - 8), b).some((t) => /^(?:not|n't|n’t|never)$/i.test(t.text))
    ) {
      for (let j = b; j <= z; j++) out[j] = QUOTES.test(tokens[j]!.text);
      continue;
    }
    const prepositional = preposition(tokens[b]);
    if (prepositional) out[b] = true;
    // "later on Thursday", "sometime in August": the adverb may stand before the preposition.
    const early = tokens[b - 1];
    if (
      prepositional &&
      (early?.pos === 'ADV' || early?.pos === 'ADJ') &&
      /^(?:later|earlier|early|late|again|since|sometime)$/i.test(early.text)
    )
      out[b - 1] = true;
    const next = tokens[z + 1];
    if (!next) continue;
    // "after Friday prayers": the date names a kind of the noun after it, whose phrase goes with it.
    // Not a date that opens its clause ("On Friday journalists reported"), nor a common noun's
    // ("in the past people never took …").
    if (
      prepositional &&
      next.pos === 'NOUN' &&
      /^\p{Ll}/u.test(next.text) &&
      /^\p{Lu}/u.test(tokens[z]!.text) &&
      b > 0 &&
      !/^[,;:]$/.test(tokens[b - 1]!.text)
    )
      for (let j = z + 1; tokens[j]?.pos === 'NOUN' && /^\p{Ll}/u.test(tokens[j]!.text); j++) out[j] = true;
    // "at 07:30 local time", "at 0430 GMT": the clock's zone goes with it.
    if (/^local$/i.test(next.text) && /^time$/i.test(tokens[z + 2]?.text ?? '')) {
      out[z + 1] = true;
      out[z + 2] = true;
    } else if (/^(?:GMT|UTC|BST|EST|EDT|CET|CEST)$/.test(next.text)) out[z + 1] = true;
    if (/^['’]s$/.test(next.text)) out[z + 1] = true;
    // "on Tuesday alone", "last year too": an adverb that only bounds the date.
    if (/^(?:alone|too|again|only)$/i.test(next.text) && next.pos === 'ADV') out[z + 1] = true;
    // "within minutes of each other", "after hours of talks": an "of" phrase after a length of time
    // is the date's, and so is "on Tuesday of next week"; after a day, another "of" is not ("the
    // shooting dead on Sunday | of two anti-Syrian clerics").
    const day =
      /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|tomorrow)$/i.test(
        tokens[z]!.text,
      );
    const ofTime =
      !day || tokens.slice(z + 2, z + 5).some((x) => /^(?:week|month|year|next|last|this)$/i.test(x.text));
    if (next.text.toLowerCase() === 'of' && prepositional && ofTime) {
      out[z + 1] = true;
      for (let j = z + 2; j < tokens.length && isNominal(tokens[j]!); j++) out[j] = true;
    }
  }
  // "said in late April or early May": a conjunction between two dates goes with them.
  for (let i = 1; i + 1 < tokens.length; i++) if (datePairJoiner(tokens, i, (j) => inSkip[j]!)) out[i] = true;
  // "killed across the country on Monday | and at least 37 people on Tuesday": a second count
  // whose verb the sentence leaves out goes with its date.
  for (let i = 1; i + 1 < tokens.length; i++) {
    if (tokens[i]!.pos !== 'CCONJ' || !inSkip[i - 1]) continue;
    let j = i + 1;
    while (
      j < tokens.length &&
      j - i <= 7 &&
      !inSkip[j] &&
      (isNominal(tokens[j]!) ||
        /^(?:at|least|most|more|than|up|to|some|about|nearly|another)$/i.test(tokens[j]!.text))
    )
      j++;
    const dated = inSkip[j] || (tokens[j]?.pos === 'ADP' && inSkip[j + 1]);
    // (A count: a number or its bound first, "and at least 37 people", not "and the Three Mile Island accident".)
    const count =
      /^\d/.test(tokens[i + 1]!.text) ||
      /^(?:at|more|up|some|about|nearly|another)$/i.test(tokens[i + 1]!.text);
    if (dated && j > i + 1 && count && tokens.slice(i + 1, j).some((t) => t.pos === 'NUM'))
      for (let n = i; n < j; n++) out[n] = true;
  }
  return (i) => out[i] === true;
}
