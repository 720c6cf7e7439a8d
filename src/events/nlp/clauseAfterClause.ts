import { CALENDAR_WORD, WEEKDAY_WORD } from '../../temporal/calendarNames.ts';
import { knownWord, type Token } from './annotate.ts';

/**
 * Where a scraped page glues a caption that is a clause of its own to the next clause with no
 * period between ("Thousands of survivors are fending for themselves | Nearly a week after …",
 * "Dozens of UN peacekeepers and officials are missing | Officials in Bangladesh have …", "… may
 * struggle to survive | Doctors treating seriously injured survivors have warned"). Structural
 * signals: the piece before has a verb of its own, the capitalised word is a common word (one
 * the article writes in lower case or the lexicon knows), and a verb follows it across a subject.
 */

/** Words after which a capitalised word goes on the same sentence: prepositions, naming, reading. */
const STAYS =
  /^(?:where|when|while|who|whom|whose|which|what|why|how|whether|if|because|since|until|unless|although|though|once|before|after|so|then|in|of|to|told|from|by|on|at|with|for|and|or|nor|but|said|says|reported|called|named|dubbed|titled|entitled|read|see|like|about|via|is|was|are|were|be|been|being|that|the|a|an|as|than|into|onto|between|among|amid|against|during|under|over|across|through|without|within|toward|towards|its|his|her|their|our|my|your|this|these|those|new|former|late)$/i;

/** Nouns before a name that is theirs ("the journal Nature", "the agency Save the Children"). */
const NAMES_A_NAME =
  /^(?:journal|magazine|newspaper|paper|daily|weekly|book|film|movie|album|song|single|show|programme|program|series|play|novel|poem|report|study|campaign|operation|group|agency|charity|organisation|organization|firm|company|brand|band|team|club|party|movement|network|channel|station|website|site|blog|ship|vessel|rig|tanker|hotel|hospital|school|village|town|city|district|province|region|county|state|island|street|square|camp)$/;

/**
 * Members of a party or a faith: English writes them capitalised wherever they stand ("Obama's
 * fellow Democrats are expected …"), so the capital opens no sentence.
 */
const MEMBERS =
  /^(?:Democrats|Republicans|Conservatives|Liberals|Socialists|Communists|Tories|Greens|Christians|Catholics|Protestants|Muslims|Jews|Sunnis|Shias|Shiites)$/;

/** A plural in -s of a capitalised word ("Governments", not "Congress", "Mass"). */
const PLURAL = /^\p{Lu}\p{Ll}+[^su'’]s$/u;

/** Numbers spelled out, which the tagger may take for a name's word. */
const NUMBER_WORD =
  /^(?:Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Dozens|Hundreds|Thousands)$/;

/** Numbers of tens and units spelled out with a hyphen ("Ninety-five new swine flu cases …"). */
const TENS_AND_UNITS =
  /^(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:one|two|three|four|five|six|seven|eight|nine)$/;

/** Days and months: "filed lawsuits Thursday accusing …" is a date, not a subject. */
const CALENDAR = CALENDAR_WORD;

/** A capitalised word: a capital, small letters, maybe a hyphen and more ("Long-standing"). */
const CAPITALISED = /^\p{Lu}\p{Ll}+(?:-\p{Ll}+)*$/u;

/** Parts of speech a subject holds between its first word and its verb. */
const IN_SUBJECT = /^(?:NOUN|PROPN|ADJ|NUM|DET|PART|CCONJ|ADV)$/;
/** Words that open a clause of their own ("explained to Sky News why masks are …"). */
const WH = /^(?:why|how|where|when|what|who|which|whether|that)$/i;
/** Prepositions a subject may hold ("Officials in Bangladesh", "Governments around the world"). */
const LINKS = /^(?:of|for|in|from|at|on|around|across|with|to|after|before|near|inside|outside)$/i;

/**
 * Whether a capitalised word is a common word, capitalised only to open a sentence: the lexicon
 * knows it in small letters only (not "Turkey", "Mark", "President"), and it is a number, an
 * adjective, an adverb, a verb or the plural of a word it knows ("Experts", "Officials"; not
 * "Damascus", "Tony", which it knows in small letters too). (Not the words the article writes in
 * small letters: readers' comments write "obama" and "president".)
 */
function commonWord(t: Token, lower: string): boolean {
  if (NUMBER_WORD.test(t.text) || (t.pos === 'NUM' && TENS_AND_UNITS.test(lower))) return true;
  if (knownWord(t.text)) return false;
  // ("Amnesties", which the lexicon knows in the singular only: a plural in -ies of a word in -y.)
  const ies = /^(\p{Ll}{3,})ies$/u.exec(lower)?.[1];
  if (
    ies !== undefined &&
    knownWord(`${ies}y`) &&
    !knownWord(`${ies}y`.replace(/^./u, (c) => c.toUpperCase()))
  )
    return true;
  if (!knownWord(lower)) return false;
  if (/^(?:NUM|ADJ|ADV|VERB)$/.test(t.pos)) return true;
  const singular = /^(\p{Ll}+[^su'])s$/u.exec(lower)?.[1];
  return singular !== undefined && knownWord(singular);
}

/** Whether the tokens `[from, to)` hold a verb: the piece before is a clause, not a name. */
function holdsVerb(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'AUX') return true;
  return false;
}

/**
 * The index of the verb of a clause whose subject starts at token `i`, within fourteen tokens and
 * without punctuation before it (a participle inside the subject, "Doctors treating seriously
 * injured survivors have warned", is passed over), or -1.
 */
function verbAfterSubject(tokens: readonly Token[], i: number): number {
  for (let j = i + 1; j < tokens.length && j <= i + 14; j++) {
    const u = tokens[j]!;
    if (u.pos === 'AUX') return j;
    if (u.pos === 'VERB') {
      // (An infinitive or a participle modifies the subject: "Efforts to rebuild …", "Doctors treating …".)
      // (A verb in -ed after a noun is the clause's, in the past: "Militants killed three …".)
      if (tokens[j - 1]!.text === 'to' || /ing$/.test(u.text)) continue;
      if (/ed$/.test(u.text) && !/^(?:NOUN|PROPN|PRON|NUM)$/.test(tokens[j - 1]!.pos)) continue;
      return j;
    }
    if (u.text === ',' && listGoesOn(tokens, j)) continue;
    if (WH.test(u.text) || !(IN_SUBJECT.test(u.pos) || LINKS.test(u.text) || /^['’]s$/.test(u.text)))
      return -1;
  }
  return -1;
}

/**
 * Whether the comma at `j` goes on with a list of nouns that "and" or "or" closes before a verb
 * ("Tanks, artillery and helicopters have been deployed"): a noun or an adjective after it, and
 * nothing but nouns, adjectives, commas and the conjunction up to a noun after the conjunction.
 */
function listGoesOn(tokens: readonly Token[], j: number): boolean {
  if (!/^(?:NOUN|ADJ)$/.test(tokens[j + 1]?.pos ?? '') || !/^(?:NOUN|PROPN)$/.test(tokens[j - 1]!.pos))
    return false;
  for (let k = j + 1; k < tokens.length && k <= j + 10; k++) {
    const u = tokens[k]!;
    if (/^(?:and|or)$/.test(u.text)) return /^(?:NOUN|ADJ)$/.test(tokens[k + 1]?.pos ?? '');
    if (!(u.text === ',' || /^(?:NOUN|ADJ)$/.test(u.pos))) return false;
  }
  return false;
}

/** Prepositions of place before a name that may end a caption ("… at Alleyn's School | Four children …"). */
const BEFORE_PLACE = /^(?:in|at|from|into|near|outside|inside|across|towards?|around)$/;

/** Words in small letters that end a clause: a noun, a pronoun, a verb, an adverb, a number. */
const ENDS_CLAUSE = /^(?:NOUN|PRON|VERB|ADV|NUM|ADP)$/;

/**
 * Offsets in `tokens` (one sentence's) where a clause starts glued to a clause before it:
 * - a capitalised common word (see `commonWord`) after a word in small letters that may end a
 *   clause (a noun, a verb, an adverb, not "in", "the", "where", nor a noun that names a name:
 *   "the journal Nature"), when the clause before has a verb and a verb follows the capitalised
 *   word across a subject; past the opening of the text (`midText`), after a noun, the verb must
 *   go on, for a relative clause without "that" may end at it ("the damage Republicans have done");
 * - a number after a name that a preposition of place governs, before a word in small letters
 *   ("… at Alleyn's School | Four children and one adult have been …"), not a name's last word
 *   ("the Sunday Times reported");
 * - a participle that opens a clause ("Born in 1935, Mr Turkomani joined …", "Speaking to BBC
 *   Caribbean, …") after a word or a closing bracket, when a comma follows within eight words.
 */
export function clauseAfterClause(tokens: readonly Token[], midText = false): number[] {
  const out: number[] = [];
  let from = 0;
  for (let i = 3; i < tokens.length - 1; i++) {
    const t = tokens[i]!;
    const prev = tokens[i - 1]!;
    if (!CAPITALISED.test(t.text) || prev.end === t.start || CALENDAR.test(t.text) || MEMBERS.test(t.text))
      continue;
    if (/^(?:PRON|DET|ADP|CCONJ|SCONJ|AUX|PART)$/.test(t.pos)) continue;
    const lower = t.text.toLowerCase();
    const wordBefore = /^[\p{L}\d]/u.test(prev.text);
    if (participleOpener(tokens, i, lower) && (wordBefore || prev.text === ')') && !STAYS.test(prev.text)) {
      out.push(t.start);
      from = i;
      continue;
    }
    const next = tokens[i + 1]!;
    // ("allowed Syrians in | More than 2,000 people have crossed": a capitalised bound of a number
    // opens a clause even after a preposition, which was the clause's particle.)
    const bound = /^(?:More|Fewer|Less)$/.test(t.text) && /^than$/i.test(next.text);
    if (!commonWord(t, lower) && !bound) continue;
    if (!wordBefore || (STAYS.test(prev.text) && !bound) || NAMES_A_NAME.test(prev.text) || i - from < 3)
      continue;
    // A name goes on ("filmmaker Don Letts", "Hope For Haiti") or owns what follows ("needs Sway's help").
    if (/^\p{Lu}/u.test(next.text) || /^['’]s?$/.test(next.text)) continue;
    const lowerBefore = /^\p{Ll}/u.test(prev.text);
    if (lowerBefore ? !ENDS_CLAUSE.test(prev.pos) : !afterPlaceName(tokens, i)) continue;
    // The clause before: from the last punctuation.
    let clause = i - 1;
    while (
      clause > from &&
      !(tokens[clause - 1]!.pos === 'PUNCT' && !/^['’]s$/.test(tokens[clause - 1]!.text))
    )
      clause--;
    // (At the opening of the text a caption may be words alone, before a plural that opens the lead:
    // "BBC reporter on the mood in Mexico City amid empty streets and shops | Governments around the
    // world are hurrying …".)
    const captionOfWords = !midText && lowerBefore && PLURAL.test(t.text);
    if (!holdsVerb(tokens, clause, i - 1) && !(lowerBefore && prev.pos === 'VERB') && !captionOfWords)
      continue;
    const j = verbAfterSubject(tokens, bound ? i + 1 : i);
    // (After a verb, a clause at once is its object: "Gerson thinks Republicans should …".)
    if (j < 0 || (prev.pos === 'VERB' && j === i + 1)) continue;
    if (midText && prev.pos === 'NOUN' && !takesObject(tokens, j)) continue;
    out.push(t.start);
    from = i;
  }
  return out;
}

/**
 * Whether token `i`, a number before a word in small letters, follows a name that a preposition
 * of place governs: the name's words, back to the word before them, are capitalised ("at Alleyn's
 * School"), and no article opens them ("the Sunday Times").
 */
function afterPlaceName(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  // (Not a plural: a place's name may end in one, "Colorado Springs", "Twentynine Palms".)
  if (t.pos !== 'NUM' && !NUMBER_WORD.test(t.text)) return false;
  if (!/^\p{Ll}/u.test(tokens[i + 1]?.text ?? '')) return false;
  // ("… to mourn a protester killed on Friday | Six civilians were killed …": after a day, a number
  // in small letters would go on the sentence.)
  if (WEEKDAY_WORD.test(tokens[i - 1]!.text)) return true;
  let k = i - 1;
  while (k > 0 && (/^\p{Lu}/u.test(tokens[k]!.text) || /^['’]s$/.test(tokens[k]!.text))) k--;
  return k < i - 1 && BEFORE_PLACE.test(tokens[k]!.text);
}

/**
 * "Born in 1941, …", "Speaking to reporters, …", "Asked whether …, …": a participle that opens a
 * clause, before a preposition and a comma within eight words. "Born" opens one after a name too
 * ("… of ruling Baath Party | Born in 1935, Mr Turkomani …"); another participle only after a word
 * in small letters or a bracket, for a name may end in one ("Martin Luther King in 1968, …").
 */
function participleOpener(tokens: readonly Token[], i: number, lower: string): boolean {
  const prev = tokens[i - 1]!;
  if (lower !== 'born') {
    const stem = /^(\p{L}{3,}?)(?:ing|ed)$/u.exec(lower)?.[1];
    if (!stem || !(knownWord(stem) || knownWord(`${stem}e`)) || !/^(?:\p{Ll}|\))/u.test(prev.text))
      return false;
  }
  if (!/^(?:in|on|at|to|by|from|with|about|after|whether|if|as)$/.test(tokens[i + 1]?.text ?? ''))
    return false;
  for (let k = i + 2; k < tokens.length && k <= i + 9; k++) {
    if (tokens[k]!.text === ',') return true;
    if (tokens[k]!.pos === 'PUNCT') return false;
  }
  return false;
}

/**
 * Whether the verb group at `j` goes on to an object or a reported clause (an article, a number,
 * a noun, a name, an adjective, a pronoun, "that"), as a relative clause without "that" does not
 * ("the damage Republicans have done", "a dangerous game Republicans are playing by …").
 */
function takesObject(tokens: readonly Token[], j: number): boolean {
  let k = j;
  while (k < tokens.length && /^(?:VERB|AUX|ADV|PART)$/.test(tokens[k]!.pos)) k++;
  const next = tokens[k];
  if (next === undefined) return false;
  // A passive goes on with the preposition of its agent or its goal and their words ("Amnesties
  // were offered to political prisoners") or with another clause ("Tanks, artillery and helicopters
  // have been deployed and clashes reported"): a relative clause without "that" ends at its verb
  // or at a preposition left without its object ("the prisoners amnesties were offered to").
  const passive =
    tokens[k - 1]!.pos === 'VERB' &&
    tokens.slice(j, k).some((u) => /^(?:is|are|was|were|be|been|being)$/i.test(u.text));
  if (
    passive &&
    ((next.pos === 'ADP' && /^(?:DET|NUM|NOUN|PROPN|ADJ|PRON)$/.test(tokens[k + 1]?.pos ?? '')) ||
      (next.pos === 'CCONJ' && /^(?:NOUN|DET|PRON|NUM)$/.test(tokens[k + 1]?.pos ?? '')))
  )
    return true;
  return /^(?:DET|NUM|NOUN|PROPN|ADJ|PRON)$/.test(next.pos) || /^that$/i.test(next.text);
}
