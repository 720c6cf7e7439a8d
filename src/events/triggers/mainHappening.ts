import { modifiesNoun } from '../anchoring/attachTimex.ts';
import { standingDuration } from '../clauses/standingDuration.ts';
import type { Token } from '../nlp/annotate.ts';
import { isHappening, type SentenceParse } from '../sentenceParse.ts';
import { CLAUSE_VERBS } from '../titles/words.ts';
import type { Trigger } from './findTriggers.ts';
import { namingBeforeModal } from './namingBeforeModal.ts';
import { ongoingEffort } from './ongoingEffort.ts';
import { ongoingState } from './ongoingState.ts';
import { passiveStanding } from './passiveStanding.ts';
import { reducedRelative } from './reducedRelative.ts';

/**
 * The happening an undated sentence tells: the first verb trigger of its main clause that is
 * finite (not "to …" nor a bare participle) and tells no ongoing state or trend, or undefined.
 */
export function mainHappening(p: SentenceParse, main = p.clauses[0]!): Trigger | undefined {
  return mainClauseVerb(p, main).happening;
}

/**
 * The main clause's first finite verb trigger read once: the happening it tells (as
 * `mainHappening`), or whether it tells something going on or growing as the article is written
 * ("Fighting is continuing in Homs"), so that there is no happening.
 */
export function mainClauseVerb(
  p: SentenceParse,
  main = p.clauses[0]!,
): { happening: Trigger | undefined; ongoing: boolean } {
  const first = firstVerbTrigger(p, main);
  const isOngoing = first !== undefined && ongoing(p, first);
  // "For many years the Arab League was mocked": what held over years is a standing state, the
  // article's background, neither a happening nor what goes on as it is written.
  const standing =
    first !== undefined && !isOngoing && standingDuration(p.s.tokens, main.from, main.to, first);
  return { happening: isOngoing || standing ? undefined : first, ongoing: isOngoing };
}

/**
 * "Syrian forces are continuing to attack …", "The uprising has become increasingly armed": what
 * goes on or grows as the article is written (see `ongoingState`); "Compounds called adjuvants can
 * be used …": the named noun's own verb told as possible; "Mr Oynes has been accused of …" (see
 * `passiveStanding`): a charge or a state that stands; "Protesters have been calling for greater
 * freedom" (see `ongoingEffort`): an effort that has gone on up to the article. The clause tells no
 * happening, and a verb after it ("…, the Guardian has learned") is none of its own.
 */
const ongoing = (p: SentenceParse, t: Trigger): boolean =>
  ongoingState(p.s.tokens, t.index) !== undefined ||
  ongoingEffort(p.s.tokens, t.index, t.eventClass) ||
  namingBeforeModal(p.s.tokens, t.index) ||
  passiveStanding(p.s.tokens, t.index, t.eventClass) !== undefined;

/** The first finite verb trigger of the main clause (not "to …" nor a bare participle), or undefined. */
function firstVerbTrigger(p: SentenceParse, main: SentenceParse['clauses'][number]): Trigger | undefined {
  const { tokens } = p.s;
  // "As the ceasefire deadline approached, the violence continued": an opening time or reason clause
  // sets the scene; the happening comes after its comma.
  const opener = /^(?:as|when|while|after|before|since|although|though|if|because|once|until|whereas)$/i.test(
    tokens[main.from]?.text ?? '',
  )
    ? tokens.findIndex((t, i) => i > main.from && t.text === ',')
    : -1;
  return p.triggers.find((t) => {
    if (
      (!isHappening(t) && !actOfReporting(p, t)) ||
      t.pos !== 'VERB' ||
      t.index >= main.to ||
      t.index < opener ||
      modifiesNoun(tokens, t.index)
    )
      return false;
    const before = tokens[t.index - 1];
    if (before?.text.toLowerCase() === 'to') return false;
    if (objectsParticiple(tokens, main.from, t.index)) return false;
    if (describesSubject(p, t, main.to)) return false;
    // "Fighting broke out": a gerund opening the sentence is its subject, not its verb.
    if (/ing$/i.test(t.text) && before?.pos !== 'AUX') return false;
    return !genericPresent(tokens, t.index);
  });
}

/**
 * "Obama described the scale of the devastation as extraordinary and the losses suffered as
 * "heartbreaking"": a participle right after a noun, with a phrase of its own after it, past the
 * clause's finite verb of action, describes the noun of that verb's object; it is not the clause's
 * happening. (After a verb of saying the noun may be the subject of the words said: "officials said
 * the plane crashed in the sea".)
 */
function objectsParticiple(tokens: readonly Token[], from: number, i: number): boolean {
  const t = tokens[i]!;
  if (!/(?:ed|en)$/i.test(t.text) || tokens[i - 1]?.pos !== 'NOUN') return false;
  if (
    !(tokens[i + 1]?.pos === 'ADP' || /^as$/i.test(tokens[i + 1]?.text ?? '')) ||
    tokens[i - 2]?.pos === 'AUX'
  )
    return false;
  // The verb of the same clause: no comma, subordinator or relative word between.
  for (let j = i - 2; j >= from; j--) {
    const x = tokens[j]!;
    if (x.text === ',' || x.pos === 'SCONJ' || /^(?:when|while|that|which|who|if)$/i.test(x.text))
      return false;
    // (Not an infinitive, nor a participle itself: "the mud being pumped into the preventer traveled up".)
    if (x.pos === 'VERB' && !/ing$/i.test(x.text) && !/^(?:to|being)$/i.test(tokens[j - 1]?.text ?? ''))
      return !CLAUSE_VERBS.test(x.lemma);
  }
  return false;
}

/**
 * "A clause buried deep in the Act may expose BP", "A girl diagnosed with the flu has made a full
 * recovery": a participle phrase describing the subject (see `reducedRelative`) before the
 * clause's verb of a happening is no happening of its own. (Before a state it may be the only one:
 * "Items seized during the searches included 27 tablets".)
 */
function describesSubject(p: SentenceParse, t: Trigger, to: number): boolean {
  const { tokens } = p.s;
  let k = reducedRelative(tokens, t.index, t.eventClass, to);
  if (k === undefined) return false;
  while (k < to && /^(?:AUX|ADV|PART)$/.test(tokens[k]!.pos)) k++;
  const verb = p.triggers.find((x) => x.index === k);
  // (Not before a verb of a habit or a general truth, "A suit filed in Illinois seeks class action
  // status", "Videos posted online appear to show …", which tells no happening itself.)
  return verb !== undefined && verb.pos === 'VERB' && isHappening(verb) && !genericPresent(tokens, k);
}

/**
 * A verb in the simple present without an auxiliary ("Such leaders follow the bidding of …",
 * "The ramifications go further"): a habit, a view or a general truth, not a happening told.
 */
function genericPresent(tokens: SentenceParse['s']['tokens'], k: number): boolean {
  const t = tokens[k]!;
  const w = t.text.toLowerCase();
  let i = k - 1;
  while (i >= 0 && (tokens[i]!.pos === 'ADV' || tokens[i]!.pos === 'PART')) i--;
  // "Syria is ruled by the Baath party": a present passive states how things stand.
  if (tokens[i]?.pos === 'AUX')
    return (
      /^(?:do|does)$/i.test(tokens[i]!.text) || (/^(?:is|are|am)$/i.test(tokens[i]!.text) && !/ing$/i.test(w))
    );
  return (
    w === t.lemma || w === `${t.lemma}s` || w === `${t.lemma}es` || w === `${t.lemma.replace(/y$/, '')}ies`
  );
}

/**
 * Verbs of saying whose object is the words, the hearer or the source, not a thing done: "said
 * nothing", "told reporters", "cited a police official". ("Canada recorded its first case" is one.)
 */
const WORDS_OR_HEARER = /^(?:say|tell|add|ask|warn|write|quote|cite|speak|talk|inform|explain|describe)$/;

/**
 * "ISIS-K claimed responsibility", "Officials announced a curfew in Kunduz", "The ministry
 * confirmed the deaths of three soldiers": a verb of reporting with a noun phrase for its object,
 * not the words of a clause, is an act of its own, the day's news as any statement is.
 */
function actOfReporting(p: SentenceParse, t: Trigger): boolean {
  if (t.eventClass !== 'REPORTING' || WORDS_OR_HEARER.test(t.lemma)) return false;
  const { tokens } = p.s;
  // A finite verb after its subject, its auxiliary or an aside's closing comma: not a participle in
  // a noun phrase ("with 275 confirmed cases", "Over 170 reported cases").
  let b = t.index - 1;
  while (tokens[b]?.pos === 'ADV') b--;
  if (!/^(?:NOUN|PROPN|PRON|AUX)$/.test(tokens[b]?.pos ?? '') && tokens[b]?.text !== ',') return false;
  let j = t.index + 1;
  while (
    /^(?:DET|ADJ|NUM)$/.test(tokens[j]?.pos ?? '') ||
    /^(?:its|their|his|her|our)$/i.test(tokens[j]?.text ?? '')
  )
    j++;
  const object = tokens[j];
  // The object is no date ("cases reported each year", "the audio recorded six weeks before"), nor
  // the subject of the words said, which a verb follows ("acknowledged his administration could
  // have done better"), nor a source "as saying" ("cited a police official as saying …").
  let end = j;
  while (/^(?:NOUN|PROPN)$/.test(tokens[end + 1]?.pos ?? '')) end++;
  const after = tokens[end + 1];
  return (
    j > t.index &&
    object?.pos === 'NOUN' &&
    !/^(?:AUX|VERB)$/.test(after?.pos ?? '') &&
    !(after?.text.toLowerCase() === 'as' && /ing$/i.test(tokens[end + 2]?.text ?? '')) &&
    !p.dates.some(([from, to]) => tokens[t.index + 1]!.start < to && object.end > from)
  );
}
