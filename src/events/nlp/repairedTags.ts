import { knownWord } from './annotate.ts';
import { modalVerbs } from './modalVerbs.ts';
import { existentialNouns, haveAdjectives, ordinalAdjectives, possessedNouns } from './repairedNounTags.ts';
import { demonstrativeThat } from './thatAfterVerb.ts';
import { retagged, type Token } from './token.ts';

/**
 * A few parts of speech the tagger gets wrong in news prose, repaired from the words around them.
 * Heads of a noun phrase an article opens: "the well leaked" (an adverb), "a controlled burn of the
 * slick" (a verb's base form before "of"), "the slick to remove" (an adjective with no noun after
 * it), "a deepwater oil well exploded"; a gerund an adjective opens before its verb ("Heavy
 * fighting is continuing"); a participle between an article and its noun is an adjective ("a
 * controlled burn"); a modal's bare verb the tagger took for an adjective or a noun ("would not
 * close").
 */
export function repairedTags(tokens: Token[]): Token[] {
  // One function a repair: a rare case met late deoptimizes only its own code (see gluedStarts).
  return modalVerbs(
    ordinalAdjectives(
      demonstrativeThat(
        haveAdjectives(
          existentialNouns(
            possessedNouns(
              verbsAfterNames(
                gerundHeads(
                  perfectParticiples(
                    openingPluralNouns(
                      reflexiveVerbs(
                        liveAdverbs(
                          sayingVerbs(participleAdjectives(gerundSubjects(phraseHeadNouns(tokens)))),
                        ),
                      ),
                    ),
                  ),
                ),
              ),
            ),
          ),
        ),
      ),
    ),
  );
}

/**
 * "Meanwhile reports from northern Lebanon said": a plural opening the clause after an adverb, its
 * phrase of "from"/"of"/"about" followed by the clause's verb, is a noun the tagger took for a verb.
 */
function openingPluralNouns(tokens: Token[]): Token[] {
  for (let i = 0; i + 2 < tokens.length; i++) {
    const t = tokens[i]!;
    // (Only a verb is repaired: its patterns are not tested on every other word.)
    if (t.pos !== 'VERB') continue;
    // (Or one that opens its sentence: "Hopes of finding survivors in the rubble are fading".)
    const opens =
      /^\p{Lu}\p{Ll}+s$/u.test(t.text) &&
      (i === 0 || /^[.!?]$/.test(tokens[i - 1]!.text)) &&
      /^of$/i.test(tokens[i + 1]!.text);
    if (
      !(
        opens ||
        (i > 0 &&
          /^\p{Ll}+s$/u.test(t.text) &&
          tokens[i - 1]!.pos === 'ADV' &&
          (i === 1 || /^(?:PUNCT|CCONJ)$/.test(tokens[i - 2]!.pos)) &&
          /^(?:from|of|about|in)$/i.test(tokens[i + 1]!.text))
      )
    )
      continue;
    for (let j = i + 2; j < Math.min(tokens.length, i + 10); j++) {
      const x = tokens[j]!;
      if (x.pos === 'VERB' || x.pos === 'AUX') {
        if (x.lemma !== x.text.toLowerCase()) tokens[i] = retagged(t, 'NOUN');
        break;
      }
      if (x.text === ',') break;
    }
  }
  return tokens;
}

/** "Two suicide bombers blow themselves up": a word the tagger took for a noun before a reflexive object is a verb. */
function reflexiveVerbs(tokens: Token[]): Token[] {
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    if (
      t.pos === 'NOUN' &&
      /^\p{Ll}/u.test(t.text) &&
      /^(?:themselves|himself|herself|itself)$/i.test(tokens[i + 1]!.text) &&
      /^(?:NOUN|PROPN|PRON)$/.test(tokens[i - 1]!.pos)
    )
      tokens[i] = retagged(t, 'VERB');
  }
  return tokens;
}

/**
 * "Activists streamed their rally live on the internet": "live" after a verb and its object, before
 * a preposition or the end, is an adverb (not "Syrians live in fear", whose verb it is).
 */
function liveAdverbs(tokens: Token[]): Token[] {
  for (let i = 2; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.pos !== 'VERB' || !/^live$/i.test(t.text) || !/^(?:ADP|PUNCT)$/.test(tokens[i + 1]?.pos ?? 'PUNCT'))
      continue;
    let v = i - 1;
    while (v > 0 && /^(?:NOUN|PROPN|PRON|DET|ADJ|NUM)$/.test(tokens[v]!.pos) && i - v <= 5) v--;
    if (v < i - 1 && tokens[v]!.pos === 'VERB') tokens[i] = retagged(t, 'ADV', 'live');
  }
  return tokens;
}

/** Verbs of saying and believing in the third person that the tagger may take for plural nouns. */
const SAYING_S =
  /^(?:estimates|says|reports|claims|warns|believes|insists|fears|admits|denies|thinks|suspects|alleges|predicts)$/i;

/**
 * "The UN estimates | more than 9,000 people have died": a verb of saying after its subject, before
 * the clause it says (a subject then its verb within six words), the tagger took for a noun.
 */
function sayingVerbs(tokens: Token[]): Token[] {
  for (let i = 1; i + 2 < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.pos !== 'NOUN' || !SAYING_S.test(t.text) || !/^(?:PROPN|NOUN)$/.test(tokens[i - 1]!.pos)) continue;
    const next = tokens[i + 1]!;
    if (!/^(?:NUM|DET|PRON|PROPN|ADJ|ADV|SCONJ)$/.test(next.pos) || /^of$/i.test(next.text)) continue;
    // "Mark Vitner estimates that | up to 250,000 Gulf jobs in fishing, tourism and energy will be
    // lost": after "that" the said clause's subject may run long, past commas (not "estimates that
    // were released", a relative clause).
    const that = /^that$/i.test(next.text) && !/^(?:VERB|AUX)$/.test(tokens[i + 2]!.pos);
    for (let j = i + 2; j < Math.min(tokens.length, i + (that ? 20 : 8)); j++) {
      const x = tokens[j]!;
      if (x.pos === 'AUX' || (x.pos === 'VERB' && x.lemma !== x.text.toLowerCase())) {
        tokens[i] = retagged(t, 'VERB');
        break;
      }
      if ((x.pos === 'PUNCT' && !(that && x.text === ',')) || x.pos === 'VERB') break;
    }
  }
  return tokens;
}

/** Heads of a noun phrase an article opens, and adjectives nothing follows, tagged as nouns (see `repairedTags`). */
function phraseHeadNouns(tokens: Token[]): Token[] {
  const article = (x: Token | undefined) => x !== undefined && /^(?:the|a|an)$/i.test(x.text);
  // A participle as a noun's modifier, regular or not ("ruptured", "blown", "stricken").
  const modifyingParticiple = (x: Token) => x.pos === 'VERB' && /(?:ed|en|wn)$/i.test(x.text);
  // Whether an article opens the phrase before token `i`, past its modifiers ("the blown", "a controlled").
  const opensPhrase = (i: number) => {
    let m = i - 1;
    // (A participle regular or not: "the ruptured well", "the blown well", "the blown-out well".)
    while (
      m > 0 &&
      (tokens[m]!.pos === 'ADJ' ||
        modifyingParticiple(tokens[m]!) ||
        // (A hyphened compound, however tagged: "the blown-out/ADP well".)
        /^\p{L}+-\p{L}+$/u.test(tokens[m]!.text))
    )
      m--;
    return article(tokens[m]);
  };
  // Whether the name ending at token `k` stands inside a noun phrase something opens before it ("BP's
  // Macondo", "the Deepwater Horizon", "from Macondo", "the blown-out Gulf of Mexico", "(BP.L) Macondo",
  // "the damaged Macondo"), not at the start of its sentence or clause, where it is a subject
  // ("Ferguson", "and Ferguson").
  const nameInsidePhrase = (k: number) => {
    let m = k;
    while (
      m > 0 &&
      (tokens[m]!.pos === 'PROPN' || (/^of$/i.test(tokens[m]!.text) && tokens[m - 1]!.pos === 'PROPN'))
    )
      m--;
    const before = tokens[m]!;
    if (before.pos === 'PROPN') return false;
    return (
      /^(?:DET|PART|ADJ|NOUN|ADP|NUM|PRON)$/.test(before.pos) ||
      // (A participle as its modifier: "the damaged Macondo well".)
      modifyingParticiple(before) ||
      before.text === ')' ||
      /-/.test(before.text)
    );
  };
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    const prev = tokens[i - 1]!;
    // ("the blown well", "the ruptured well": past the article's modifiers.)
    // ("a deepwater oil well exploded": after a noun, before a verb or the end of the phrase.)
    const well =
      t.pos === 'ADV' &&
      /^well$/i.test(t.text) &&
      (opensPhrase(i) ||
        (prev.pos === 'NOUN' &&
          /^(?:VERB|AUX|ADP|PUNCT|CCONJ)$/.test(tokens[i + 1]?.pos ?? 'PUNCT') &&
          !/^as$/i.test(tokens[i + 1]?.text ?? '')) ||
        // ("BP's Macondo well ruptured": after a name inside a noun phrase, before a verb in the past
        // or an auxiliary; not "Ferguson well deserved the win", a name opening its clause.)
        (prev.pos === 'PROPN' &&
          nameInsidePhrase(i - 1) &&
          (tokens[i + 1]?.pos === 'AUX' ||
            (tokens[i + 1]?.pos === 'VERB' && /ed$/i.test(tokens[i + 1]!.text)))));
    const headOfOf =
      t.pos === 'VERB' &&
      t.lemma === t.text.toLowerCase() &&
      tokens[i + 1]?.text.toLowerCase() === 'of' &&
      opensPhrase(i);
    // "the slick to remove oil", "the wounded were": an adjective an article opens and nothing names after.
    const adjective =
      t.pos === 'ADJ' &&
      article(prev) &&
      /^(?:PART|ADP|AUX|VERB)$/.test(tokens[i + 1]?.pos ?? '') &&
      !/^(?:same|first|last|next|other|only|latest|best|worst|most|least|former|latter)$/i.test(t.text);
    if (well || headOfOf || adjective) tokens[i] = retagged(t, 'NOUN');
    // "the blown-out/ADP well": a hyphened compound between an article and "well" is its modifier, no
    // preposition. (Only before "well", which the tagger then reads as an adverb; elsewhere its tag
    // stands: "the clean-up operation", "The fall-out has".)
    else if (
      t.pos === 'ADP' &&
      article(prev) &&
      /^\p{L}+-\p{L}+$/u.test(t.text) &&
      /^well$/i.test(tokens[i + 1]?.text ?? '')
    )
      tokens[i] = retagged(t, 'ADJ');
  }
  return tokens;
}

/**
 * "Heavy fighting is continuing", "fierce fighting broke out": a gerund an adjective opens,
 * before its verb, is a noun.
 */
function gerundSubjects(tokens: Token[]): Token[] {
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    if (
      t.pos === 'VERB' &&
      /ing$/i.test(t.text) &&
      (tokens[i - 1]!.pos === 'ADJ' ||
        // ("Heavy fighting", a sentence's capitalised first word the tagger takes for a name.)
        (tokens[i - 1]!.pos === 'PROPN' &&
          /^\p{Lu}\p{Ll}+$/u.test(tokens[i - 1]!.text) &&
          knownWord(tokens[i - 1]!.text.toLowerCase()))) &&
      /^(?:AUX|VERB)$/.test(tokens[i + 1]!.pos) &&
      !/ing$/i.test(tokens[i + 1]!.text)
    )
      tokens[i] = retagged(t, 'NOUN');
  }
  return tokens;
}

/** "a controlled burn", "the wounded soldiers", "BP's ruptured oil well": a participle between an article or a possessive and its noun. */
function participleAdjectives(tokens: Token[]): Token[] {
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    if (
      t.pos === 'VERB' &&
      /(?:ed|en)$/i.test(t.text) &&
      // ("BP's ruptured oil well", "its damaged cap": or a possessive; not "What's called", whose
      // "'s" is "is", nor "Moody's downgraded BP's rating", a name's verb before its object's own "'s".)
      // ("the number of reported cases": or "of".)
      (/^(?:the|a|an|its|his|her|their|our|of)$/i.test(tokens[i - 1]!.text) ||
        (/^['’]s$/.test(tokens[i - 1]!.text) &&
          /^(?:NOUN|PROPN)$/.test(tokens[i - 2]?.pos ?? '') &&
          !/^['’]s$/.test(tokens[i + 2]?.text ?? ''))) &&
      // ("the suspended Arab League observer mission": a name's words may follow.)
      (tokens[i + 1]!.pos === 'NOUN' ||
        (tokens[i + 1]!.pos === 'PROPN' && tokens.slice(i + 2, i + 6).some((x) => x.pos === 'NOUN')))
    )
      tokens[i] = retagged(t, 'ADJ');
    // "the Deepwater Horizon offshore drilling platform": an adverb of place before a noun (or a word
    // in -ing and its noun, or one that ends a preposition's phrase: "for offshore drilling.") is an
    // adjective of it, the word in -ing a noun: they name a kind.
    else if (
      t.pos === 'ADV' &&
      /^(?:offshore|onshore|inshore|overseas|underground|underwater|deepwater)$/i.test(t.text) &&
      (tokens[i + 1]!.pos === 'NOUN' ||
        (/^\p{Ll}+ing$/u.test(tokens[i + 1]!.text) &&
          (tokens[i + 2]?.pos === 'NOUN' ||
            (/^(?:ADP|DET)$/.test(tokens[i - 1]?.pos ?? '') &&
              /^(?:PUNCT|ADP|CCONJ)$/.test(tokens[i + 2]?.pos ?? '')))))
    ) {
      tokens[i] = retagged(t, 'ADJ');
      if (tokens[i + 1]!.pos === 'VERB')
        tokens[i + 1] = retagged(tokens[i + 1]!, 'NOUN', tokens[i + 1]!.text.toLowerCase());
    }
  }
  return tokens;
}

/** The base form of a past participle in -ed the lexicon knows ("abducted" → "abduct", "used" → "use", "stopped" → "stop"). */
function baseOfParticiple(word: string): string {
  const stem = word.slice(0, -2);
  if (knownWord(stem)) return stem;
  if (knownWord(`${stem}e`)) return `${stem}e`;
  if (/(\p{Ll})\1$/u.test(stem) && knownWord(stem.slice(0, -1))) return stem.slice(0, -1);
  return /ied$/.test(word) ? `${word.slice(0, -3)}y` : stem;
}

/**
 * "armed groups had abducted and massacred 25 villagers": a word in -ed after a perfect's "had",
 * "has" or "have" that the tagger took for a noun is the participle (not "had tired eyes", an
 * adjective before its noun).
 */
function perfectParticiples(tokens: Token[]): Token[] {
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    const before = tokens[i - 1]!;
    if (
      (t.pos === 'NOUN' || (t.pos === 'ADJ' && tokens[i + 1]?.pos !== 'NOUN')) &&
      /^\p{Ll}{3,}ed$/u.test(t.text) &&
      before.pos === 'AUX' &&
      /^(?:had|has|have)$/i.test(before.text)
    )
      tokens[i] = retagged(t, 'VERB', baseOfParticiple(t.text));
  }
  return tokens;
}

/** Words after a noun phrase that open its date ("the mass killing last week"). */
const DATE_OPENERS = /^(?:last|this|next|yesterday|today|earlier|on)$/i;

/**
 * "an investigation into the mass killing last week", "the car bombing.": a word in -ing after an
 * article's singular noun, with nothing after it but punctuation or its date, is the phrase's head
 * noun (not "the gunmen firing on crowds", "the man killing people", a participle with its own words).
 */
function gerundHeads(tokens: Token[]): Token[] {
  for (let i = 2; i < tokens.length; i++) {
    const t = tokens[i]!;
    const noun = tokens[i - 1]!;
    const after = tokens[i + 1];
    if (
      t.pos === 'VERB' &&
      /^\p{Ll}+ing$/u.test(t.text) &&
      noun.pos === 'NOUN' &&
      !/[^su'’]s$/.test(noun.text) &&
      /^(?:the|a|an)$/i.test(tokens[i - 2]!.text) &&
      (after === undefined ||
        after.pos === 'PUNCT' ||
        // (Not a date that is its object's: "the statement backing next week's deadline".)
        (DATE_OPENERS.test(after.text) && !tokens.slice(i + 2, i + 4).some((x) => /^['’]s$/.test(x.text))))
    )
      tokens[i] = retagged(t, 'NOUN', t.text.toLowerCase());
  }
  return tokens;
}

/** Words that open a noun phrase a verb takes for its object ("their efforts", "the ban", "Mr Annan"). */
const OBJECT_OPENERS = /^(?:the|a|an|his|her|its|their|our|this|these|those)$/i;

/** Whether no verb stands between token `i` and the start of its sentence. */
function firstVerbOfSentence(tokens: Token[], i: number): boolean {
  for (let j = i - 1; j >= 0; j--) {
    const x = tokens[j]!;
    if (x.pos === 'VERB' || x.pos === 'AUX') return false;
    if (x.pos === 'PUNCT' && /^[.!?]$/.test(x.text)) return true;
  }
  return true;
}

/**
 * "Syrian Foreign Minister Walid al-Muallim informed Mr Annan …", "the ministers today concentrated
 * their efforts on …": a word in -ed the tagger took for an adjective between its subject (a name,
 * or a noun and its "today") and its object (a name, or an article's or a possessive's phrase), the
 * first verb of its sentence, is the subject's verb in the past (not "the well-informed Mr Annan",
 * after an article; not "Tony Hayward branded the most hated man … may be", a participle's phrase
 * after a name, whose object opens with an article).
 */
function verbsAfterNames(tokens: Token[]): Token[] {
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.pos !== 'ADJ' || !/^\p{Ll}{3,}ed$/u.test(t.text)) continue;
    const before = tokens[i - 1]!;
    const next = tokens[i + 1]!;
    const afterName = before.pos === 'PROPN' && next.pos === 'PROPN';
    const afterDay =
      /^(?:today|yesterday)$/i.test(before.text) &&
      /^(?:NOUN|PROPN)$/.test(tokens[i - 2]?.pos ?? '') &&
      (next.pos === 'PROPN' || OBJECT_OPENERS.test(next.text));
    if ((afterName || afterDay) && firstVerbOfSentence(tokens, i))
      tokens[i] = retagged(t, 'VERB', baseOfParticiple(t.text));
  }
  return tokens;
}
