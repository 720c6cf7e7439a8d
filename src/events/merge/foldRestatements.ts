import type { ArticleMeta } from '../../model/article.ts';
import type { ChronologyEvent, Mention, MergeRecord } from '../../model/chronology.ts';
import { contentWords } from './mergeEvents.ts';

/**
 * Background restated in a later article: "Dr Murray has pleaded not guilty to involuntary
 * manslaughter" in a report of months later. Undated, in the present perfect, it gets the month
 * before publication, but the happening was first reported long before. When an earlier report of
 * the same happening is in the collection, the restatement is one more mention of it and takes its
 * date: the merge itself only joins reports whose dates overlap, so it never meets the two.
 */

/** Title words two reports must share, as a part of all their words and as a count. */
const MIN_SHARED_PART = 0.5;
const MIN_SHARED_WORDS = 4;

/** "has pleaded", "have already backed", "has been interviewed", "has not …": the present perfect. */
const PERFECT_BEFORE_TRIGGER = /\b(?:has|have)\s+(?:(?:not|never|already|also|since|now|been|\w+ly)\s+)*$/i;

/**
 * How far into the body the lead reaches (byline, caption, opening sentence): a news report tells
 * its own news there, often in the present perfect ("X has appeared in court"), so it is not background.
 */
const LEAD_CHARS = 250;

/** Whether a mention tells its happening undated, in the present perfect, after the lead. */
export function perfectUndated(m: Mention): boolean {
  if (m.timex || !m.trigger || m.sentence.start < LEAD_CHARS) return false;
  const before = m.sentence.text.slice(0, Math.max(0, m.trigger.start - m.sentence.start));
  return PERFECT_BEFORE_TRIGGER.test(before);
}

/** "was buried", "had been hired", "were not told": a past auxiliary before the trigger. */
const PAST_BEFORE_TRIGGER = /\b(?:was|were|had)\s+(?:(?:not|never|already|also|since|been|\w+ly)\s+)*$/i;
/** A past form: regular, or one of the common irregular ones ("gave", "laid", "won"). */
const PAST_FORM =
  /^(?:\w+ed|gave|took|laid|paid|said|told|held|met|won|lost|left|fled|led|sent|spent|sold|bought|brought|thought|fought|caught|found|made|came|went|began|rose|fell|broke|spoke|wrote|drove|struck|stood|ran|hit|shot|set|put|cut|quit|let|shut|saw|knew|grew|threw|flew|drew|became|chose|froze|stole|wore|tore|swore|bore|hid|bit|lit|slid|fed|bled|sped|wed|dealt|felt|kept|slept|swept|wept|meant|built|bent|lent|dug|hung|stuck|swung|sank|sang|rang|drank|shrank|sprang|swam|forgave|forgot|overtook|undertook|withdrew|withheld|upheld|oversaw|underwent|overcame)$/i;
/** Words in "-ed" that are no past ("Talks proceed", "the need"). */
const NOT_PAST_FORM =
  /^(?:need|proceed|succeed|exceed|feed|speed|heed|seed|breed|greed|creed|deed|weed|bed|red|hundred|indeed|naked|sacred|wicked|ragged|rugged|beloved)$/i;
/** A determiner right before: the past-looking word is a noun ("The shot was heard", "a cut"). */
const DETERMINER_BEFORE = /\b(?:the|a|an|his|her|its|their|our|this|that|these|those|every|each|no)\s+$/i;
/** Words before a past-looking form that make it no simple past ("has been hired", "will be freed", "to be buried"). */
const NOT_PAST_BEFORE =
  /\b(?:has|have|'ve|is|are|be|being|will|would|shall|should|can|could|may|might|must|to|get|gets)\s+(?:(?:not|never|been|being|\w+ly)\s+)*$/i;

/**
 * Whether a mention tells its happening undated, in the past, after the lead: "the singer was buried
 * at Forest Lawn", "Dr Murray pleaded not guilty" in a report of months later. Past the lead, an
 * undated past retells what the story took as known; the news is told in the lead or with its day.
 */
export function pastUndated(m: Mention): boolean {
  if (m.timex || !m.trigger || m.sentence.start < LEAD_CHARS) return false;
  const before = m.sentence.text.slice(0, Math.max(0, m.trigger.start - m.sentence.start));
  if (PAST_BEFORE_TRIGGER.test(before)) return true;
  return (
    PAST_FORM.test(m.trigger.text) &&
    !NOT_PAST_FORM.test(m.trigger.text) &&
    !NOT_PAST_BEFORE.test(before) &&
    !DETERMINER_BEFORE.test(before)
  );
}

/** Its mentions that name the happening; a sentence continuing it ("He is accused of …") names none. */
const named = (e: ChronologyEvent) => e.mentions.filter((m) => m.trigger);

/**
 * An event whose only date is the window before publication and whose every report is a restatement:
 * in the present perfect or the past, undated, after the lead.
 */
export const isRestatement = (e: ChronologyEvent) =>
  e.when.approximate &&
  e.when.mod === 'ON_OR_BEFORE' &&
  e.when.precision === 'day' &&
  e.status !== 'planned' &&
  e.mentions.every((m) => !m.timex) &&
  named(e).length > 0 &&
  named(e).every((m) => perfectUndated(m) || pastUndated(m));

const shares = (a: ReadonlySet<string>, b: ReadonlySet<string>) => [...a].some((x) => b.has(x));

const figures = (words: ReadonlySet<string>) =>
  [...words]
    .filter((w) => /^\d/.test(w))
    .sort()
    .join(' ');

interface Entry {
  readonly event: ChronologyEvent;
  /** Stems of the words naming the happening in its mentions ("pleaded" → "plead"). */
  readonly triggers: ReadonlySet<string>;
  readonly actors: ReadonlySet<string>;
  readonly words: ReadonlySet<string>;
  readonly figures: string;
  readonly articles: ReadonlySet<string>;
}

const byDate = (a: Entry, b: Entry) =>
  a.event.when.start < b.event.when.start
    ? -1
    : a.event.when.start > b.event.when.start
      ? 1
      : a.event.id < b.event.id
        ? -1
        : a.event.id > b.event.id
          ? 1
          : 0;

/** Whether `e` is an earlier report `l` may restate (its date wholly before `l`'s window aside). */
function restates(l: Entry, e: Entry): boolean {
  if (e.event.when.approximate || e.event.when.end >= l.event.when.start) return false;
  let n = 0;
  for (const w of l.words) if (e.words.has(w)) n++;
  if (n < MIN_SHARED_WORDS || !shares(e.actors, l.actors)) return false;
  if (Boolean(e.event.isReport) !== Boolean(l.event.isReport) || e.event.status === 'planned') return false;
  if (e.figures !== l.figures) return false;
  if ([...e.articles].some((a) => l.articles.has(a))) return false;
  return n / (e.words.size + l.words.size - n) >= MIN_SHARED_PART;
}

/**
 * The earlier report `l` restates, if any: one with a stated date, wholly before `l`'s window, named
 * by the same word, with an actor and most title words in common; the earliest of them.
 * Candidates share a word of the trigger, which a fold needs: far fewer than those sharing any title
 * word, as "said" or "people" would give. Entries are in date order and each word's list in entry
 * order, so a list is read only up to its first fit (the earliest of that word) or to the first
 * entry that starts no earlier than `l` (it ends no earlier either, so neither it nor any after fits).
 */
function earlierReport(
  l: Entry,
  entries: readonly Entry[],
  index: ReadonlyMap<string, number[]>,
): number | undefined {
  let best: number | undefined;
  for (const w of l.triggers)
    for (const at of index.get(w) ?? []) {
      if (best !== undefined && at >= best) break;
      const e = entries[at]!;
      if (e.event.when.start >= l.event.when.start) break;
      if (restates(l, e)) {
        best = at;
        break;
      }
    }
  return best;
}

/**
 * Folds each perfect restatement into the earlier report of its happening (events as merged, in
 * any order; the result in id order). The earlier report keeps its date and gains the mentions.
 */
export function foldRestatements(
  events: readonly ChronologyEvent[],
  articles: readonly ArticleMeta[],
): ChronologyEvent[] {
  const entries: Entry[] = events
    .map((event) => {
      const words = contentWords(event.title);
      return {
        event,
        words,
        triggers: contentWords(event.mentions.map((m) => m.trigger?.text ?? '').join(' ')),
        actors: new Set(event.actors.map((a) => a.name)),
        figures: figures(words),
        articles: new Set(event.mentions.map((m) => m.article)),
      };
    })
    .sort(byDate);
  // Entries by the words of their triggers.
  const index = new Map<string, number[]>();
  entries.forEach((e, at) => {
    for (const w of e.triggers) {
      const list = index.get(w);
      if (list) list.push(at);
      else index.set(w, [at]);
    }
  });
  // Each restatement's root: the report it folds into, followed to one that folds into none.
  const root = entries.map((_, at) => at);
  entries.forEach((l, at) => {
    if (!isRestatement(l.event)) return;
    const target = earlierReport(l, entries, index);
    if (target !== undefined) root[at] = root[target]!;
  });
  const groups = new Map<number, number[]>();
  root.forEach((r, at) => {
    const list = groups.get(r);
    if (list) list.push(at);
    else groups.set(r, [at]);
  });
  const sources = new Map(articles.map((a) => [a.id, a.source || a.id]));
  return [...groups.values()]
    .map((members) =>
      fold(
        members.map((at) => entries[at]!.event),
        sources,
      ),
    )
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The first event with the mentions of the rest, each recorded as merged into it. */
function fold(members: readonly ChronologyEvent[], sources: ReadonlyMap<string, string>): ChronologyEvent {
  const base = members[0]!;
  if (members.length === 1) return base;
  const mentions: Mention[] = [];
  const merged: MergeRecord[] = [];
  for (const [i, e] of members.entries()) {
    const from = mentions.length;
    mentions.push(...e.mentions);
    const records: readonly MergeRecord[] = e.merged ?? [
      {
        id: e.id,
        title: e.title,
        start: e.when.start,
        end: e.when.end,
        mentions: e.mentions.map((_, k) => k),
        score: 1,
        reason: 'base',
      },
    ];
    for (const r of records)
      merged.push({
        ...r,
        mentions: r.mentions.map((k) => from + k),
        ...(i > 0 && r.reason === 'base'
          ? { reason: `restated undated, in the present perfect or the past, after ${base.id} was reported` }
          : {}),
      });
  }
  const names = new Set<string>();
  const unique = <T extends { name: string }>(list: T[]) =>
    list.filter((x) => !names.has(x.name) && names.add(x.name));
  const actors = unique(members.flatMap((e) => e.actors));
  names.clear();
  const places = unique(members.flatMap((e) => e.places));
  return {
    ...base,
    reported: members.map((e) => e.reported).sort()[0]!,
    mentions,
    actors,
    places,
    corroboration: new Set(mentions.map((m) => sources.get(m.article) ?? m.article)).size,
    merged,
  };
}
