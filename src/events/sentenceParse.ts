import type { EventTime } from '../model/chronology.ts';
import type { TemporalExpression } from '../model/timex.ts';
import { modifiesNoun } from './anchoring/attachTimex.ts';
import type { ArticleContext } from './articleContext.ts';
import { triggerModality } from './clauses/modality.ts';
import { type Clause, clauseOf, splitClauses } from './clauses/splitClauses.ts';
import type { Draft } from './draft.ts';
import { eventTypeOfTitle } from './eventTypes.ts';
import type { Sentence } from './nlp/segmentSentences.ts';
import { asWritten } from './titles/asWritten.ts';
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
import { complementPastDate, nounOfParticiple, objectVerbCut } from './titles/nounObjectTitle.ts';
import { complement } from './titles/phrases.ts';
import { emptyDatedTitle } from './titles/weakTitles.ts';
import { CLAUSE_VERBS, opensTimeClause, QUOTES } from './titles/words.ts';
import { findTriggers, type Trigger } from './triggers/findTriggers.ts';

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
      .map((t) => [t.start, dateEnd(s, t.end)] as const),
  };
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

/** The title of the event named by `trigger`: an event noun inside a verb's subject or object takes the verb's cut. */
export function titleOf(p: SentenceParse, trigger: Trigger): string {
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
  const title =
    trigger.pos === 'VERB'
      ? own.subjectless
        ? own.contact
          ? own.text
          : (asWritten(p, trigger.index) ?? own.text)
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

/** Pronouns that stand for a person or a group a referent can name. */
const PERSONAL = /^(?:he|she|they)$/i;

/**
 * "Activists say Homs was bombarded", "…, state media said, security forces launched operations":
 * a happening reported by someone keeps who reports it in front, as the sentence has it, so a claim
 * does not read as fact. The reporting verb is one the trigger model classes REPORTING, before the
 * trigger in the same sentence, with no semicolon or clause of the narrator's (", but they …")
 * between them; not over a time or relative clause, and for a pronoun speaker only an opinion.
 */
function withSpeaker(p: SentenceParse, trigger: Trigger, own: CutTitle): string | undefined {
  const { tokens } = p.s;
  const first = Math.min(...own.kept);
  // "did not say who carried it out": a question reported is no happening to attribute.
  if (/^(?:who|what|which|whether|how|why)$/i.test(tokens[first]!.text)) return undefined;
  // "told ABC TV | last week's explosion": a noun phrase without a verb is no claim.
  if (!own.kept.some((i) => tokens[i]!.pos === 'VERB' || tokens[i]!.pos === 'AUX')) return undefined;
  // "say 7,000 have been killed since the uprising began": the said words are the main clause;
  // a time clause inside them is no claim of the speaker's. Nor is a title with nothing to say.
  // (But "activists said a number of people died | when security forces opened fire": a "when" right
  // after the words said tells the same claim.)
  const clause = clauseOf(p.clauses, trigger.index);
  const sameClaim =
    /^when$/i.test(tokens[clause.from]?.text ?? '') &&
    tokens.slice(0, clause.from).some((x) => x.pos === 'VERB' && CLAUSE_VERBS.test(x.lemma)) &&
    !tokens.slice(0, clause.from).some((x) => x.text === ',' || x.pos === 'SCONJ');
  if ((clause.kind === 'subordinate' && !sameClaim) || clause.kind === 'relative') return undefined;
  // "… have been killed since protests … erupted last March": a title opening right after a
  // subordinator is a time or reason clause, whatever the clause split made of it.
  if (opensTimeClause(tokens[first - 1]?.text) && !sameClaim) return undefined;
  // The saying governs the words up to a clause of their own: "said they had full confidence …,
  // but they gave no details" narrates the second half.
  const ownSubject = (c: { from: number; kind: string }) =>
    c.kind === 'coordinate' &&
    tokens[c.from]?.pos === 'CCONJ' &&
    /^(?:PRON|DET|NOUN|PROPN)$/.test(tokens[c.from + 1]?.pos ?? '');
  // (A verb of estimating or believing, as of saying: "The UN estimates | more than 9,000 …".)
  const saying = p.triggers.findLast(
    (t) =>
      (t.eventClass === 'REPORTING' ||
        // (Not "wants to know", "do not know", "hopes"; nor "an estimated 1,000".)
        (CLAUSE_VERBS.test(t.lemma) &&
          !/^(?:know|hope)$/.test(t.lemma) &&
          tokens[t.index - 1]?.pos !== 'PART' &&
          !modifiesNoun(tokens, t.index))) &&
      t.pos === 'VERB' &&
      t.index < first &&
      trigger.index - t.index <= 30 &&
      !tokens.slice(t.index + 1, first).some((x) => /^[;:]$/.test(x.text)) &&
      !p.clauses.some((c) => c.from > t.index && c.from <= first && ownSubject(c)),
  );
  // "It was said", "Video said to be from Homs": no one says it.
  if (!saying || tokens[saying.index - 1]?.pos === 'AUX' || tokens[saying.index + 1]?.text === 'to')
    return undefined;
  // Read last: it runs the NLP library over the title, and most titles have no saying before them.
  if (emptyDatedTitle(own.text)) return undefined;
  const said = cutOf(p, saying.index);
  const speaker = said.kept.filter((i) => i <= saying.index && !QUOTES.test(tokens[i]!.text));
  // A pronoun ("he said") names no source a reader could weigh; the title stays the happening. But
  // an opinion or a forecast is the speaker's whoever he is ("He suggests | the threat level will be
  // raised"): without him it reads as fact (the referents name him after).
  const opinion =
    /^(?:suggest|estimate|predict|believe|think|expect|fear|argue|speculate|suspect|reckon)$/.test(
      saying.lemma,
    );
  const named = speaker.some(
    (i) => i !== saying.index && (tokens[i]!.pos !== 'PRON' || (opinion && PERSONAL.test(tokens[i]!.text))),
  );
  if (said.subjectless || !named || speaker.length > 12) return undefined;
  // "Duffy told the audience | the world owed a duty": whom it was told stays with the telling.
  const told: number[] = [];
  if (/^(?:tell|inform|warn|assure|remind|brief)$/.test(saying.lemma)) {
    const first = Math.min(...own.kept);
    for (let i = saying.index + 1; i < first; i++) {
      if (!/^(?:DET|ADJ|NOUN|PROPN|NUM|PART)$/.test(tokens[i]!.pos)) {
        told.length = 0;
        break;
      }
      told.push(i);
    }
  }
  // "Dr Murray describes how | he gave Jackson the anesthetic": the word that opens the words stays.
  const how =
    /^(?:how|why)$/i.test(tokens[first - 1]?.text ?? '') && first - 1 > saying.index ? [first - 1] : [];
  return assemble(tokens, [...speaker, ...told, ...how, ...own.kept], 20).text;
}

/**
 * "Troops were massing in Idlib, activists said.": who says so is kept at the end of the title, as
 * the sentence has it, so a claim does not read as fact; so it is before a closing caveat ("…,
 * activists say, in a report which could not be verified").
 */
function withAttribution(p: SentenceParse, trigger: Trigger, title: string): string {
  const { s } = p;
  const m =
    /,\s*((?:[\p{L}'’.()-]+\s+){1,7}(?:(?:has|have|had)\s+)?(?:said|says|say|reported|reports|report|claimed|claims|claim|alleged|added|warned|warns|warn|estimated|estimates|told\s+(?:reporters|journalists|(?:the\s+)?\p{Lu}\p{L}*)))(?:\s+(?:on\s+)?\p{Lu}\p{Ll}+day)?(?:,\s*(?:in a report|citing|quoting|but|though|although)\b[^,;]*|,\s*(?:most|many|some|all|several|including|mainly|mostly|among them)\b[^;]*)?\s*\.?["”]?\s*$/u.exec(
      s.text,
    );
  // ("…, the Syrian Observatory for Human Rights said, most of them in Homs.": a count's share after it.)
  // "…, according to one activist group.": so is a closing "according to".
  // "…, say rights groups.": so is one with its verb first.
  const a =
    m ??
    /,\s*(according to (?:[\p{L}\p{N}'’.-]+\s+){0,6}[\p{L}\p{N}'’-]+)\s*\.?["”]?\s*$/u.exec(s.text) ??
    /,\s*((?:say|says|said)\s+(?:[\p{L}'’.-]+\s+){0,4}\p{L}+)(?:,\s*(?:as|while|amid|after)\s[^,;]*)?\s*\.?["”]?\s*$/u.exec(
      s.text,
    );
  if (!a) return title;
  return attributed(p, trigger, title, a);
}

/** The title with the closing attribution `m[1]` after it, unless it stands before the trigger or is in already. */
function attributed(p: SentenceParse, trigger: Trigger, title: string, m: RegExpExecArray): string {
  const { s } = p;
  const from = s.start + m.index + m[0].indexOf(m[1]!);
  // In already, brackets aside ("the Disasters and Emergency Committee (DEC) has said").
  const plain = (x: string) =>
    x
      .replace(/\s*\([^)]*\)/g, '')
      .replace(/\s+/g, ' ')
      .toLowerCase();
  if (from <= trigger.start || plain(title).includes(plain(m[1]!))) return title;
  // The title reaches past it ("…, state media report, but says …"): it would stand out of order.
  const lastWord = /[\p{L}\p{N}]+$/u.exec(title)?.[0];
  if (lastWord && s.text.lastIndexOf(lastWord) > from - s.start + m[1]!.length) return title;
  // "… killed since the observers began their mission in December, according to the UN": the
  // attribution is the main clause's, not a time clause's.
  const opening = s.text.toLowerCase().indexOf(title.split(/\s+/).slice(0, 3).join(' ').toLowerCase());
  const before = /([\p{L}]+)\s*$/u.exec(s.text.slice(0, Math.max(0, opening)))?.[1];
  if (opening > 0 && opensTimeClause(before)) return title;
  return `${title}, ${m[1]}`;
}

/** The title of an event noun: the verb's cut that holds it, else its own noun phrase. */
function nounTitle(p: SentenceParse, trigger: Trigger, own: string): string {
  // "Hillary Clinton discussed the issue on a visit to Israel last week": what was done during the
  // happening a noun names after "on" or "during" is of its time, and says who.
  const during = duringCut(p, trigger);
  if (during) return withSpeaker(p, trigger, during) ?? during.text;
  const subject = subjectOfVerbAfter(p, trigger, cutOf(p, trigger.index));
  if (datedInOwnPhrase(p, trigger)) return subject ? (withSpeaker(p, trigger, subject) ?? subject.text) : own;
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
  const modality = triggerModality(s.tokens, clause, trigger.index, { reported: opts.reported === true });
  const title = opts.title ?? titleOf(p, trigger);
  return ctx.make(
    s,
    k,
    opts.from ?? s.start,
    opts.to ?? s.end,
    when,
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
