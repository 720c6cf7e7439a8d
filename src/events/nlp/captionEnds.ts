import { CALENDAR_WORD, MONTH_WORD } from '../../temporal/calendarNames.ts';
import { knownWord, type Token } from './annotate.ts';
import { splitsNameRun } from './nameRuns.ts';
import { TELLING_OR_SHOWING_VERBS } from './tellingVerbs.ts';

/** Words before a name that keep it in the same sentence: times ("Last week President Obama said"). */
const TIME_WORDS =
  /^(?:week|month|year|yesterday|today|tonight|night|morning|afternoon|evening|weekend|ago|earlier|later)$/i;

/**
 * A noun that names someone's role or body before their name ("cement contractor Halliburton said",
 * "actor Brad Pitt", "the watchdog Amnesty International said"): the name is its apposition.
 */
export const ROLE_BEFORE_NAME =
  /^(?:\p{L}+(?:or|er|ist|yst|man|ive|ant|ent|ian|oy|ate|ary|ief|ial|ead|ague)s?|daughter|son|wife|husband|role|star|group|watchdog|agency|party|network|channel|newspaper|paper|daily|website|charity|firm|company|movement|coalition|council|committee|ally|counterpart|envoy|general|premier|president|king|prince|queen|body|organisation|organization)$/iu;

/**
 * Verbs of saying after which a name may open the words said, without "that" ("said Syria had …");
 * the verbs of telling and showing (`TELLING_OR_SHOWING_VERBS`) put their addressee first ("told
 * reporters Syria had …").
 */
const SAYING = /^(?:say|write|report|announce|claim)$/;

/** Whether the words before token `i` are the object of a verb of telling, within three words. */
function objectOfTelling(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
    const t = tokens[k]!;
    if (t.pos === 'VERB' || t.pos === 'AUX')
      return TELLING_OR_SHOWING_VERBS.test(t.lemma) || SAYING.test(t.lemma);
    if (t.pos === 'PUNCT') return false;
  }
  return false;
}

/** Whether the first verb from `i` on (within six words) agrees with a singular subject ("is", "says"). */
function singularVerb(tokens: readonly Token[], i: number): boolean {
  for (let j = i; j < tokens.length && j < i + 6; j++) {
    const t = tokens[j]!;
    if (t.pos !== 'VERB' && t.pos !== 'AUX') continue;
    return (
      /^(?:is|was|has|does|'s)$/i.test(t.text) || (/[^s]s$/.test(t.text) && t.lemma !== t.text.toLowerCase())
    );
  }
  return false;
}

// Tests made on every token, kept out of the loop: a pattern written in it is a new object each time.
const CAPITALIZED = /^\p{Lu}/u;
const NAMING_POS = /^(?:PROPN|NOUN|NUM|ADJ)$/;

/** Words that may stand inside the subject of a clause, between its first word and its verb. */
const IN_SUBJECT = /^(?:NOUN|PROPN|ADJ|NUM|DET)$/;
const LINKS_IN_SUBJECT = /^(?:of|for|in|from|at|on|and|'s|’s)$/i;

/**
 * Where a clause starts after a caption or headline glued to it without a period ("Annan demands
 * Syrian government begins ceasefire 'now' Activists said at least 20 people …", "Thousands of
 * survivors are fending for themselves Scores of US troops have landed …", "… the town of Douma
 * Activists in Syria say …"): a capitalized word opening a subject that a verb follows within a
 * few words, after a lower-case noun, adverb or reflexive (not a role before a name, a time, nor
 * the object of "told"), after a closing quote, or after a name when the word is a common plural,
 * capitalized only to open a sentence: one the article writes in lower case elsewhere (`lowerWords`)
 * or the library's lexicon knows in lower case ("Criminals", not "Williams").
 * At the opening, so does a run of names that splits into two the article writes apart (`names`),
 * after a clause with its verb ("… near the secure Green Zone | Arab League leaders have called …").
 * After a date, a common word capitalised starts one too ("… withdrawn by 10 April | Violence has
 * flared", "… his This Is It tour in 2009 | Three of Michael Jackson's brothers have defended …").
 * `tokens` are the sentence's; at least three of them stay before each start. Past the opening of
 * the text (`midText`), where a caption sits between two paragraphs, the clause after the start must
 * go on past its verb to an object ("… despite the government crackdown | French Foreign Minister
 * Alain Juppe said the latest deaths …"): a relative clause without "that" leaves its object out
 * ("the damage Bush and Cheney have done").
 */
export function captionEnds(
  tokens: readonly Token[],
  lowerWords: ReadonlySet<string> = new Set(),
  midText = false,
  names: ReadonlyMap<string, number> = new Map(),
): number[] {
  const out: number[] = [];
  let from = 0;
  for (let i = 3; i < tokens.length; i++) {
    const t = tokens[i]!;
    const prev = tokens[i - 1]!;
    if (!CAPITALIZED.test(t.text) || !NAMING_POS.test(t.pos) || prev.end === t.start) continue;
    if (CALENDAR.test(t.text)) continue;
    const lower = t.text.toLowerCase();
    // (A common word: "Violence", "Three", not "Israel": one the article writes in lower case, or one
    // the lexicon knows that the library takes for no name. Looked up only when a test needs it.)
    let known: boolean | undefined;
    const common = () => (known ??= lowerWords.has(lower) || knownWord(lower));
    const afterDate =
      ((/^(?:1[89]|20)\d\d$/.test(prev.text) &&
        /^(?:in|since|of|from|until|by)$/i.test(tokens[i - 2]!.text)) ||
        (MONTH.test(prev.text) && /^\d{1,2}$/.test(tokens[i - 2]!.text)) ||
        (MONTH.test(prev.text) && /^(?:in|since|last|by|until|of)$/i.test(tokens[i - 2]!.text))) &&
      /^\p{Lu}\p{Ll}+$/u.test(t.text) &&
      (lowerWords.has(lower) ||
        (common() &&
          (t.pos !== 'PROPN' || (tokens[i + 1]?.pos === 'NOUN' && /^\p{Ll}/u.test(tokens[i + 1]!.text)))));
    const afterQuote = /^['’"”]$/.test(prev.text) && prev.start > tokens[i - 2]!.end;
    const afterWord =
      /^\p{Ll}/u.test(prev.text) &&
      (prev.pos === 'NOUN' || prev.pos === 'ADV' || /sel(?:f|ves)$/i.test(prev.text)) &&
      !TIME_WORDS.test(prev.text) &&
      // (A plural of a role is the end of a clause before a word that is no name: "… in support of
      // the protesters | More Gulf Arab nations have withdrawn …".)
      (!ROLE_BEFORE_NAME.test(prev.text) || (/[^s]s$/.test(prev.text) && t.pos !== 'PROPN')) &&
      !/^(?:how|what|why|where|when|who|which|that|it)$/i.test(prev.text) &&
      // (Not a participle, "growing Middle Eastern papers"; a noun in -ing after its modifier is one:
      // "after weeks of intense fighting | Rebel fighters …".)
      (!/ing$/.test(prev.text) || /^(?:ADJ|DET)$/.test(tokens[i - 2]!.pos)) &&
      !/-\p{L}+$/u.test(prev.text);
    // A number spelled out opens a subject after a word or a date ("… of bombardment | Dozens of people
    // have been killed"), not a name's part.
    if (t.pos === 'NUM' && !(afterDate || (afterWord && /^\p{Lu}\p{Ll}+$/u.test(t.text)))) continue;
    // "… the town of Douma Activists in Syria say": a plural common noun capitalized after a one-word
    // name that no article opens ("the United Nations said"), with lower-case words after it ("Mexico
    // City", "Human Rights Watch", "UN Security Council" are names).
    const before = tokens[i - 2]!;
    // (Not after an abbreviation, "U.S. Centers for Disease Control", nor before a name's "of"/"for".)
    const afterName =
      (prev.pos === 'PROPN' || prev.pos === 'NUM') &&
      !/^[\p{Lu}.]+$/u.test(prev.text) &&
      !(/^(?:of|for|and)$/.test(tokens[i + 1]?.text ?? '') && /^\p{Lu}/u.test(tokens[i + 2]?.text ?? '')) &&
      /^\p{Lu}\p{Ll}+[^su]s$/u.test(t.text) &&
      !/^\p{Lu}/u.test(before.text) &&
      before.pos !== 'DET' &&
      /^\p{Ll}/u.test(tokens[i + 1]?.text ?? '') &&
      common() &&
      // "Sony Pictures is fighting": a plural the verb takes as one is a name's last word.
      !singularVerb(tokens, i + 1);
    // "… a blast near the secure Green Zone | Arab League leaders have called …": at the opening, a
    // run of names that splits into two the article writes apart, after a clause with its verb.
    const afterRun =
      !midText &&
      splitsNameRun(tokens, i, names) &&
      tokens.slice(from, i).some((_, k, piece) => clauseVerb(piece, k));
    if (
      midText ? !afterWord && !afterDate : !afterQuote && !afterWord && !afterName && !afterDate && !afterRun
    )
      continue;
    if (objectOfTelling(tokens, i)) continue;
    // "… the crackdown | French Foreign Minister …": a capitalised adjective opens a name after a common word.
    if (t.pos === 'ADJ' && (!(afterWord || afterDate) || !/^\p{Lu}\p{Ll}+$/u.test(t.text))) continue;
    // "At the summit Mr Maliki warned …": a phrase of time or place opens the sentence, no caption.
    const piece = tokens.slice(from, i);
    if (/^(?:ADP|SCONJ)$/.test(piece[0]!.pos) && !piece.some((u) => u.text === ',')) continue;
    for (let j = i + 1; j < Math.min(tokens.length, i + 12); j++) {
      const u = tokens[j]!;
      if (u.pos === 'VERB' || u.pos === 'AUX') {
        // A bare name after a noun may be its apposition ("BP's new boss Bob Dudley has told",
        // "the Syrian capital Damascus has"): only a caption that is a clause ends before it.
        const subject = tokens.slice(i, j);
        const name =
          subject.every(
            (w) => (w.pos === 'PROPN' && !lowerWords.has(w.text.toLowerCase())) || w.pos === 'PART',
          ) &&
          // "Rescuers have pulled …": a plural of people is no name.
          !(subject.length === 1 && /(?:ers|ors|ists|ians|ants|ents)$/.test(t.text));
        if (name && !afterQuote && !piece.some((w) => w.pos === 'VERB')) break;
        if (midText && !afterDate && !gluedClause(tokens, i, j, lowerWords)) break;
        out.push(t.start);
        from = i;
        i += 2;
        break;
      }
      if (!(IN_SUBJECT.test(u.pos) || LINKS_IN_SUBJECT.test(u.text))) break;
    }
  }
  return out;
}

/**
 * Whether the clause from token `i` (its subject) to its verb at `j` stands glued after a
 * caption in the midst of a text, where a name after a noun is more often its apposition ("BP's
 * rivals Exxon and Shell have", "chief operating officer Doug Suttles said"), a clause on a noun
 * ("amid accusations BP took shortcuts") or a relative clause ("the damage Bush and Cheney have
 * done"): after a common noun, a subject of two words or more ending in its head that a capitalised
 * adjective opens or a common noun holds ("French Foreign Minister Alain Juppe", "Rebel fighters"),
 * a finite verb, and an object after it.
 */
function gluedClause(
  tokens: readonly Token[],
  i: number,
  j: number,
  lowerWords: ReadonlySet<string>,
): boolean {
  const prev = tokens[i - 1]!;
  const first = tokens[i]!;
  const subject = tokens.slice(i, j);
  const words = subject.filter((w) => !LINKS_IN_SUBJECT.test(w.text));
  const verb = tokens[j]!;
  if (
    prev.pos !== 'NOUN' ||
    prev.text.length < 2 ||
    !/^(?:\p{Lu}\p{Ll}+|\p{Lu}{2,})$/u.test(first.text) ||
    CLAUSE_NOUNS.test(prev.lemma) ||
    !/^(?:NOUN|PROPN|NUM)$/.test(subject.at(-1)!.pos) ||
    (verb.pos === 'VERB' && /ing$/.test(verb.text))
  )
    return false;
  // A common noun or a number capitalised after a noun starts a sentence, whatever follows its verb
  // ("… the forecast location of oil | Vessels gather at the spill site", "… a precaution | Two new
  // cases have been confirmed").
  // (A word the library takes for a name only as a plural or before a common noun: "Vessels gather",
  // "Rebel fighters confront".)
  if (
    /^\p{Lu}\p{Ll}+$/u.test(first.text) &&
    (lowerWords.has(first.text.toLowerCase()) || knownWord(first.text.toLowerCase())) &&
    (first.pos === 'NOUN' ||
      first.pos === 'NUM' ||
      (first.pos === 'PROPN' && (/[^s]s$/.test(first.text) || subject[1]?.pos === 'NOUN')))
  )
    return true;
  return (
    words.length >= 2 &&
    (first.pos === 'ADJ' || subject.some((w) => w.pos === 'NOUN')) &&
    takesObject(tokens, j)
  );
}

/**
 * Whether token `k` of `piece` is the verb of a clause: an auxiliary, or a verb not in -ing after its
 * subject, perhaps past an adverb ("Smoke billowed", "footage purportedly shows", "Vladimir Putin (L)
 * spoke"), not a participle after a modifier ("the first known wildlife casualty").
 */
function clauseVerb(piece: readonly Token[], k: number): boolean {
  const w = piece[k]!;
  if (w.pos === 'AUX') return true;
  if (w.pos !== 'VERB' || /ing$/.test(w.text)) return false;
  let b = k - 1;
  while (b >= 0 && piece[b]!.pos === 'ADV') b--;
  const before = piece[b];
  return before !== undefined && (/^(?:NOUN|PROPN|PRON)$/.test(before.pos) || before.text === ')');
}

/** Days and months: "filed lawsuits Thursday accusing …" is a date, not a subject. */
const CALENDAR = CALENDAR_WORD;

/**
 * Nouns a clause follows without "that" inside one sentence: what is claimed or feared ("amid
 * accusations BP took shortcuts") and times and ways ("on the same day Congress began hearings").
 */
export const CLAUSE_NOUNS =
  /^(?:accusation|allegation|claim|fear|concern|worry|hope|belief|evidence|sign|news|report|suggestion|warning|assurance|proof|indication|doubt|idea|notion|view|impression|word|rumour|rumor|speculation|admission|argument|assumption|confidence|chance|possibility|fact|day|time|moment|week|month|year|night|way|reason|place)$/;

const MONTH = MONTH_WORD;

/** Verbs whose object may be followed by its complement, so a relative clause may keep an object ("the man Obama called a hero"). */
const TWO_OBJECTS = /^(?:call|name|consider|make|elect|appoint|declare|label|dub|find|give|leave|keep|deem)$/;

/**
 * Whether the verb group starting at token `j` goes on to an object or a reported clause: the
 * word after it is an article, a number, a noun, a name, an adjective or "that" ("said the latest
 * deaths", "has killed 19"), not a time ("made last week") nor nothing.
 */
function takesObject(tokens: readonly Token[], j: number): boolean {
  let k = j;
  while (
    k < tokens.length &&
    (/^(?:VERB|AUX|ADV)$/.test(tokens[k]!.pos) || /^(?:not|n['’]t)$/i.test(tokens[k]!.text))
  )
    k++;
  const verb = tokens[k - 1]!;
  const next = tokens[k];
  if (!next || TWO_OBJECTS.test(verb.lemma)) return false;
  if (/^(?:last|next|this|these|every|each|yesterday|today|tonight)$/i.test(next.text)) return false;
  return /^(?:DET|NUM|NOUN|PROPN|ADJ)$/.test(next.pos) || /^(?:that|["“])$/i.test(next.text);
}
