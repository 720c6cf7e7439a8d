import { modifiesNoun } from '../anchoring/attachTimex.ts';
import { clauseOf } from '../clauses/splitClauses.ts';
import type { Token } from '../nlp/annotate.ts';
import type { SentenceParse } from '../sentenceParse.ts';
import type { Trigger } from '../triggers/findTriggers.ts';
import { copulaParticipleCut } from './copulaParticiple.ts';
import { assemble, type CutTitle, clauseRun, deletionTitle } from './deletionTitle.ts';
import { verbPastParticipleAside } from './participleAside.ts';
import { CLAUSE_VERBS, isNominal } from './words.ts';

/**
 * The cuts an event's title is chosen from: a token's own deletion title (made once per sentence
 * and token), and, for an event noun, the cut of a verb that holds it.
 */

const cuts = new WeakMap<SentenceParse, Map<number, CutTitle>>();

/** Whether the token at `i` lies inside one of the sentence's date expressions that titles leave out. */
export const inDate = (p: SentenceParse, i: number): boolean =>
  p.dates.some(([a, b]) => p.s.tokens[i]!.start >= a && p.s.tokens[i]!.end <= b);

/**
 * The deletion title of the token at `index`, the sentence's dates left out. Made once per
 * sentence and token: the attachment tries candidates' cuts and the chosen one's title is the same.
 */
export function cutOf(p: SentenceParse, index: number): CutTitle {
  let made = cuts.get(p);
  if (!made) {
    made = new Map();
    cuts.set(p, made);
  }
  let cut = made.get(index);
  if (!cut) {
    cut = deletionTitle(p.s.tokens, p.clauses, index, { skip: p.dates });
    made.set(index, cut);
  }
  return cut;
}

/** Triggers that name a happening: neither states nor attitudes ("believe", "want"), nor sayings. */
export const isHappening = (t: Trigger): boolean =>
  t.eventClass !== 'STATE' && t.eventClass !== 'I_STATE' && t.eventClass !== 'REPORTING';

/**
 * "were not linked to the December 2011 attack", "Tuesday's arrests": a date inside the noun's own
 * phrase dates the noun alone; a verb around it tells another time.
 */
export function datedInOwnPhrase(p: SentenceParse, trigger: Trigger): boolean {
  const { tokens } = p.s;
  return p.dates.some(([, end]) => {
    const last = tokens.findIndex((t) => t.end === end);
    if (last < 0 || last >= trigger.index || trigger.index - last > 4) return false;
    return tokens.slice(last + 1, trigger.index).every((t) => isNominal(t) || /^['’]s$/.test(t.text));
  });
}

/** The cut of the verb a noun's "on"/"during" phrase tells the time of, when it keeps the noun and has a subject. */
export function duringCut(p: SentenceParse, trigger: Trigger): CutTitle | undefined {
  const v = duringPhrase(p, trigger);
  const cut = v === undefined ? undefined : cutOf(p, v);
  if (cut?.kept.includes(trigger.index) && !cut.subjectless) return cut;
  const after = openingPhraseVerb(p, trigger);
  const main = after === undefined ? undefined : cutOf(p, after);
  return main && !main.subjectless ? main : undefined;
}

/**
 * "At the G20 summit in Mexico on Tuesday, | US President Barack Obama held separate talks …": the
 * main verb after the comma of a phrase that opens the sentence with the happening's noun ("at",
 * "during", "on"); what it tells was done at that happening, and says who.
 */
function openingPhraseVerb(p: SentenceParse, trigger: Trigger): number | undefined {
  const { tokens } = p.s;
  let i = trigger.index - 1;
  while (i >= 0 && /^(?:DET|ADJ|NUM|PROPN|NOUN)$/.test(tokens[i]!.pos) && trigger.index - i <= 4) i--;
  if (i !== 0 || !/^(?:at|during|on)$/i.test(tokens[0]!.text)) return undefined;
  const comma = tokens.findIndex((t, j) => j > trigger.index && t.text === ',');
  if (comma < 0 || comma - trigger.index > 10) return undefined;
  if (tokens.slice(trigger.index + 1, comma).some((t) => t.pos === 'VERB' || t.pos === 'AUX'))
    return undefined;
  for (let v = comma + 1; v < tokens.length && v - comma <= 12; v++) {
    if (tokens[v]!.pos === 'VERB' && !modifiesNoun(tokens, v)) return v;
    if (/^(?:PUNCT|SCONJ)$/.test(tokens[v]!.pos)) return undefined;
  }
  return undefined;
}

/** Verbs whose "of" names what caused a death ("died of an apparent asthma attack"). */
const DYING = /^(?:die|perish|succumb)$/;

/**
 * The verb a noun's "on"/"during" phrase tells the time of ("discussed the issue | on a visit to
 * Israel", "met Mr Assad during talks"): the nearest verb before it in its clause, past its object.
 */
function duringPhrase(p: SentenceParse, trigger: Trigger): number | undefined {
  const { tokens } = p.s;
  let i = trigger.index - 1;
  while (
    i >= 0 &&
    trigger.index - i <= 4 &&
    (/^(?:DET|ADJ|NUM|PROPN)$/.test(tokens[i]!.pos) ||
      // "an apparent asthma attack": a noun before the noun.
      (tokens[i]!.pos === 'NOUN' && /^\p{Ll}/u.test(tokens[i]!.text) && tokens[i + 1]?.pos === 'NOUN'))
  )
    i--;
  // (Not a verb's own "on": "called on Russia", "agreed on a plan".)
  // ("died in the 12 January earthquake", "were arrested at the rally": what was done in or at it too.)
  const prep = tokens[i]?.text.toLowerCase() ?? '';
  // ("died of an apparent asthma attack": what the verb right before its "of" did.)
  // (A verb of dying only: "told of the massacre in March 2011" dates the massacre, not the telling;
  // not a participle right after its noun, "the only person | convicted of the bombing", nor a
  // gerund after its article, "the downing of a jet".)
  const verbOf =
    prep === 'of' &&
    tokens[i - 1]?.pos === 'VERB' &&
    DYING.test(tokens[i - 1]!.lemma) &&
    !/^(?:NOUN|DET|ADJ)$/.test(tokens[i - 2]?.pos ?? '');
  if ((!/^(?:on|during|in|at)$/.test(prep) && !verbOf) || (prep === 'on' && tokens[i - 1]?.pos === 'VERB'))
    return undefined;
  const clause = clauseOf(p.clauses, trigger.index);
  for (let v = i - 1; v >= clause.from && i - v <= 8; v--) {
    if (tokens[v]!.pos === 'VERB') return modifiesNoun(tokens, v) ? undefined : v;
    if (/^(?:PUNCT|AUX|SCONJ|CCONJ)$/.test(tokens[v]!.pos)) return undefined;
  }
  return undefined;
}

/** The cut of the verb an event noun is the object of, when it keeps the noun and has a subject. */
export function governingVerbCut(p: SentenceParse, trigger: Trigger): CutTitle | undefined {
  const { tokens } = p.s;
  // "Mr Annan, who held talks with President Assad": a verb right before the noun's phrase (its
  // determiners and adjectives) does the happening the noun names.
  // "vetoed a UN resolution", "held a Security Council meeting": names may modify the noun too,
  // and nouns ("vetoed a previous draft resolution", "to start repair work", "a $4.7bn cash purchase").
  let v = trigger.index - 1;
  while (
    v > 0 &&
    trigger.index - v <= 6 &&
    (/^(?:DET|ADJ|NUM|SYM)$/.test(tokens[v]!.pos) ||
      // "suspended its monitoring mission": a possessive pronoun opens the phrase as an article does.
      /^(?:its|his|her|their|our)$/i.test(tokens[v]!.text) ||
      (tokens[v]!.pos === 'PROPN' && v < trigger.index) ||
      (tokens[v]!.pos === 'NOUN' && /^\p{Ll}/u.test(tokens[v]!.text) && tokens[v + 1]?.pos === 'NOUN') ||
      /^[$£€]$/.test(tokens[v]!.text))
  )
    v--;
  // "has called for an emergency meeting", "pressed for talks": the verb's "for" governs the noun.
  if (tokens[v]?.text.toLowerCase() === 'for' && tokens[v - 1]?.pos === 'VERB') v--;
  // A finite verb: not "to quell dissent" (but "is to hold talks", a plan), nor "following the
  // release" (a participle as preposition).
  const finite =
    tokens[v]?.pos === 'VERB' &&
    (tokens[v - 1]?.text.toLowerCase() !== 'to' ||
      /^(?:is|are|was|were)$/i.test(tokens[v - 2]?.text ?? '') ||
      // "BP will attempt to stem the oil flow", "was set to file a lawsuit": an infinitive a verb
      // governs (not a purpose after a noun, "efforts to quell dissent").
      (/^(?:VERB|ADJ)$/.test(tokens[v - 2]?.pos ?? '') && !/ing$/i.test(tokens[v - 2]!.text))) &&
    !(/ing$/i.test(tokens[v]!.text) && tokens[v - 1]?.pos !== 'AUX') &&
    // "plans to freeze assets and suspend all dealings": a bare form joined to an infinitive.
    !(tokens[v]!.lemma === tokens[v]!.text.toLowerCase() && tokens[v - 1]?.pos === 'CCONJ') &&
    !modifiesNoun(tokens, v);
  const done = finite ? cutOf(p, v) : undefined;
  return done && !done.subjectless && done.kept.includes(trigger.index) ? done : undefined;
}

/**
 * The cut of a verb that keeps the trigger, the verb standing `side` of it: a happening's verb of
 * the trigger's clause first, else any verb of the sentence with a subject ("Calderon told
 * businesses … to stop work"); never a participle that describes a noun ("The statement backing
 * the deadline marks …").
 */
export function verbCutHolding(
  p: SentenceParse,
  trigger: Trigger,
  side: 'before' | 'after',
): CutTitle | undefined {
  const { tokens } = p.s;
  const clause = clauseOf(p.clauses, trigger.index);
  const onSide = (v: Trigger) => (side === 'before' ? v.index < trigger.index : v.index > trigger.index);
  const verbs = p.triggers.filter((v) => v.pos === 'VERB' && onSide(v) && !modifiesNoun(tokens, v.index));
  const inClause = (v: Trigger) => isHappening(v) && v.index >= clause.from && v.index < clause.to;
  for (const v of [...verbs.filter(inClause), ...verbs.filter((v) => !inClause(v))]) {
    const cut = cutOf(p, v.index);
    if (cut.kept.includes(trigger.index) && !cut.subjectless) return cut;
  }
  return undefined;
}

/**
 * "Monday's assault | was the worst since the truce was announced": a noun dated by its own phrase
 * that is the subject of a finite verb right after its phrase says what its clause says of it.
 */
export function subjectOfVerbAfter(p: SentenceParse, trigger: Trigger, own: CutTitle): CutTitle | undefined {
  const { tokens } = p.s;
  const clause = clauseOf(p.clauses, trigger.index);
  const first = Math.min(...own.kept);
  const last = Math.max(...own.kept);
  // The phrase opens its clause (after "and", "that", "but").
  for (let i = clause.from; i < first; i++)
    if (!/^(?:CCONJ|SCONJ|ADV|PUNCT)$/.test(tokens[i]!.pos) && !inDate(p, i)) return undefined;
  // (Past a participle's aside between commas: "the estimate of the flow, based on …, | is …".)
  const past = verbPastParticipleAside(tokens, last + 1);
  const v = past > 0 ? past : last + 1;
  const verb = tokens[v];
  const to = past > 0 ? clauseOf(p.clauses, past).to : clause.to;
  if (v >= to || !verb) return undefined;
  const finite =
    verb.pos === 'AUX' ||
    (verb.pos === 'VERB' &&
      verb.lemma !== verb.text.toLowerCase() &&
      !/ing$/i.test(verb.text) &&
      !modifiesNoun(tokens, v));
  // ("the amount recovered since the explosion | underscores …": a present after "since" is the
  // sentence's own verb, the noun a preposition's object.)
  const opener = tokens[clause.from]!;
  if (!finite || (opener.pos === 'SCONJ' && !/^that$/i.test(opener.text) && /[^s]s$/i.test(verb.text)))
    return undefined;
  if (verb.pos === 'VERB') {
    const cut = cutOf(p, v);
    return cut.kept.includes(trigger.index) && !cut.subjectless ? cut : undefined;
  }
  const rest = clauseRun(tokens, v, to, p.dates, 12);
  if (!rest.some((i) => i > v)) return undefined;
  return assemble(tokens, [...own.kept, ...rest], 18);
}

/**
 * "There has also been a huge rise in the number of refugees …": an event noun that "there is"
 * introduces is told with it, the clause as written from "there" (else undefined).
 */
export function existential(p: SentenceParse, trigger: Trigger): CutTitle | undefined {
  const { tokens } = p.s;
  const own = cutOf(p, trigger.index);
  const first = Math.min(...own.kept);
  let i = first - 1;
  // "there had been a sharp increase in | the number of clashes": a noun's phrase can hold it.
  let held = first;
  while (
    held - 1 >= Math.max(0, first - 8) &&
    (/^(?:DET|ADJ|NOUN|NUM)$/.test(tokens[held - 1]!.pos) || /^(?:in|of)$/i.test(tokens[held - 1]!.text))
  )
    held--;
  if (held < first && /^(?:DET|ADJ|NOUN|NUM)$/.test(tokens[held]!.pos) && tokens[held - 1]?.pos === 'AUX')
    i = held - 1;
  while (i >= 0 && /^(?:AUX|ADV|PART)$/.test(tokens[i]!.pos)) i--;
  if (i < 0 || !/^there$/i.test(tokens[i]!.text) || !tokens.slice(i + 1, first).some((t) => t.lemma === 'be'))
    return undefined;
  // (Not "said there had been" without its speaker: withSpeaker adds the saying.)
  const words: number[] = [];
  for (let k = i; k < first; k++) if (!inDate(p, k)) words.push(k);
  // "There were signs [last night] | that BP was heading for a showdown": what the signs say.
  let that = Math.max(...own.kept) + 1;
  while (that < tokens.length && inDate(p, that)) that++;
  const said =
    /^that$/i.test(tokens[that]?.text ?? '') && TELLING_NOUNS.test(trigger.lemma)
      ? clauseRun(tokens, that + 1, clauseOf(p.clauses, that + 1).to, p.dates, 12)
      : [];
  return assemble(tokens, [...words, ...own.kept, ...said], 18 + said.length, trigger.index);
}

/**
 * "there have been signs that | Moscow is losing patience with Damascus": a happening told in the
 * "that" clause of a noun of telling that "there is" says exists keeps the hedge ("There have been
 * signs Moscow is losing patience with Damascus"), or undefined.
 */
export function thereToldCut(p: SentenceParse, trigger: Trigger): CutTitle | undefined {
  const { tokens } = p.s;
  const clause = clauseOf(p.clauses, trigger.index);
  const that = clause.from;
  if (trigger.pos !== 'VERB' || !/^that$/i.test(tokens[that]?.text ?? '')) return undefined;
  let noun = that - 1;
  while (noun >= 0 && inDate(p, noun)) noun--;
  if (!TELLING_NOUNS.test(tokens[noun]?.lemma ?? '') || tokens[noun]!.pos !== 'NOUN') return undefined;
  let i = noun - 1;
  while (i >= 0 && /^(?:ADJ|DET|NUM)$/.test(tokens[i]!.pos)) i--;
  const be = i;
  while (i >= 0 && /^(?:AUX|ADV|PART)$/.test(tokens[i]!.pos)) i--;
  if (
    i < 0 ||
    !/^there$/i.test(tokens[i]!.text) ||
    !tokens.slice(i + 1, be + 1).some((t) => t.lemma === 'be')
  )
    return undefined;
  const own = cutOf(p, trigger.index);
  if (own.subjectless) return undefined;
  const words: number[] = [];
  for (let k = i; k <= noun; k++) if (!inDate(p, k)) words.push(k);
  return assemble(tokens, [...words, ...own.kept.filter((k) => k > that)], 22, trigger.index);
}

/** Verbs whose participle is their bare form: "rules put in place", "the deadline set by the judge". */
const SAME_FORM = /^(?:put|set|cut|hit|shut|spread|cast|let|shed|split|burst|broadcast|hurt)$/i;

/**
 * "BP had ignored rules | put in place in 2003": a verb of `SAME_FORM` right after a common noun,
 * its phrase opening on a preposition of place or agent (not a particle: "officials set up"), is
 * the participle of a reduced relative, not a plural verb.
 */
function sameFormParticiple(tokens: readonly Token[], k: number): boolean {
  return (
    SAME_FORM.test(tokens[k]!.text) &&
    tokens[k - 1]?.pos === 'NOUN' &&
    /^(?:by|in|at|on|into|for|under|during|from)$/i.test(tokens[k + 1]?.text ?? '')
  );
}

/** Nouns whose "that" clause says what they tell ("signs that …", "reports that …"); a subset of `nlp/captionEnds.ts` CLAUSE_NOUNS, without its times and ways ("the day that …"). */
const TELLING_NOUNS =
  /^(?:sign|report|fear|hope|claim|evidence|indication|suggestion|rumou?r|concern|news)s?$/;

/**
 * "Times editor James Harding was among a group of international journalists | invited to dinner
 * with Vladimir Putin": a participle right after the noun that ends a finite verb's (or a copula's)
 * cut describes that noun; its noun phrase alone ("A group of … invited to dinner") says nothing of
 * who, so the title is that verb's cut with the participle's phrase after it. When the verb's cut
 * runs on through the participle, it is the title as it stands ("The shooting occurred at a funeral
 * for people killed during a protest …", was "The shooting killed during a protest …").
 */
export function describingParticipleCut(p: SentenceParse, trigger: Trigger): CutTitle | undefined {
  const { tokens } = p.s;
  const k = trigger.index;
  // "led to 44 new cases of the virus | being confirmed": a gerund's "being" before the participle.
  const being = /^being$/i.test(tokens[k - 1]?.text ?? '') ? 1 : 0;
  const noun = k - 1 - being;
  const copula = copulaParticipleCut(p, trigger, cutOf);
  if (copula) return copula;
  if (
    trigger.pos !== 'VERB' ||
    /ing$/i.test(trigger.text) ||
    (trigger.lemma === trigger.text.toLowerCase() && !sameFormParticiple(tokens, k)) ||
    tokens[noun]?.pos !== 'NOUN'
  )
    return undefined;
  const own = cutOf(p, k);
  if (own.kept.some((i) => i < noun && (tokens[i]!.pos === 'VERB' || tokens[i]!.pos === 'AUX')))
    return undefined;
  const clause = clauseOf(p.clauses, k);
  for (let v = noun - 1; v >= clause.from; v--) {
    const x = tokens[v]!;
    if (x.pos !== 'VERB' && !(x.pos === 'AUX' && x.lemma === 'be')) continue;
    // ("according to a study | released by …": a source's phrase, no verb whose object the noun is.)
    if (/^according$/i.test(x.text)) return undefined;
    const held = cutOf(p, v);
    if (held.subjectless) return undefined;
    // The verb's cut ends on the noun, or goes on through the participle ("The shooting occurred at
    // a funeral for people | killed during a protest …", "the count was based on bodies | collected
    // in and around the capital"); not a saying's words, whose verb is their own.
    if (held.kept.at(-1) === noun && !being)
      return assemble(tokens, [...held.kept, ...own.kept.filter((i) => i >= k)], 20, k);
    // (Only for a participle, not a verb whose subject the noun is, "after the rig | exploded": one
    // after "being", one whose doer "by" names, or one the subject walk passed over its noun.)
    let by = k + 1;
    while (
      by < clause.to &&
      by - k <= 8 &&
      !/^(?:VERB|AUX|PUNCT)$/.test(tokens[by]!.pos) &&
      !/^by$/i.test(tokens[by]!.text)
    )
      by++;
    // (A participle has no object of its own: "the explosion killed | 11 workers" is a clause.)
    let next = k + 1;
    while (next < clause.to && inDate(p, next)) next++;
    const object = /^(?:DET|NOUN|PROPN|NUM|PRON|ADJ)$/.test(tokens[next]?.pos ?? '');
    const participle =
      being === 1 || (!object && (/^by$/i.test(tokens[by]?.text ?? '') || !own.kept.includes(noun)));
    const through = participle && held.kept.includes(noun) && held.kept.includes(k);
    return through && !CLAUSE_VERBS.test(x.lemma) ? held : undefined;
  }
  return undefined;
}

/**
 * Whether the verb whose cut (`cut`) holds an event noun tells a happening of the noun's own time:
 * the noun dated by the publication's day ("The decision was made after a meeting of experts in
 * Geneva | today"; the verb can be no later), or the verb a plan for it ("He is due in Washington for
 * talks with … | early next week"). Otherwise the verb may be of another time ("Turkey issued a
 * warning over the downing of a jet | last week") and the noun's phrase tells the happening.
 */
export function sameTimeVerb(p: SentenceParse, trigger: Trigger, cut: CutTitle): boolean {
  const { tokens } = p.s;
  const at = tokens[trigger.index]!;
  // The words of the dates within 60 characters after the noun.
  const after = p.dates
    .filter(([a]) => a >= at.end && a - at.end <= 60)
    .map(([a, b]) => p.s.text.slice(a - p.s.start, b - p.s.start));
  if (after.some((d) => /^(?:today|tonight|this (?:morning|afternoon|evening))$/i.test(d))) return true;
  // (A plan's word: "due", "will", "scheduled", "expected", "set to"; not "set up", "set off".)
  const plan = cut.kept.some(
    (i) =>
      i < trigger.index &&
      tokens[i]!.pos !== 'NOUN' &&
      (/^(?:due|will|scheduled|expected)$/i.test(tokens[i]!.text) ||
        (/^set$/i.test(tokens[i]!.text) && /^to$/i.test(tokens[i + 1]?.text ?? ''))),
  );
  // (A plan's date looks ahead: not "will raise the downing of a jet | last week".)
  return plan && !after.some((d) => /\b(?:last|ago|yesterday|earlier|previous)\b/i.test(d));
}
