import type { EventTime } from '../../model/chronology.ts';
import type { TemporalExpression } from '../../model/timex.ts';
import { NUMBER_WORDS } from '../../temporal/vocabulary.ts';
import type { ArticleContext } from '../articleContext.ts';
import { clauseOf } from '../clauses/splitClauses.ts';
import { eventTypeOf } from '../eventTypes.ts';
import type { Token } from '../nlp/annotate.ts';
import { draftFromTrigger, type SentenceParse } from '../sentenceParse.ts';
import { emptyDatedTitle } from '../titles/weakTitles.ts';
import type { Trigger } from '../triggers/findTriggers.ts';
import { tokenRange, toldAsPast } from './attachTimex.ts';
import { addDays, undatedTime } from './eventTime.ts';
import { anchorTime } from './findAnchors.ts';
import { deverbal, lowScored } from './nounOfDate.ts';
import { plainVerbs } from './plainWords.ts';

/** How many words the noun phrase before a date may hold. */
const REACH = 8;
/**
 * Prepositions that relate a clause to a happening that is not its own time: a cause, a sequel, a
 * topic, a comparison ("charged over the star's death", "issued after the oil spill", "the
 * truth surrounding", "worse than the Exxon Valdez disaster"). Not those that put the clause inside
 * the happening ("abstained in a vote", "killed by the quake", "during the Gulf War", "from the
 * spill", "amid"), nor "since", whose count `sinceThrough` reads.
 */
const APART =
  /^(?:after|following|before|over|surrounding|about|regarding|concerning|of|to|than|as|like|for)$/i;
/** Prepositions of time, which hang on a verb as adjuncts ("was issued after the oil spill in April"). */
const SEQUEL = /^(?:after|following|before)$/i;
/** Nouns of a phase or a part of a happening, or of a thing done: the date is theirs ("the start of the uprising in March 2011"). */
const PHASE =
  /^(?:start|beginning|outset|height|end|close|middle|eve|top|round|stage|part|wake|aftermath|anniversary|time|day|night|week|month|year|charges?|result|virtue)$/i;
/** Nouns that name a happening whatever the trigger model says of them. */
const HAPPENINGS =
  /^(?:death|killing|murder|assassination|massacre|war|uprising|revolution|coup|invasion|attack|bombing|blast|explosion|fire|crash|accident|collapse|disaster|catastrophe|spill|leak|earthquake|quake|tsunami|storm|hurricane|flood|outbreak|pandemic|epidemic|trial|funeral|ceasefire|truce|summit|vote|referendum|election|strike|riot|protest|raid|arrest)s?$/i;
/** Participles that govern a phrase as prepositions do: "the truth surrounding the star's death". */
const AS_PREPOSITION = /^(?:following|surrounding|regarding|concerning)$/i;
/** A date newer than this many days before publication may be the clause's own news ("response to the oil spill on Thursday"). */
const RECENT_DAYS = 7;

/** The happening a date after an event noun dates, and what becomes of the clause's verb. */
export interface EventNounDate {
  readonly noun: Trigger;
  /** The noun's phrase, as its title: "Jackson's death", "The Exxon Valdez spill". */
  readonly title: string;
  /** Token index of the preposition that governs the phrase. */
  readonly opener: number;
  /**
   * "interviewed Dr Murray two days after Jackson's death on 25 June 2009": the verb the offset
   * dates and its time (undefined time: the offset is finer than the date, the verb stays undated).
   */
  readonly offset?: { readonly verb: Trigger; readonly time?: EventTime };
}

/**
 * A past date right after a noun phrase headed by an event noun ("the singer's death in June
 * 2009", "the Exxon Valdez spill of 1989", "the oil rig explosion on April 20") dates that noun,
 * not the clause's verb, when a preposition of cause, sequel, topic or comparison governs the
 * phrase (`APART`). The phrase must name whose happening it was ("the star's", "his"), or the
 * date must state a month or a year; and it must lie a week or more before publication: a recent
 * day after a long-running happening is mostly the clause's ("moved to quell suggestions
 * of indifference to the BP oil disaster today"). After "<N> <unit>s after/before" the verb that
 * the offset modifies is dated by it. `eligible` decides triggers the caller may not date.
 */
export function eventNounDate(
  p: SentenceParse,
  t: TemporalExpression,
  published: string,
  eligible: (x: Trigger) => boolean,
): EventNounDate | undefined {
  const { tokens } = p.s;
  if (!t.range || t.range.end >= published.slice(0, 10)) return undefined;
  const [a] = tokenRange(tokens, t.start, t.end);
  let h = a - 1;
  if (/^(?:in|on|of)$/i.test(tokens[h]?.text ?? '')) h--;
  const head = tokens[h];
  if (head?.pos !== 'NOUN') return undefined;
  let opener = -1;
  for (let k = h - 1; k >= Math.max(0, h - REACH); k--) {
    const x = tokens[k]!;
    if (x.pos === 'ADP' || AS_PREPOSITION.test(x.text) || objectOfPresent(tokens, k, h)) {
      opener = k;
      break;
    }
    if (!/^(?:DET|PRON|ADJ|NOUN|PROPN|NUM|PART)$/.test(x.pos)) return undefined;
  }
  const word = tokens[opener]?.text ?? '';
  const object = opener >= 0 && tokens[opener]!.pos === 'VERB';
  // ("After Jackson's death in June 2009, Dr Murray was charged": the phrase may open the sentence.)
  if (opener < 0 || !(object || APART.test(word) || AS_PREPOSITION.test(word))) return undefined;
  // "agreed to Mr Annan's peace initiative last week", "learned of those failures in February",
  // "aware of": a verb's or an adjective's complement takes its date; not "prior to", nor a
  // cause's effect ("drugs which led to the singer's death in June 2009"), nor a
  // comparison ("worse than the Exxon Valdez disaster in 1989").
  const governor: Token | undefined = tokens[opener - 1];
  if (
    !object &&
    governor !== undefined &&
    !SEQUEL.test(word) &&
    !/^(?:than|as|like)$/i.test(word) &&
    /^(?:VERB|AUX|ADJ|ADV)$/.test(governor.pos) &&
    !(/^to$/i.test(word) && (/^prior$/i.test(governor.text) || /^(?:lead|contribute)$/i.test(governor.lemma)))
  )
    return undefined;
  const owned = tokens
    .slice(opener + 1, h)
    .some((x) => /^['’]s$/.test(x.text) || /^(?:his|her|their|its)$/i.test(x.text));
  // "victims of the devastating earthquake on 12 January": an "of" phrase only of a happening's own
  // noun, not of a phase ("the start of the uprising") nor of a thing done ("took charge of the operation").
  // (A verb's object must be a happening's own noun too: "still remember the Exxon Valdez spill in 1989".)
  if (
    (/^of$/i.test(word) || object) &&
    (PHASE.test(governor?.text ?? '') || !(owned || HAPPENINGS.test(head.text)))
  )
    return undefined;
  // Neither the trigger model alone ("grants to the three states") nor a noun's form alone ("objections
  // to the court's jurisdiction in 1995") names a happening: a noun of a known happening, or one made
  // from a verb that the model takes for a trigger.
  const found = p.triggers.find(
    (x) => x.index === h && x.eventClass !== 'STATE' && x.eventClass !== 'I_STATE',
  );
  const known = HAPPENINGS.test(head.text) || !/^(?:other|statement)$/.test(eventTypeOf(head.lemma));
  if (!known && !(found && deverbal(head.text))) return undefined;
  const noun: Trigger = found ? { ...found, pos: 'NOUN' } : lowScored(head, h, 'NOUN');
  if (!eligible(noun)) return undefined;
  const stated = t.known.year !== undefined || t.known.month !== undefined;
  if (!(owned || stated) || t.range.end >= addDays(published, -RECENT_DAYS)) return undefined;
  const verbs = [...p.triggers, ...plainVerbs(p)].filter((x) => x.pos === 'VERB');
  const offset = offsetVerb(tokens, opener, verbs);
  const words = p.s.text.slice(tokens[opener + 1]!.start - p.s.start, head.end - p.s.start);
  const title = words.charAt(0).toUpperCase() + words.slice(1);
  return offset
    ? { noun, title, opener, offset: { verb: offset.verb, time: offsetTime(t, offset) } }
    : { noun, title, opener };
}

/**
 * Whether the verb at `k` takes the noun phrase up to `h` as its object and is told in no past
 * ("Fishermen still remember | the Exxon Valdez spill in 1989", "will never forget | the 2004
 * tsunami"): a year long past is then the time of the phrase's happening, never of the verb. A
 * past verb may be of that time ("witnessed the Exxon Valdez spill in 1989") and keeps it.
 */
function objectOfPresent(tokens: readonly Token[], k: number, h: number): boolean {
  const x = tokens[k]!;
  return (
    x.pos === 'VERB' &&
    tokens[k + 1]?.pos === 'DET' &&
    k + 1 < h &&
    !/ing$/i.test(x.text) &&
    // (Nor an infinitive, whose time its governing verb's may be: "first used a nuclear blast to seal a gas leak in 1966".)
    !/^to$/i.test(tokens[k - 1]?.text ?? '') &&
    !toldAsPast(tokens, k)
  );
}

interface Offset {
  readonly verb: Trigger;
  readonly count: number;
  readonly unit: 'day' | 'week' | 'month' | 'year';
  readonly sign: 1 | -1;
  readonly words: string;
}

/** "two days after", "four months before": the offset before the preposition at `opener`, and the verb before it in its clause. */
function offsetVerb(tokens: readonly Token[], opener: number, verbs: readonly Trigger[]): Offset | undefined {
  const preposition = tokens[opener]!.text.toLowerCase();
  if (preposition !== 'after' && preposition !== 'before') return undefined;
  const unit = /^(day|week|month|year)s?$/i.exec(tokens[opener - 1]?.text ?? '')?.[1]?.toLowerCase();
  const number = tokens[opener - 2]?.text.toLowerCase() ?? '';
  const count = /^\d{1,3}$/.test(number) ? Number(number) : NUMBER_WORDS[number];
  if (!unit || count === undefined) return undefined;
  const from = opener - 2;
  // The verb the offset modifies: the nearest before it, with only its object between ("who interviewed Dr Murray two days after").
  const verb = verbs
    .filter((x) => x.pos === 'VERB' && x.index < from && x.index >= from - 6)
    .sort((x, y) => y.index - x.index)[0];
  if (!verb || tokens.slice(verb.index + 1, from).some((x) => /^(?:VERB|AUX|PUNCT|SCONJ)$/.test(x.pos)))
    return undefined;
  return {
    verb,
    count,
    unit: unit as Offset['unit'],
    sign: preposition === 'after' ? 1 : -1,
    words: tokens
      .slice(from, opener + 1)
      .map((x) => x.text)
      .join(' '),
  };
}

const FINENESS = { day: 0, week: 0, month: 1, year: 2 } as const;
const PRECISION = ['day', 'month', 'year'] as const;

/**
 * The time an offset from a date gives ("two days after 25 June 2009" → 27 June 2009), at the
 * offset unit's precision (days and weeks: a day; months: a month; years: a year); none when the
 * date is coarser than the unit ("four months after … 2009").
 */
export function offsetTime(
  t: TemporalExpression,
  o: Pick<Offset, 'count' | 'unit' | 'sign' | 'words'>,
): EventTime | undefined {
  const fine = PRECISION.indexOf(t.precision as (typeof PRECISION)[number]);
  if (!t.range || fine < 0 || fine > FINENESS[o.unit]) return undefined;
  const start = new Date(`${t.range.start}T00:00:00Z`);
  const n = o.sign * o.count;
  if (o.unit === 'day' || o.unit === 'week')
    start.setUTCDate(start.getUTCDate() + n * (o.unit === 'week' ? 7 : 1));
  else {
    // ("a month after 31 January" is February: the day goes before the month moves.)
    start.setUTCDate(1);
    if (o.unit === 'month') start.setUTCMonth(start.getUTCMonth() + n);
    else start.setUTCFullYear(start.getUTCFullYear() + n);
  }
  const iso = start.toISOString().slice(0, 10);
  const precision = PRECISION[FINENESS[o.unit]]!;
  const value = precision === 'day' ? iso : precision === 'month' ? iso.slice(0, 7) : iso.slice(0, 4);
  const end =
    precision === 'day'
      ? iso
      : precision === 'month'
        ? addDays(`${iso.slice(0, 7)}-01`, daysIn(iso) - 1)
        : `${iso.slice(0, 4)}-12-31`;
  const from =
    precision === 'year' ? `${iso.slice(0, 4)}-01-01` : precision === 'month' ? `${iso.slice(0, 7)}-01` : iso;
  return {
    start: from,
    end,
    precision,
    value,
    approximate: false,
    explanation: `implied: "${o.words}" “${t.text}” (${t.value}), the offset counted from the date of the event noun (rule: offset after an event noun's date)`,
  };
}

function daysIn(iso: string): number {
  const [y, m] = iso.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/**
 * Records the verb an offset from an event noun's date dates ("interviewed … two days after
 * Jackson's death on 25 June 2009": 27 June 2009), with a date implied from the stated one, as the
 * tagger marks a relative date; `k` numbers the event. The verb goes into `dated` even when the
 * offset gives no time (it is then no event of this date). Returns the next number.
 */
export function offsetEvent(
  ctx: ArticleContext,
  p: SentenceParse,
  k: number,
  apart: EventNounDate,
  t: TemporalExpression,
  dated: Set<number>,
): number {
  if (!apart.offset || dated.has(apart.offset.verb.index)) return k;
  const { time, verb } = apart.offset;
  dated.add(verb.index);
  if (!time) return k;
  const [y, m, d] = time.start.split('-').map(Number) as [number, number, number];
  const timex: TemporalExpression = {
    ...t,
    value: time.value,
    precision: time.precision,
    range: { start: time.start, end: time.end },
    known: {},
    implied:
      time.precision === 'day'
        ? { year: y, month: m, day: d }
        : time.precision === 'month'
          ? { year: y, month: m }
          : { year: y },
    anchor: 'narrative',
    tags: [...t.tags, 'eventNounOffset'],
    explanation: time.explanation ?? t.explanation,
  };
  const { tokens } = p.s;
  const clause = clauseOf(p.clauses, verb.index);
  ctx.previous = draftFromTrigger(ctx, p, k, verb, time, {
    timex,
    from: tokens[clause.from]!.start,
    to: tokens[clause.to - 1]!.end,
  });
  return k + 1;
}

/**
 * Records the verb the date would have dated had it not been the event noun's ("A judge has
 * ordered the doctor to stand trial over the singer's death in 2009"), told without a date: on or
 * before publication when the article's news, sometime before it otherwise. Not a verb already
 * dated (by an offset). Returns the next event number.
 */
export function undatedBeside(
  ctx: ArticleContext,
  p: SentenceParse,
  k: number,
  apart: EventNounDate,
  verb: Trigger | undefined,
  dated: Set<number>,
): number {
  if (verb?.pos !== 'VERB' || dated.has(verb.index)) return k;
  // Only a main clause's verb, the sentence's own news; not one told before the happening ("failed
  // three laboratory tests before the explosion on 20 April"), nor a relative clause's background
  // ("a law firm that played a large role in cases for the refinery fire in 2005").
  if (
    /^(?:before|prior)$/i.test(
      p.s.tokens[apart.opener - (/^to$/i.test(p.s.tokens[apart.opener]!.text) ? 1 : 0)]!.text,
    )
  )
    return k;
  if (!/^(?:main|coordinate)$/.test(clauseOf(p.clauses, verb.index).kind)) return k;
  dated.add(verb.index);
  const why = "its sentence's date is that of an event noun, not its own";
  draftFromTrigger(ctx, p, k, verb, undatedTime(ctx.article.published, why, ctx.tellsNews(p.s)));
  return k + 1;
}

/**
 * In reported words ("It said that more than 60 doctors had been sent to Haiti to treat the victims
 * of the devastating earthquake on 12 January"), records the event noun a date of the words dates,
 * as its own event numbered `k`, when its title says something; whether it did (the date is then
 * none of the words' verbs; with a title saying nothing, the words' verb keeps it, as in narration).
 */
export function reportedNounDate(
  ctx: ArticleContext,
  p: SentenceParse,
  t: TemporalExpression,
  eligible: (x: Trigger) => boolean,
  k: number,
): boolean {
  const apart = eventNounDate(p, t, ctx.article.published, eligible);
  if (!apart || emptyDatedTitle(apart.title)) return false;
  draftFromTrigger(ctx, p, k, apart.noun, anchorTime(ctx.article, t), { timex: t, title: apart.title });
  return true;
}
