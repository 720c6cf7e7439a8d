import type { Token } from '../nlp/annotate.ts';
import { namingAfterNoun } from './namingAfterNoun.ts';
import { participleBeforeNoun } from './participleBeforeNoun.ts';
import { participleInAppositive } from './participleInAppositive.ts';

/**
 * Words the trigger model scores as events that, where they stand, name no happening: a participle
 * that gives an age or a name, a word of a capitalised title and the noun the title names, an
 * adjective the tagger took for a verb after a degree adverb. Structural signals of English, not a
 * list of the words the model gets wrong.
 */

/** Participles that give a thing its name ("a rig, called Deepwater Horizon,", "the concerts, billed as This Is It"). */
const NAMING =
  /^(?:called|named|titled|entitled|dubbed|billed|labelled|labeled|nicknamed|termed|branded|known|styled|christened)$/;

/** Words between "aged" and its number ("aged between 5 and 24", "aged under 18"). */
const AGE_BOUND = /^(?:between|under|over|from|about|around|just|nearly|almost|at)$/;

/** "aged 50", "a woman aged 38", "people aged between 5 and 24": a participle that gives an age. */
function ageParticiple(tokens: readonly Token[], i: number): boolean {
  if (tokens[i]!.text !== 'aged') return false;
  const next = tokens[i + 1];
  if (next?.pos === 'NUM' || /^\d/.test(next?.text ?? '')) return true;
  return AGE_BOUND.test(next?.text ?? '') && /^\d/.test(tokens[i + 2]?.text ?? '');
}

/**
 * "His 52-foot yacht, named "Bob," finished fourth", "the concerts, billed as This Is It", "Often
 * called the King of Pop, Jackson …": a participle of naming set off after its noun by a comma, or
 * opening the sentence (after an adverb perhaps), names the noun; it tells nothing that happened;
 * nor does "so-called" written apart ("the so called green energy plans").
 * (Not the verb of a clause: "Obama called the governors", "Feinberg was named by President Obama".)
 */
function namingParticiple(tokens: readonly Token[], i: number): boolean {
  if (!NAMING.test(tokens[i]!.text)) return false;
  const prev = tokens[i - 1];
  // "The so called green energy plans", "his so called science team": "so-called" written apart.
  // (After a determiner or a possessive only, and before no object or particle: not "and so called
  // an emergency meeting", "so called for an inquiry".)
  if (tokens[i]!.text.toLowerCase() === 'called' && prev?.text.toLowerCase() === 'so')
    return (
      /^(?:the|a|an|his|her|its|their|our|your|my|this|these|those|that)$/i.test(tokens[i - 2]?.text ?? '') &&
      !/^(?:for|on|off|up|in|out|a|an|the)$/i.test(tokens[i + 1]?.text ?? '')
    );
  if (i === 0 || (i === 1 && prev?.pos === 'ADV')) return tokens.slice(i + 1).some((t) => t.text === ',');
  // (Not "called on/for": a demand. Not after an aside that commas close, which a subject's verb
  // follows: "Mr Putin, an ally of Syria, called for …", "Mary Landry, the coordinator, called the
  // tests very promising".)
  if (tokens[i + 1]?.pos === 'ADP' && tokens[i + 1]!.text !== 'as') return false;
  if (prev?.text === ',' && /^(?:NOUN|PROPN|NUM)$/.test(tokens[i - 2]?.pos ?? ''))
    return !closesAside(tokens, i - 1);
  // "the concerts billed as This Is It": "billed as" after its noun (a bill is sent to someone).
  return (
    tokens[i]!.text === 'billed' && tokens[i + 1]?.text === 'as' && /^(?:NOUN|PROPN)$/.test(prev?.pos ?? '')
  );
}

/** Whether the comma at `comma` closes an aside: an earlier comma opens it, with no verb between. */
function closesAside(tokens: readonly Token[], comma: number): boolean {
  for (let k = comma - 1; k >= 0; k--) {
    const t = tokens[k]!;
    if (t.text === ',') return true;
    if (t.pos === 'VERB' || t.pos === 'AUX') return false;
  }
  return false;
}

/** Parts of speech that a title capitalises but running text writes small ("This Is It", "What Killed …"). */
const FUNCTION_OR_VERB = /^(?:VERB|AUX|PRON|DET|ADP|CCONJ|SCONJ|PART)$/;
const CAPITALISED = /^\p{Lu}/u;

/**
 * The span [from, to) of a capitalised title of a work that token `i` lies in or right after:
 * a run of two capitalised words or more inside the sentence, one of which past the first is a verb,
 * a pronoun or a function word ("his This Is It tour", "the documentary What Killed Michael Jackson"),
 * or undefined.
 */
function titleRun(tokens: readonly Token[], i: number): [number, number] | undefined {
  const capital = (k: number) => k >= 0 && k < tokens.length && CAPITALISED.test(tokens[k]!.text);
  const at = capital(i) ? i : capital(i - 1) ? i - 1 : -1;
  if (at < 0) return undefined;
  let from = at;
  while (capital(from - 1)) from--;
  let to = at + 1;
  while (capital(to)) to++;
  // (Not a run that opens the sentence, whose first word is capitalised anyway: "In The Hague, …".)
  if (to - from < 2 || from === 0) return undefined;
  // A title's mark: a word past the run's first capitalised that running text writes small.
  const marked = tokens
    .slice(from + 1, to)
    .some((t) => FUNCTION_OR_VERB.test(t.pos) && /^\p{Lu}\p{Ll}/u.test(t.text) && t.text !== 'I');
  return marked ? [from, to] : undefined;
}

/**
 * "Rehearsal footage from Michael Jackson's This Is It tour can not be used", "the documentary What
 * Killed Michael Jackson": a word of a work's title is no happening, nor is the noun
 * in small letters the title names when a possessive, an article or a preposition opens it ("his
 * This Is It tour").
 */
function inTitle(tokens: readonly Token[], i: number): boolean {
  const run = titleRun(tokens, i);
  if (!run) return false;
  const [from, to] = run;
  if (i > from && i < to) return true;
  const before = tokens[from - 1];
  return (
    i === to &&
    /^\p{Ll}/u.test(tokens[i]!.text) &&
    before !== undefined &&
    (/^['’]s?$/.test(before.text) ||
      /^(?:DET|ADP)$/.test(before.pos) ||
      /^(?:his|her|its|their|our|my|your)$/i.test(before.text))
  );
}

/** Adverbs of degree, which an adjective follows after "be" ("It was very fun", "is so good"). */
const DEGREE = /^(?:very|so|too|really|quite|extremely|pretty|rather|incredibly|such)$/i;

/** "It was very fun going to …": a word after "be" and an adverb of degree is an adjective, no verb. */
function adjectiveAfterDegree(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  return (
    t.pos === 'VERB' &&
    !/(?:ed|ing|en)$/.test(t.text) &&
    DEGREE.test(tokens[i - 1]?.text ?? '') &&
    tokens[i - 2]?.lemma === 'be'
  );
}

/** Whether token `i`, scored as an event, names no happening where it stands (see above). */
export function namesNoHappening(tokens: readonly Token[], i: number): boolean {
  return (
    ageParticiple(tokens, i) ||
    namingParticiple(tokens, i) ||
    namingAfterNoun(tokens, i) ||
    inTitle(tokens, i) ||
    adjectiveAfterDegree(tokens, i) ||
    participleBeforeNoun(tokens, i) ||
    participleInAppositive(tokens, i)
  );
}
