import type { EventTime } from '../model/chronology.ts';
import type { TemporalExpression } from '../model/timex.ts';
import { modifiesNoun } from './anchoring/attachTimex.ts';
import { comingWeek } from './anchoring/comingWeek.ts';
import type { ArticleContext } from './articleContext.ts';
import { triggerModality } from './clauses/modality.ts';
import { type Clause, clauseOf, splitClauses } from './clauses/splitClauses.ts';
import type { Draft } from './draft.ts';
import { eventTypeOfTitle } from './eventTypes.ts';
import type { Sentence } from './nlp/segmentSentences.ts';
import { asWritten } from './titles/asWritten.ts';
import { withoutBareParticiple } from './titles/datedParticiple.ts';
import { assemble, type CutTitle } from './titles/deletionTitle.ts';
import {
  cutOf,
  datedInOwnPhrase,
  describingParticipleCut,
  duringCut,
  existential,
  governingVerbCut,
  inDate,
  isHappening,
  sameTimeVerb,
  subjectOfVerbAfter,
  thereToldCut,
  verbCutHolding,
} from './titles/heldCuts.ts';
import { dateEnd, keptInTitle } from './titles/keptDates.ts';
import { accordingToMediumCut, mediumSayingCut, sayingOfMedium } from './titles/mediumParticiple.ts';
import { complementPastDate, nounOfParticiple, objectVerbCut } from './titles/nounObjectTitle.ts';
import { predicateCut } from './titles/nounPredicateTitle.ts';
import { openingDatedPhraseCut } from './titles/openingDatedPhrase.ts';
import { participleClauseCut } from './titles/participleClauseTitle.ts';
import { complement } from './titles/phrases.ts';
import { withAttribution, withSpeaker } from './titles/speakers.ts';
import { whenClauseCut } from './titles/whenClauseTitle.ts';
import { findTriggers, type Trigger, triggerKey } from './triggers/findTriggers.ts';

export { cutOf, isHappening };

/** A sentence read for events: its clauses, its triggers and the spans of its date expressions. */
export interface SentenceParse {
  readonly s: Sentence;
  readonly clauses: readonly Clause[];
  readonly triggers: readonly Trigger[];
  /** Article offsets of the sentence's temporal expressions, never part of a title. */
  readonly dates: ReadonlyArray<readonly [number, number]>;
}

/** Parses a sentence: clauses from the parts of speech, triggers from the learned model. */
export function parseSentence(s: Sentence, timexes: readonly TemporalExpression[]): SentenceParse {
  return {
    s,
    clauses: splitClauses(s.tokens),
    triggers: findTriggers(s.tokens).filter((t) => !captionPosition(s, t.index)),
    dates: timexes
      .filter((t) => t.start >= s.start && t.end <= s.end && !keptInTitle(s, t))
      .map((t) => [dateStart(s, t.start), dateEnd(s, t.end)] as const),
  };
}

/**
 * Where a date's span opens: before an "early", "late", "earlier" or "later" right before it ("late
 * Wednesday", "later today"), which goes with the date.
 */
function dateStart(s: Sentence, start: number): number {
  const m = /(?:^|\s)((?:early|late|earlier|later)\s+)$/i.exec(
    s.text.slice(Math.max(0, start - s.start - 8), start - s.start),
  );
  return m ? start - m[1]!.length : start;
}

/** "President Putin, left, will hold talks": a photo caption's position word, no happening. */
function captionPosition(s: Sentence, k: number): boolean {
  const t = s.tokens;
  return (
    /^(?:left|right|centre|center|top|bottom|pictured|above|below)$/i.test(t[k]!.text) &&
    t[k - 1]?.text === ',' &&
    /^[,)]$/.test(t[k + 1]?.text ?? '')
  );
}

/** "the cost of cleaning up the leak": a gerund after a noun's "of", a happening inside a noun phrase. */
function gerundOfNoun(p: SentenceParse, trigger: Trigger): boolean {
  const { tokens } = p.s;
  return (
    trigger.pos === 'VERB' &&
    /ing$/i.test(trigger.text) &&
    tokens[trigger.index - 1]?.text.toLowerCase() === 'of' &&
    /^(?:NOUN|PROPN)$/.test(tokens[trigger.index - 2]?.pos ?? '')
  );
}

/**
 * Titles already cut, per parse and trigger: a title depends only on its sentence's parse and the
 * trigger's fields, and the dating rules ask for the same one again before the draft is made (a
 * parse lives for one sentence, so the memo goes with it).
 */
const titlesCut = new WeakMap<SentenceParse, Map<string, string>>();

/** The title of the event named by `trigger`: an event noun inside a verb's subject or object takes the verb's cut. */
export function titleOf(p: SentenceParse, trigger: Trigger): string {
  let memo = titlesCut.get(p);
  if (!memo) {
    memo = new Map();
    titlesCut.set(p, memo);
  }
  const key = triggerKey(trigger);
  let title = memo.get(key);
  if (title === undefined) {
    title = cutTitle(p, trigger);
    memo.set(key, title);
  }
  return title;
}

/** `titleOf` without its memo. */
function cutTitle(p: SentenceParse, trigger: Trigger): string {
  // "…, according to a letter sent Thursday by …": what the letter says, and that it says so.
  const according = accordingToMediumCut(p, trigger);
  if (according) return according.text;
  // "Hayward said in an interview published in Thursday's edition": the saying, not the medium's.
  const saying = sayingOfMedium(p, trigger);
  if (saying) {
    const said = mediumSayingCut(p, trigger);
    return said ? withAttribution(p, trigger, said.text) : titleOf(p, saying);
  }
  const own = cutOf(p, trigger.index);
  // "the cost of cleaning up the leak has reached $2.65bn": a gerund after a noun's "of" names a
  // happening inside a noun phrase, told as a noun is.
  if (gerundOfNoun(p, trigger)) {
    const told = verbCutHolding(p, trigger, 'after');
    if (told) return withAttribution(p, trigger, withSpeaker(p, trigger, told) ?? told.text);
  }
  // "troops are continuing an assault, begun on Friday, on the town": a participle set off after a
  // noun tells of that noun; the verb whose object it is says what happens to it.
  const described =
    describedNounCut(p, trigger) ?? describingParticipleCut(p, trigger) ?? thereToldCut(p, trigger);
  if (described) return withAttribution(p, trigger, withSpeaker(p, trigger, described) ?? described.text);
  // "there were 54 reported cases": a participle before its noun is told as the noun is.
  const noun = nounOfParticiple(p, trigger);
  const held = noun && (existential(p, trigger) ?? objectVerbCut(p, noun));
  if (held) return withAttribution(p, trigger, withSpeaker(p, trigger, held) ?? held.text);
  // "When the convoy reached Baba Amr, it was denied permission to enter": what happened then.
  const then = whenClauseCut(p, trigger);
  if (then) return then.text;
  const title =
    trigger.pos === 'VERB'
      ? own.subjectless
        ? own.contact
          ? own.text
          : (participleClauseCut(p, trigger, own)?.text ?? asWritten(p, trigger.index) ?? own.text)
        : (withSpeaker(p, trigger, own) ?? own.text)
      : nounTitle(p, trigger, own.text);
  return withAttribution(p, trigger, title);
}

/** The cut of the verb before a participle set off by a comma after its noun, when it keeps the noun. */
function describedNounCut(p: SentenceParse, trigger: Trigger): CutTitle | undefined {
  const { tokens } = p.s;
  const i = trigger.index;
  if (
    trigger.pos !== 'VERB' ||
    // (A participle: "killed", "begun"; not a gerund.)
    trigger.lemma === trigger.text.toLowerCase() ||
    /ing$/i.test(trigger.text) ||
    tokens[i - 1]?.text !== ',' ||
    tokens[i - 2]?.pos !== 'NOUN'
  )
    return undefined;
  // An aside closed by its comma, the clause going on after it (", begun on Friday, on the town"),
  // not a finite verb after a relative clause ("Obama, who is facing criticism, showed …").
  // (Nor an aside inside a subject whose verb follows it: "the top kill maneuver, started three
  // days earlier, has failed".)
  const close = tokens.findIndex((t, j) => j > i && t.text === ',');
  const after = tokens[close + 1];
  if (close < 0 || !after || !/^[\p{L}\d]/u.test(after.text) || /^(?:VERB|AUX)$/.test(after.pos))
    return undefined;
  for (let v = i - 3; v >= 0 && i - v <= 10; v--) {
    const t = tokens[v]!;
    if (t.text === ',' || t.pos === 'SCONJ') return undefined;
    // (A finite verb of the clause, not a participle describing a noun: "Soldiers using helicopters".)
    if (
      t.pos !== 'VERB' ||
      modifiesNoun(tokens, v) ||
      (/ing$/i.test(t.text) && tokens[v - 1]?.pos !== 'AUX') ||
      /^to$/i.test(tokens[v - 1]?.text ?? '') ||
      // (Inflected, or after its auxiliary: not a bare word the tagger took for a verb, "offshore oil".)
      (t.lemma === t.text.toLowerCase() && tokens[v - 1]?.pos !== 'AUX')
    )
      continue;
    if (clauseOf(p.clauses, v).kind === 'relative') return undefined;
    const cut = cutOf(p, v);
    if (cut.subjectless || !cut.kept.includes(i - 2)) return undefined;
    // "an assault, begun on Friday, | on the mountain town of Zabadani": the noun's own phrase goes on
    // past the aside.
    const skipped = (x: number) => inDate(p, x);
    const rest =
      cut.kept.at(-1) === i - 2 ? complement(tokens, close + 1, tokens.length, skipped, false) : [];
    return rest.length > 0 ? assemble(tokens, [...cut.kept, ...rest], 18) : cut;
  }
  return undefined;
}

/** The title of an event noun: the verb's cut that holds it, else its own noun phrase. */
function nounTitle(p: SentenceParse, trigger: Trigger, own: string): string {
  // "Hillary Clinton discussed the issue on a visit to Israel last week": what was done during the
  // happening a noun names after "on" or "during" is of its time, and says who.
  const during = duringCut(p, trigger);
  if (during) return withSpeaker(p, trigger, during) ?? during.text;
  // "During Sunday's news conference, Mr Allen defended …": what was done at it, by whom.
  const opening = openingDatedPhraseCut(p, trigger);
  if (opening) return withSpeaker(p, trigger, opening) ?? opening.text;
  const subject = subjectOfVerbAfter(p, trigger, cutOf(p, trigger.index));
  if (datedInOwnPhrase(p, trigger)) {
    // ("The April 20 explosion on the rig, which was drilling …, killed 11 workers": the verb past an
    // aside whose subject the noun's phrase opens.)
    const told = subject ?? subjectPastAside(p, trigger);
    return told ? (withSpeaker(p, trigger, told) ?? told.text) : own;
  }
  // "Syrian troops and militia were behind the Houla massacre": what a "be" says of its subject.
  const predicate = predicateCut(p, trigger);
  if (predicate) return withSpeaker(p, trigger, predicate) ?? predicate.text;
  // "Earlier rumours about his possible defection proved to be false": a noun in the subject of
  // the verb after it is told by that verb's cut.
  const told = verbCutHolding(p, trigger, 'after');
  if (told) return withSpeaker(p, trigger, told) ?? told.text;
  if (subject) return withSpeaker(p, trigger, subject) ?? subject.text;
  const done = governingVerbCut(p, trigger);
  if (done) return withSpeaker(p, trigger, done) ?? done.text;
  // "There has been a huge rise in the number of refugees": what is said to be there.
  const there = existential(p, trigger);
  if (there) return withSpeaker(p, trigger, there) ?? there.text;
  // "The committee kicked off a series of hearings", "criticised the Arab bloc for canceling a
  // Syria-focused meeting", "He is due in Washington for talks with …": what was done with it, by whom.
  const object = objectVerbCut(p, trigger);
  if (object) return withSpeaker(p, trigger, object) ?? object.text;
  // "the downing of a jet last week": a noun phrase of three words or more says the happening
  // itself; the verb before it ("Turkey issued a warning over …") may be of another time, but not
  // one that reports it ("They report renewed heavy shelling and helicopter gunship attacks").
  const cut = verbCutHolding(p, trigger, 'before');
  // (Its object, not a phrase of another time after it: "… emphasized … in last year's accident".)
  const reports =
    cut !== undefined &&
    p.triggers.some(
      (t) =>
        t.eventClass === 'REPORTING' &&
        t.index < trigger.index &&
        cut.kept.includes(t.index) &&
        p.s.tokens
          .slice(t.index + 1, trigger.index)
          .every((x) => /^(?:DET|ADJ|NOUN|PROPN|CCONJ|NUM|VERB)$/.test(x.pos)),
    );
  // ("The World Health Organization's decision | Monday | to raise the pandemic alert to Level 4".)
  const whole = complementPastDate(p, trigger, cutOf(p, trigger.index))?.text ?? own;
  if (own.split(/\s+/).length >= 3 && !reports && !(cut && sameTimeVerb(p, trigger, cut))) return whole;
  return cut ? (withSpeaker(p, trigger, cut) ?? cut.text) : whole;
}

/**
 * The cut of a verb after an event noun whose subject the noun's phrase opens, past a relative or
 * appositive aside between them, when its clause is the main one and the cut keeps the noun.
 */
function subjectPastAside(p: SentenceParse, trigger: Trigger): CutTitle | undefined {
  const own = cutOf(p, trigger.index);
  const start = Math.min(...own.kept);
  const { tokens } = p.s;
  // The phrase opens the sentence (past a conjunction or an adverb) and a comma follows it.
  if (tokens.slice(0, start).some((t, i) => !/^(?:CCONJ|ADV|PUNCT)$/.test(t.pos) && !inDate(p, i)))
    return undefined;
  if (tokens[Math.max(...own.kept) + 1]?.text !== ',') return undefined;
  if (clauseOf(p.clauses, trigger.index).kind !== 'main') return undefined;
  // The first verb after it outside the aside's relative clause.
  const verb = p.triggers.find(
    (v) =>
      v.pos === 'VERB' &&
      v.index > trigger.index &&
      clauseOf(p.clauses, v.index).kind !== 'relative' &&
      !modifiesNoun(tokens, v.index),
  );
  const cut = verb && cutOf(p, verb.index);
  return cut && !cut.subjectless && Math.min(...cut.kept) === start && cut.kept.includes(trigger.index)
    ? cut
    : undefined;
}

/**
 * The cut that titles a trigger: a verb's own; an event noun's is the cut of the verb that holds it
 * ("six civilians were killed by fresh shelling in Homs"), else its own noun phrase.
 */
export function triggerCut(p: SentenceParse, trigger: Trigger): CutTitle {
  const own = cutOf(p, trigger.index);
  if (gerundOfNoun(p, trigger)) return verbCutHolding(p, trigger, 'after') ?? own;
  if (trigger.pos === 'VERB')
    return describedNounCut(p, trigger) ?? describingParticipleCut(p, trigger) ?? own;
  const during = duringCut(p, trigger);
  if (during) return during;
  if (datedInOwnPhrase(p, trigger)) return own;
  return (
    predicateCut(p, trigger) ??
    verbCutHolding(p, trigger, 'after') ??
    governingVerbCut(p, trigger) ??
    // ("said there had been a sharp increase in the number of clashes": what is said to be there.)
    existential(p, trigger) ??
    objectVerbCut(p, trigger) ??
    (own.kept.length >= 3 ? own : verbCutHolding(p, trigger, 'before')) ??
    own
  );
}

/** Options of a draft made from a trigger. */
export interface DraftOptions {
  readonly timex?: TemporalExpression;
  readonly reported?: boolean;
  readonly title?: string;
  /** A report of someone's words, not a happening of its own: never taken for a plan by its date. */
  readonly isReport?: boolean;
  readonly type?: Draft['type'];
  /** The article span the event's counts, places and actors are read from; the sentence by default. */
  readonly from?: number;
  readonly to?: number;
}

/** Records the event a trigger names, dated `when`: title cut from the sentence, type, modality, trigger span. */
export function draftFromTrigger(
  ctx: ArticleContext,
  p: SentenceParse,
  k: number,
  trigger: Trigger,
  when: EventTime,
  opts: DraftOptions = {},
): Draft {
  const { s } = p;
  const clause = clauseOf(p.clauses, trigger.index);
  const told = triggerModality(s.tokens, clause, trigger.index, { reported: opts.reported === true });
  // "will press BP executives this week", said on a Sunday: a plan of the coming week.
  const coming =
    opts.timex &&
    comingWeek(s.tokens, p.clauses, trigger.index, told, opts.timex, when, ctx.article.published);
  const modality = coming ? 'planned' : told;
  const title = withoutBareParticiple(p, trigger.index, opts.title ?? titleOf(p, trigger));
  return ctx.make(
    s,
    k,
    opts.from ?? s.start,
    opts.to ?? s.end,
    coming || when,
    {
      title,
      // The object tells what kind of happening a verb names ("launched a combing campaign"); the
      // subject does not ("an online campaign was launched").
      type:
        opts.type ??
        eventTypeOfTitle(
          trigger.lemma,
          trigger.eventClass,
          title,
          Math.max(0, title.toLowerCase().indexOf(trigger.text.toLowerCase())),
        ),
      ...(opts.isReport ? { isReport: true } : {}),
      ...(modality ? { modality } : {}),
    },
    opts.timex,
    { start: trigger.start, end: trigger.end, text: trigger.text },
  );
}
