import { CALENDAR_WORD } from '../../temporal/calendarNames.ts';
import { knownWord, type Token } from './annotate.ts';
import { CLAUSE_NOUNS, ROLE_BEFORE_NAME } from './captionEnds.ts';
import { TELLING_VERBS } from './tellingVerbs.ts';

/**
 * Where a clause that opens with a name's possessive is glued to a clause before it with no
 * punctuation: a caption and the lead ("One relieved Syrian family crosses into Turkey at Cilvegozu
 * | Turkey's long border with its neighbor Syria is deceptively quiet", "… shows tanks and soldiers
 * on the edge of Baba Amr | Syria's main political opposition group has formed a military bureau").
 * Structural signal: two finite clauses with no conjunction between. The clause before has a
 * finite verb; the name's possessive, its noun phrase and a finite verb that goes on to an object
 * follow. English joins two such clauses without a word only where a verb of saying or thinking
 * takes the second as its complement ("officials said Obama's plan was flawed", "told reporters
 * Syria's army had …"), or where the second is a relative clause without "that" ("the border
 * Turkey's army has closed"), so neither is split; nor a clause a conjunction opens before it
 * ("after forces loyal to President Assad's brother had shelled …").
 */

/** The possessive's ending, a token of its own. */
export const POSSESSIVE = /^['’]s?$/;

/** Titles before a name, part of it ("President Assad's", "Col Riyad al-Asad's"). */
export const TITLE =
  /^(?:Mr|Mrs|Ms|Dr|Col|Gen|Lt|Maj|Capt|Sgt|Adm|Brig|Cpl|Pte|Sir|Lord|Lady|Dame|President|Prime|Minister|Secretary|General|Colonel|Major|Captain|King|Queen|Prince|Princess|Sheikh|Emir|Pope|Saint|St|Rev|Father|Sister|Brother|Judge|Justice|Senator|Sen|Rep|Governor|Gov|Mayor|Chancellor|Ambassador|Commander|Chief|Vice|Deputy|Foreign|Defence|Defense|Interior|Finance|Health|Home|Crown)$/;

/** Days and months: their possessives are dates ("on the edge of Homs Friday's attack …" is another matter). */
const CALENDAR = CALENDAR_WORD;

/** Verbs that take a clause as their complement without "that" ("said Obama's plan was flawed"). */
export const TAKES_CLAUSE =
  /^(?:say|tell|think|believe|claim|insist|warn|report|announce|know|hope|fear|suggest|admit|add|argue|estimate|expect|feel|find|hear|mean|reckon|realise|realize|show|confirm|reveal|acknowledge|agree|indicate|predict|suspect|understand|state|stress|note|accept|assume|guess|suppose|wish|doubt|allege|assert|maintain|promise|see|learn|decide|deny|recall|remember|explain|write|ensure|prove|demonstrate|conclude|declare|notice|imagine|pretend|recognise|recognize|signal|emphasise|emphasize|predict)$/;

/** Words that open a clause whose verb is still to come ("that", "while", "which", "because" …). */
const OPENS_CLAUSE =
  /^(?:that|which|who|whom|whose|what|when|where|while|whereas|why|how|if|whether|because|although|though|unless|until|till|once|as|since|after|before|so|than|but)$/i;

/** Conjunctions that open an adverbial clause, which may come before its main clause without a comma. */
const ADVERBIAL =
  /^(?:since|because|when|whenever|if|although|though|while|whilst|once|unless|until|till|as|after|before|whereas)$/i;

/** Possessive pronouns a subject may hold after a link ("Turkey's long border with its neighbor"). */
const POSSESSIVE_PRONOUN = /^(?:its|their|his|her|our)$/i;
/** Prepositions a subject may hold ("Syria's border with Turkey", "Syria's ambassador to the UN"). */
const LINKS = /^(?:of|for|in|from|at|on|with|to|near|inside|outside|across|along|around)$/i;

/**
 * Whether token `k` is a finite verb: an auxiliary, or a verb that is no participle in -ing, no
 * infinitive after "to", and, in -ed, one after a noun, a name or a pronoun ("Militants killed …").
 */
export function finiteVerb(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  if (t.pos === 'AUX') return true;
  if (t.pos !== 'VERB' || /ing$/.test(t.text) || tokens[k - 1]?.text === 'to') return false;
  return !/ed$/.test(t.text) || /^(?:NOUN|PROPN|PRON)$/.test(tokens[k - 1]?.pos ?? '');
}

/**
 * The index of the finite verb after the noun phrase a possessive at `k` opens (its adjectives,
 * nouns and names, a preposition and its object), within twelve tokens and no punctuation, or -1.
 */
export function verbAfterPossessive(tokens: readonly Token[], k: number): number {
  for (let j = k + 1; j < tokens.length && j <= k + 12; j++) {
    const u = tokens[j]!;
    if (u.pos === 'AUX' || u.pos === 'VERB') return finiteVerb(tokens, j) ? j : -1;
    if (
      !/^(?:NOUN|PROPN|ADJ|NUM)$/.test(u.pos) &&
      !LINKS.test(u.text) &&
      !POSSESSIVE_PRONOUN.test(u.text) &&
      !POSSESSIVE.test(u.text) &&
      !(u.pos === 'DET' && LINKS.test(tokens[j - 1]!.text))
    )
      return -1;
  }
  return -1;
}

/** Whether the verb group at `j` goes on to an object, a complement or a reported clause. */
export function goesOn(tokens: readonly Token[], j: number): boolean {
  if (j < 0) return false;
  let k = j;
  while (k < tokens.length && /^(?:VERB|AUX|ADV|PART)$/.test(tokens[k]!.pos) && tokens[k]!.text !== 'to') k++;
  // (A verb's particle: "will set out concrete proposals".)
  if (tokens[k]?.pos === 'ADP' && /^(?:out|up|off|down|back|over|forward|aside)$/.test(tokens[k]!.text)) k++;
  const next = tokens[k];
  // (Not a time: "the plan President Obama announced last week".)
  if (!next || /^(?:last|next|this|these|every|each|yesterday|today|tonight)$/i.test(next.text)) return false;
  return /^(?:DET|NUM|NOUN|PROPN|ADJ|PRON)$/.test(next.pos) || /^that$/i.test(next.text);
}

/**
 * Whether the clause between token `from` and token `at` leaves the possessive's clause at `at`
 * standing alone: it has a finite verb, no word after its last finite verb opens a clause whose
 * verb is still to come, and that verb does not take the possessive's clause as its complement
 * (a verb of saying or thinking, right before it or across adverbs and prepositions only, or across
 * the object of a verb of telling).
 */
export function standsAlone(tokens: readonly Token[], from: number, at: number): boolean {
  let verb = -1;
  for (let k = at - 1; k >= from; k--)
    if (finiteVerb(tokens, k)) {
      verb = k;
      break;
    }
  if (verb < 0) return false;
  // "… and since Jackson died before he could repay those debts Mr Flanagan believes …": a clause a
  // conjunction opens before its main clause.
  const opener = tokens[from]?.pos === 'CCONJ' ? tokens[from + 1] : tokens[from];
  if (
    opener &&
    (opener.pos === 'SCONJ' || OPENS_CLAUSE.test(opener.text)) &&
    !/^(?:and|but|so|than)$/i.test(opener.text)
  )
    return false;
  // "… but I do have a feeling since you took care of the landing Haiti was getting …": so is one an
  // adverbial conjunction opens before the last verb, with no other verb between.
  for (let k = verb - 1; k >= from && !finiteVerb(tokens, k); k--)
    if (ADVERBIAL.test(tokens[k]!.text)) return false;
  for (let k = verb + 1; k < at; k++)
    if (OPENS_CLAUSE.test(tokens[k]!.text) || tokens[k]!.pos === 'SCONJ') return false;
  const lemma = tokens[verb]!.lemma;
  // ("told reporters | Syria's army had …": the complement follows the one told.)
  if (TELLING_VERBS.test(lemma)) return false;
  if (!TAKES_CLAUSE.test(lemma)) return true;
  let k = verb + 1;
  while (k < at && /^(?:ADV|PART)$/.test(tokens[k]!.pos)) k++;
  // "said on Tuesday | Syria's …", "said | Obama's plan …": the complement may follow; "shows tanks
  // and soldiers on the edge of Baba Amr | Syria's …": an object came first.
  return k < at && /^(?:DET|NOUN|NUM|ADJ|PRON)$/.test(tokens[k]!.pos) && !/^that$/i.test(tokens[k]!.text);
}

/**
 * Offsets in `tokens` (one sentence's) where a clause that opens with a name starts, glued to the
 * clause before it (see the top of this file):
 * - a name's possessive: the name is the possessive's own word ("at Cilvegozu | Turkey's …") when a
 *   preposition governs a run of names before it whose last word the lexicon does not know
 *   capitalised and the possessive's does (a country's, a city's: not "Bashar | Assad's", "New York
 *   | City's"); or the whole run of names after a word in small letters that may end a clause, a
 *   noun, a number or an adverb, not a role before its holder's name ("his brother Rifaat's …");
 * - a name with its title ("… for this larger UN observer force | Mr Juppe said the Syrian
 *   government …", "… of about 250 observers | Secretary General Ban Ki-moon will set out …"), or
 *   an acronym and a title ("UN Secretary General …"), after a noun in small letters.
 */
export function nameClauseStarts(tokens: readonly Token[]): number[] {
  const out: number[] = [];
  let from = 0;
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.pos === 'PUNCT' && !POSSESSIVE.test(t.text)) from = i + 1;
    const possessive = POSSESSIVE.test(tokens[i + 1]!.text);
    let at = possessive ? possessiveStart(tokens, from, i) : titledStart(tokens, i);
    // (A fact box's line after its year has no verb of its own: see `nameAfterYear`.)
    let afterYear = false;
    let bare = false;
    if (at < 0 && !possessive) {
      at = bareNameStart(tokens, i);
      bare = at >= 0;
      if (at < 0) {
        at = nameAfterYear(tokens, i);
        afterYear = at >= 0;
      }
    }
    if (at < 0 || (!afterYear && (at - from < 3 || !standsAlone(tokens, from, at)))) continue;
    // The verb: after the possessive's noun phrase, or after the name (and an adverb).
    if (possessive ? !goesOn(tokens, verbAfterPossessive(tokens, i + 1)) : !nameVerbGoesOn(tokens, i, bare))
      continue;
    out.push(tokens[at]!.start);
    from = at;
  }
  return out;
}

/**
 * Whether a finite verb that goes on to an object follows the name at token `i` (its run of
 * names, an adverb, or its possessive's noun phrase). A bare name's verb follows it at once, and
 * may be one the tagger took for a plural noun before an article ("Syria controls the headwaters").
 */
function nameVerbGoesOn(tokens: readonly Token[], i: number, bare: boolean): boolean {
  if (bare && tokens[i + 1]!.pos === 'NOUN') return tokens[i + 2]?.pos === 'DET';
  let k = i + 1;
  while (k < tokens.length && k < i + 6 && tokens[k]!.pos === 'PROPN' && /^\p{Lu}/u.test(tokens[k]!.text))
    k++;
  if (tokens[k]?.pos === 'ADV') k++;
  if (POSSESSIVE.test(tokens[k]?.text ?? '')) return goesOn(tokens, verbAfterPossessive(tokens, k));
  return finiteVerb(tokens, k) && goesOn(tokens, k);
}

/** Where the clause of a possessive at token `i + 1` starts (see `nameClauseStarts`), or -1. */
function possessiveStart(tokens: readonly Token[], from: number, i: number): number {
  const t = tokens[i]!;
  if (t.pos !== 'PROPN' || !/^\p{Lu}\p{Ll}/u.test(t.text) || CALENDAR.test(t.text) || TITLE.test(t.text))
    return -1;
  // The run of names that ends with the possessive's word.
  let run = i;
  while (run > from && tokens[run - 1]!.pos === 'PROPN' && /^\p{Lu}/u.test(tokens[run - 1]!.text)) run--;
  const before = tokens[run - 1];
  if (!before || run - 1 < from || before.end === tokens[run]!.start) return -1;
  // "at Cilvegozu | Turkey's": a name after the names a preposition governs.
  if (before.pos === 'ADP' && run < i) return afterGovernedNames(tokens, run, i) ? i : -1;
  // "… a funeral procession | Syria's army has …".
  return afterNoun(before) ? run : -1;
}

/**
 * Whether the name at token `i` follows names (from token `run`) that a preposition governs, and
 * is no word of theirs: at most three of them, no title or date among them, the last one a word the
 * lexicon does not know capitalised while it knows the name at `i` ("at Cilvegozu | Turkey's", "in
 * Homs | China says"; not "Bashar | Assad's", "New York | City's").
 */
function afterGovernedNames(tokens: readonly Token[], run: number, i: number): boolean {
  const names = tokens.slice(run, i);
  return (
    names.length <= 3 &&
    !names.some((n) => TITLE.test(n.text) || CALENDAR.test(n.text)) &&
    knownWord(tokens[i]!.text) &&
    !knownWord(tokens[i - 1]!.text)
  );
}

/**
 * Where the clause of a name with its title at token `i` starts ("observers | Secretary General
 * Ban Ki-moon will …", "troops | UN Secretary General …"), or -1: the title opens a run of names
 * (after an acronym, perhaps) after a noun in small letters.
 */
function titledStart(tokens: readonly Token[], i: number): number {
  const t = tokens[i]!;
  const acronym = /^\p{Lu}{2,}$/u.test(t.text) && TITLE.test(tokens[i + 1]!.text);
  if (!(acronym || TITLE.test(t.text)) || !/^\p{Lu}/u.test(tokens[i + 1]!.text)) return -1;
  const before = tokens[i - 1]!;
  return before.end < t.start && afterNoun(before) && before.pos === 'NOUN' ? i : -1;
}

/** Particles that end a phrasal verb ("should step down | Syria controls …"). */
const PARTICLE = /^(?:down|up|out|off|away|back|aside)$/;

/**
 * Where the clause of a bare name at token `i` starts ("King Abdullah was the first Arab leader to
 * say President Assad should step down | Syria controls the headwaters …"), or -1: a name the
 * lexicon knows capitalised (a country's, a city's), right before its verb, after a noun in small
 * letters (see `afterNoun`), a verb's particle, or names a preposition governs (see
 * `afterGovernedNames`).
 */
function bareNameStart(tokens: readonly Token[], i: number): number {
  const t = tokens[i]!;
  const before = tokens[i - 1]!;
  const verb = tokens[i + 1]!;
  if (
    t.pos !== 'PROPN' ||
    !/^\p{Lu}\p{Ll}+$/u.test(t.text) ||
    CALENDAR.test(t.text) ||
    TITLE.test(t.text) ||
    !knownWord(t.text) ||
    !(/^(?:VERB|AUX)$/.test(verb.pos) || (verb.pos === 'NOUN' && /[^s]s$/.test(verb.text))) ||
    !/^\p{Ll}/u.test(verb.text) ||
    before.end === t.start
  )
    return -1;
  if (afterNoun(before) || PARTICLE.test(before.text)) return i;
  // "… the Baba Amr neighborhood in Homs | China says it is sending …": a verb the tagger knows for
  // one (not "welcomed by Gulf Coast residents whose …"), after a name that is no acronym ("of BP
  // America").
  if (verb.pos === 'NOUN' || /^\p{Lu}+$/u.test(before.text)) return -1;
  let run = i;
  while (run > 0 && tokens[run - 1]!.pos === 'PROPN' && /^\p{Lu}/u.test(tokens[run - 1]!.text)) run--;
  return run < i && tokens[run - 1]?.pos === 'ADP' && afterGovernedNames(tokens, run, i) ? i : -1;
}

/**
 * Where the clause of a name at token `i` after a year starts, when the line before is a fact
 * box's, without a verb ("Trade worth $0.6 bn in 2010 | Syria is a vital transport route …"), or
 * -1. A line that opens with a preposition or a conjunction opens a sentence ("In 2010 Syria was …").
 */
function nameAfterYear(tokens: readonly Token[], i: number): number {
  const t = tokens[i]!;
  if (
    t.pos !== 'PROPN' ||
    !/^\p{Lu}\p{Ll}+$/u.test(t.text) ||
    CALENDAR.test(t.text) ||
    TITLE.test(t.text) ||
    !/^(?:1[89]|20)\d\d$/.test(tokens[i - 1]!.text) ||
    !/^(?:in|since|until|by|of|from)$/i.test(tokens[i - 2]?.text ?? '')
  )
    return -1;
  // The line: back to a punctuation mark that ends a clause (a bracket does not: "(# 0.4 bn)").
  let line = i - 2;
  while (line > 0 && !/^[.,;:!?"“”]$/.test(tokens[line - 1]!.text)) line--;
  // (A fact box's line opens with a noun or an adjective; "even though in 2007 | Israel carried out …"
  // is a clause a conjunction opens.)
  if (i - line < 4 || !/^(?:NOUN|PROPN|ADJ)$/.test(tokens[line]!.pos)) return -1;
  for (let k = line; k < i; k++)
    if (finiteVerb(tokens, k) || OPENS_CLAUSE.test(tokens[k]!.text) || tokens[k]!.pos === 'SCONJ') return -1;
  return i;
}

/**
 * Whether a clause may end at `before`, a word in small letters before a name: a noun, a number or
 * an adverb, not a role before its holder's name ("his brother Rifaat's …", "spokesman Mr Smith");
 * a plural is no role of one ("observers | Secretary General Ban …").
 */
const afterNoun = (before: Token): boolean =>
  /^\p{Ll}/u.test(before.text) &&
  // (Not a noun a clause follows without "that": "This is not the first time | President Assad has …",
  // "in case | Russia wants …".)
  !CLAUSE_NOUNS.test(before.lemma) &&
  !/^(?:case|order)$/.test(before.text) &&
  /^(?:NOUN|NUM|ADV)$/.test(before.pos) &&
  !(ROLE_BEFORE_NAME.test(before.text) && !/[^s]s$/.test(before.text));
