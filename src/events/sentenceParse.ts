import type { EventTime } from '../model/chronology.ts';
import type { TemporalExpression } from '../model/timex.ts';
import type { ArticleContext } from './articleContext.ts';
import { triggerModality } from './clauses/modality.ts';
import { type Clause, clauseOf, splitClauses } from './clauses/splitClauses.ts';
import type { Draft } from './draft.ts';
import { eventTypeOfTitle } from './eventTypes.ts';
import { annotate } from './nlp/annotate.ts';
import type { Sentence } from './nlp/segmentSentences.ts';
import { assemble, type CutTitle, clauseRun, deletionTitle } from './titles/deletionTitle.ts';
import { findTriggers, type Trigger } from './triggers/findTriggers.ts';

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
    triggers: findTriggers(s.tokens),
    dates: timexes.filter((t) => t.start >= s.start && t.end <= s.end).map((t) => [t.start, t.end] as const),
  };
}

const cuts = new WeakMap<SentenceParse, Map<number, CutTitle>>();

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

/** The title of the event named by `trigger`: an event noun inside a verb's subject or object takes the verb's cut. */
export function titleOf(p: SentenceParse, trigger: Trigger): string {
  const own = cutOf(p, trigger.index);
  const title =
    trigger.pos === 'VERB'
      ? own.subjectless
        ? (asWritten(p, trigger) ?? own.text)
        : own.text
      : nounTitle(p, trigger, own.text);
  return withAttribution(p, trigger, title);
}

/**
 * "Troops were massing in Idlib, activists said.": who says so is kept at the end of the title, as
 * the sentence has it, so a claim does not read as fact.
 */
function withAttribution(p: SentenceParse, trigger: Trigger, title: string): string {
  const { s } = p;
  const m =
    /,\s*((?:[\p{L}'’.-]+\s+){1,5}(?:said|says|reported|reports|claimed|claims|alleged|added))(?:\s+(?:on\s+)?\p{Lu}\p{Ll}+day)?\s*\.?["”]?\s*$/u.exec(
      s.text,
    );
  if (!m) return title;
  const from = s.start + m.index + m[0].indexOf(m[1]!);
  if (from <= trigger.start || title.toLowerCase().includes(m[1]!.toLowerCase())) return title;
  return `${title}, ${m[1]}`;
}

/**
 * Whether a title says too little to stand on a timeline by itself: fewer than three words, a verb
 * without its subject, or only a pronoun for one ("It committed itself", "Them are seen").
 */
export function weakTitle(title: string): boolean {
  const words = title.split(/\s+/).filter(Boolean);
  if (words.length < 3) return true;
  if (
    /^(?:it|them|this|that|these|those|some|most|many|all|one|who|which|what)$/i.test(words[0]!) &&
    words.length <= 4
  )
    return true;
  const first = annotate(title).tokens[0];
  return first !== undefined && (first.pos === 'VERB' || first.pos === 'AUX' || first.pos === 'ADP');
}

/** The title of an event noun: the verb's cut that holds it, else its own noun phrase. */
function nounTitle(p: SentenceParse, trigger: Trigger, own: string): string {
  const clause = clauseOf(p.clauses, trigger.index);
  for (const v of p.triggers) {
    if (v.pos !== 'VERB' || v.index < clause.from || v.index >= clause.to || !isHappening(v)) continue;
    const cut = cutOf(p, v.index);
    if (cut.kept.includes(trigger.index)) return cut.text;
  }
  return own;
}

/**
 * A weak cut's stand-in: the sentence as written from the start of the main clause to just past the
 * trigger ("Alex Thomson of Channel 4 News … has filed a remarkable series of reports"), dates and
 * asides left out, when that is short enough to read as a title.
 */
function asWritten(p: SentenceParse, trigger: Trigger): string | undefined {
  const { tokens } = p.s;
  const clause = clauseOf(p.clauses, trigger.index);
  const main = p.clauses.find((c) => c.kind === 'main') ?? clause;
  const run = clauseRun(tokens, main.from, Math.min(clause.to, trigger.index + 8), p.dates, 16);
  if (!run.includes(trigger.index) || run.length < 3) return undefined;
  return assemble(tokens, run, 16).text;
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
