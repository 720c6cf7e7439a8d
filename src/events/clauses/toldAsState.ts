import type { Token } from '../nlp/annotate.ts';
import { genericPresent } from './genericPresent.ts';
import { groupSummary } from './groupSummary.ts';
import type { Clause } from './splitClauses.ts';

/**
 * Why the trigger at token `k` names a standing state or a comment rather than a happening, or
 * undefined when it may be one:
 * - `a present state`: an adjective after a present "is/are" ("65m hogs are concentrated in 65,000
 *   facilities"). On TBAQ's gold events an adjective after "is/are" is linked to a date in the text
 *   3 times in 41 (0.07), a past-tense verb 445 times in 2,051 (0.22). A participle is left alone:
 *   timelines and captions tell happenings in the present passive ("8 February 2010 Dr Murray is
 *   charged with involuntary manslaughter").
 * - `a continued state`: the adjective or participle "remain" or "stay" keeps ("the mission remained
 *   committed to ending the violence", "schools stayed closed"), and "remain" itself before one
 *   ("Banks remained closed"); on TBAQ, 5 of 55 such events are dated (0.09). So does a verb of
 *   posture before one ("Big farmhouses sat silent behind high walls", "boats sit idle"). Not under
 *   a modal or "to" ("the well would remain capped"): a decision or a plan, which modality reads.
 *   So is a perfect progressive that a length of time bounds ("Violence has been raging for over a
 *   year").
 * - `an impression`: a verb of appearance before an adjective or participle ("Many of those at the
 *   summit appeared sceptical", "The blast seemed deliberate"): how things looked to someone.
 * - `a comment`: what a clause "It is / has been + adjective + to/that/how …" governs ("It has been
 *   interesting to observe different sectors of society have reacted", "It seems unlikely that …"):
 *   the writer's view or doubt, unless the adjective holds it true ("It was clear that …"). Not a
 *   happening the comment presupposes by a definite noun ("Tuesday's quake"), nor the saying that
 *   closes the sentence, nor a clause after ", but" or ";".
 * - `a habit`: a verb whose verb group has an adverb of frequency ("Anti-government protests
 *   regularly take place after Friday prayers", "Flu strains often disappear over the summer
 *   months", "what is sometimes called soul-making", "Refugees were often picked up"): what happens
 *   again and again is no one happening to date; nor is a perfect repeated ("Dr Murray has
 *   repeatedly denied causing Jackson's death"). Not a participle that describes a noun ("a
 *   submarine, commonly used in the industry, was deployed").
 * - `a generic statement`: a plain present after a bare plural subject ("In some cases companies
 *   try to negotiate a settlement"), what a kind does again and again, see `genericPresent`.
 * - `a summary`: what an unnamed part of a group has done so far ("Some lawmakers have called for
 *   BP to be barred", "A number of countries have now withdrawn their ambassadors"), see
 *   `groupSummary`.
 * Read from parts of speech and lemmas within the trigger's clause, never from topic words.
 */
export function toldAsState(tokens: readonly Token[], clause: Clause, k: number): string | undefined {
  const t = tokens[k];
  if (!t) return undefined;
  if (evaluativeFrame(tokens, k)) return 'a comment';
  if (t.pos === 'VERB' && habitual(tokens, clause, k)) return 'a habit';
  if (groupSummary(tokens, clause, k)) return 'a summary';
  const head = headBefore(tokens, clause, k);
  if (
    t.pos === 'ADJ' &&
    head !== undefined &&
    PRESENT_BE.test(tokens[head]!.text) &&
    tokens[head - 1]?.pos !== 'AUX'
  )
    return 'a present state';
  if (stateComplement(t) && head !== undefined && KEEPING.has(tokens[head]!.lemma) && !foreseen(tokens, head))
    return 'a continued state';
  // "Banks remained closed": the keeping verb itself; "stay" before an adjective may be a visit
  // ("will stay overnight").
  if (
    t.pos === 'VERB' &&
    t.lemma === 'remain' &&
    stateComplement(nextPastAdverbs(tokens, k + 1)) &&
    !foreseen(tokens, k)
  )
    return 'a continued state';
  // "Big farmhouses sat silent behind high walls", "oyster boats sit idle": a verb of posture
  // before an adjective or a participle tells how something stands, a scene, not a happening.
  // "Many of those at the summit appeared sceptical it would implement it", "The blast seemed
  // deliberate": a verb of appearance there gives an impression.
  const standing = t.pos === 'VERB' ? STANDING.get(t.lemma) : undefined;
  if (standing !== undefined && predicative(tokens, k) && !foreseen(tokens, k)) return standing;
  if (goingOnFor(tokens, k)) return 'a continued state';
  if (genericPresent(tokens, clause, k)) return 'a generic statement';
  return undefined;
}

/**
 * Whether the verb at `k` is a perfect progressive that a length of time bounds ("Violence between
 * the two sides has been raging … for over a year", "Gulf Coast residents have been complaining for
 * weeks …"): what has gone on for so long is a state, not the day's happening. Not in words said
 * ("The affidavit said Dr Murray had been giving Jackson propofol daily for six weeks" tells the
 * saying). A "since" bounds it too, but "since X" runs the clause from X to publication
 * (anchoring's span), which is its date, so it is left to anchoring.
 */
function goingOnFor(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  if (t.pos !== 'VERB' || !/ing$/i.test(t.text)) return false;
  let been = false;
  let perfect = false;
  for (let i = k - 1; i >= 0 && i >= k - 4; i--) {
    const u = tokens[i]!;
    if (u.pos !== 'AUX' && u.pos !== 'ADV' && u.pos !== 'PART') break;
    if (u.text.toLowerCase() === 'been') been = true;
    if (/^(?:has|have|had|['’]ve|['’]d)$/i.test(u.text)) perfect = true;
  }
  if (!been || !perfect || tokens.slice(0, k).some((u) => u.pos === 'VERB' && SAYING_VERB.has(u.lemma)))
    return false;
  for (let i = k + 1; i < tokens.length && i <= k + 15; i++) {
    const u = tokens[i]!;
    if (u.pos === 'PUNCT' || u.text.toLowerCase() === 'since') return false;
    if (u.text.toLowerCase() === 'for' && lengthOfTime(tokens, i + 1)) return true;
  }
  return false;
}

/**
 * Verbs of words given as testimony or report before a perfect progressive: what they govern is the
 * saying's ("The affidavit said Dr Murray had been giving …"). Not `CLAUSE_VERBS`: after a verb of
 * thinking or expecting the going-on is still told as a state of its own.
 */
const SAYING_VERB = new Set('say tell testify state report claim write'.split(' '));
/** Nouns of a length of time. */
const TIME_SPAN = /^(?:hours|days|weeks|months|years|decades|time|year|month|week|decade)$/i;

/**
 * Whether a length of time starts at `i`: a bound perhaps, a number or a quantifier perhaps, and a
 * noun of time ("three days", "over a year", "many months", "some time", "years"); not "for a
 * change in name".
 */
function lengthOfTime(tokens: readonly Token[], i: number): boolean {
  let j = i;
  // ("for well over a year", "for more than three weeks", "for at least a month".)
  while (
    /^(?:nearly|almost|about|around|over|more|at|least|than|just|well|under|less)$/i.test(
      tokens[j]?.text ?? '',
    )
  )
    j++;
  if (tokens[j]?.pos === 'NUM' || /^(?:a|an|several|many|some|few|the)$/i.test(tokens[j]?.text ?? '')) j++;
  if (/^(?:few|past|last)$/i.test(tokens[j]?.text ?? '')) j++;
  if (!TIME_SPAN.test(tokens[j]?.text ?? '')) return false;
  // (Not a noun of time that modifies another: "for the month's elections", "for a time limit".)
  const next = tokens[j + 1];
  return !next || !(/^['’]s?$/.test(next.text) || next.pos === 'NOUN');
}

// A finite present "be": not "was" (a past state may be a change told, "was closed on Monday"),
// nor "'s", which is as often "has" ("he's seen no evidence").
const PRESENT_BE = /^(?:is|are|am|['’]re|['’]m)$/i;
// Adjectives that hold their clause true: what they govern is told as having happened.
const FACTIVE = new Set('clear obvious evident apparent true plain certain undeniable'.split(' '));
// Adjectives whose infinitive is the subject's own doing ("It had been due to expire Friday", "it
// is likely to pass"): "it" names something, no comment is made.
const RAISING = new Set(
  'due likely unlikely set bound sure certain able unable ready poised about supposed willing keen eager'.split(
    ' ',
  ),
);
// Verbs that keep a state going.
const KEEPING = new Set(['remain', 'stay']);
// What a verb before an adjective tells, by its lemma: posture ("sat silent", "lay dead"), how
// something stands; appearance ("appeared sceptical", "looked tired"), an impression.
const STANDING = new Map<string, string>([
  ...['sit', 'stand', 'lie'].map((lemma) => [lemma, 'a continued state'] as const),
  ...['appear', 'seem', 'look', 'sound'].map((lemma) => [lemma, 'an impression'] as const),
]);

/** Whether a token can be the complement of a state: an adjective or a past participle (not "-ing"). */
function stateComplement(t: Token | undefined): boolean {
  if (!t) return false;
  return t.pos === 'ADJ' || (t.pos === 'VERB' && !/ing$/i.test(t.text) && t.text.toLowerCase() !== t.lemma);
}

/**
 * Whether a modal or an infinitive's "to" governs the verb at `i` ("the well would remain capped",
 * "could not remain committed", "is due to remain closed"): a decision, a warning or a plan about
 * the state, which the verb's modality tells.
 */
function foreseen(tokens: readonly Token[], i: number): boolean {
  for (let j = i - 1; j >= 0 && j >= i - 3; j--) {
    const t = tokens[j]!;
    if (/^(?:will|would|could|can|may|might|must|should|shall|to|['’]ll|['’]d)$/i.test(t.text)) return true;
    if (t.pos !== 'ADV' && t.pos !== 'PART' && t.pos !== 'AUX') return false;
  }
  return false;
}

/**
 * Whether the verb at `k` takes an adjective or a participle for its complement, past adverbs:
 * not one that modifies a noun ("stood last night at 404", "stood at 404 last night"), nor a
 * readiness to do something ("said it stood ready to evacuate Ms Bouvier"), which offers or
 * plans a happening.
 */
function predicative(tokens: readonly Token[], k: number): boolean {
  const j = pastAdverbs(tokens, k + 1);
  const after = tokens[j + 1];
  return (
    stateComplement(tokens[j]) &&
    !(after && (/^(?:NOUN|PROPN|NUM)$/.test(after.pos) || after.text.toLowerCase() === 'to'))
  );
}

/** The first token from `i` that is not an adverb. */
function nextPastAdverbs(tokens: readonly Token[], i: number): Token | undefined {
  return tokens[pastAdverbs(tokens, i)];
}

/** The index of the first token from `i` that is not an adverb. */
function pastAdverbs(tokens: readonly Token[], i: number): number {
  let j = i;
  while (tokens[j]?.pos === 'ADV') j++;
  return j;
}

// Adverbs of frequency: the verb they modify tells a habit or a rule.
const FREQUENCY = new Set(
  'often usually normally typically generally always sometimes rarely seldom frequently routinely regularly commonly traditionally occasionally customarily habitually'.split(
    ' ',
  ),
);

// Adverbs that repeat a happening: in a perfect, a stance held over a stretch ("has repeatedly
// denied"); in a simple past, perhaps one day's repeated blows ("jets repeatedly struck the town on
// Monday"), which is left alone.
const ITERATED = new Set('repeatedly consistently persistently continually constantly'.split(' '));

/**
 * Whether the verb group of the verb at `k`, within its clause, has an adverb of frequency. Not a
 * participle set off by a comma ("A submarine, commonly used in the industry, was deployed"): it
 * describes a noun, and the sentence's happening is the verb after it.
 */
function habitual(tokens: readonly Token[], clause: Clause, k: number): boolean {
  let frequent = false;
  let iterated = false;
  let perfect = false;
  let aux = false;
  let i = k - 1;
  for (; i >= clause.from && i >= k - 5; i--) {
    const t = tokens[i]!;
    if (t.pos !== 'ADV' && t.pos !== 'AUX' && t.pos !== 'PART') break;
    if (t.pos === 'ADV' && FREQUENCY.has(t.text.toLowerCase())) frequent = true;
    if (t.pos === 'ADV' && ITERATED.has(t.text.toLowerCase())) iterated = true;
    if (t.pos === 'AUX') aux = true;
    if (/^(?:has|have|had|['’]ve)$/i.test(t.text)) perfect = true;
  }
  // "Dr Murray has repeatedly denied causing Jackson's death", "BP has repeatedly said …": a perfect
  // told again and again sums up a stance held over an open stretch, no one happening.
  if (iterated && perfect) return true;
  if (!frequent || aux) return frequent;
  const t = tokens[k]!;
  const before = tokens[i];
  if (t.text.toLowerCase() === t.lemma) return true;
  // A participle set off, or right after its noun ("propofol, a surgical anesthetic typically
  // administered in a clinical setting"), describes the noun.
  const setOff = before === undefined || i < clause.from || before.pos === 'PUNCT';
  return !setOff && !(before.pos === 'NOUN' && /(?:ed|en)$/i.test(t.text));
}

/** The auxiliary or keeping verb right before `k` past adverbs and negation, within the clause. */
function headBefore(tokens: readonly Token[], clause: Clause, k: number): number | undefined {
  for (let i = k - 1; i >= clause.from && i >= k - 4; i--) {
    const t = tokens[i]!;
    if (t.pos === 'AUX' || (t.pos === 'VERB' && KEEPING.has(t.lemma))) return i;
    if (t.pos !== 'ADV' && t.pos !== 'PART') return undefined;
  }
  return undefined;
}

/**
 * Whether token `k` lies under an extraposed comment: "It" opening a clause, a form of "be" (or
 * "seem", "remain", "appear"), an adjective, then "that", a wh-word or an infinitive ("It has been
 * interesting to observe …", "It is clear that …", "It was unclear whether …"). Not an adjective
 * that is a participle of reporting ("it's alleged that" reports), nor "similar to" the noun.
 */
function evaluativeFrame(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  // A saying closes the sentence ("…, a spokesman said"); a definite noun is presupposed.
  if (t.lemma === 'say' || (t.pos === 'NOUN' && /^(?:the|['’]s)$/i.test(tokens[k - 1]?.text ?? '')))
    return false;
  for (let i = 0; i < k; i++) {
    if (tokens[i]!.text.toLowerCase() !== 'it') continue;
    const before = tokens[i - 1];
    // "Fitch said that it was now more confident that …": after a saying's "that", "it" is the speaker.
    if (before && (!/^(?:PUNCT|CCONJ|SCONJ)$/.test(before.pos) || before.text.toLowerCase() === 'that'))
      continue;
    let j = i + 1;
    while (
      tokens[j]?.pos === 'AUX' ||
      (tokens[j]?.pos === 'VERB' && /^(?:seem|remain|appear)$/.test(tokens[j]!.lemma))
    )
      j++;
    if (j === i + 1) continue;
    while (tokens[j]?.pos === 'ADV') j++;
    const adj = tokens[j];
    if (adj?.pos !== 'ADJ' || j > k || /ed$/i.test(adj.text)) continue;
    const next = tokens[j + 1]?.text.toLowerCase() ?? '';
    // What a factive adjective's "that" governs is told as true ("It was clear that the buildings were
    // hit deliberately"); a view's infinitive ("interesting to observe") or a doubt's clause is not.
    const framed =
      (/^(?:that|how|whether|what|why|who|when|if)$/.test(next) && !FACTIVE.has(adj.lemma)) ||
      (next === 'to' && tokens[j + 2]?.pos === 'VERB' && !RAISING.has(adj.lemma));
    // A clause after ", but" or ";" is told on its own.
    if (
      framed &&
      !tokens.slice(j, k).some((u, n, a) => u.text === ';' || (u.text === ',' && a[n + 1]?.pos === 'CCONJ'))
    )
      return true;
  }
  return false;
}
