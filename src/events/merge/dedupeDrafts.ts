import { addCounts, type Draft, joinActors } from '../draft.ts';
import { mostSpecific } from '../entities/places/placeList.ts';
import { contentWords } from './mergeEvents.ts';

/** Title-word overlap at or above which two events of one article are one happening. */
export const SAME_ARTICLE_THRESHOLD = 0.6;

const overlap = (a: ReadonlySet<string>, b: ReadonlySet<string>) => {
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  return a.size + b.size - inter === 0 ? 0 : inter / (a.size + b.size - inter);
};

// "Ministry of Defense says …" → "ministry of defense": who speaks, for statements.
const speaker = (title: string) => /^(.+?)\s(?:says?|quotes)\s/.exec(title)?.[1]?.toLowerCase();

/** Whether two events of one article report the same happening: same kind and time, and either the same speaker's undated statement or near-identical titles about a shared place or actor. */
export function sameHappening(a: Draft, b: Draft): boolean {
  if (a.type !== b.type || a.isReport !== b.isReport) return false;
  if (a.when.start > b.when.end || b.when.start > a.when.end) return false;
  if (a.title === b.title) return true;
  const undated = (d: Draft) => d.mentions[0]?.timex === undefined;
  if (a.type === 'statement' && undated(a) && undated(b) && a.when.value === b.when.value) {
    const s = speaker(a.title);
    if (s && s === speaker(b.title)) return true;
  }
  const shared =
    a.places.some((p) => b.places.some((q) => q.name === p.name)) ||
    a.actors.some((x) => b.actors.some((y) => y.name === x.name));
  return shared && overlap(contentWords(a.title), contentWords(b.title)) >= SAME_ARTICLE_THRESHOLD;
}

/**
 * Folds repeated reports of one happening within an article into the first ("the MoD said …"
 * twice): the later draft's mentions, counts, places and actors join the earlier one, so every
 * sentence stays visible as a mention of the one event.
 */
export function dedupeDrafts(drafts: readonly Draft[]): Draft[] {
  const out: Draft[] = [];
  for (const d of drafts) {
    const base = out.find((o) => sameHappening(o, d));
    if (!base) {
      out.push(d);
      continue;
    }
    for (const m of d.mentions)
      if (!base.mentions.some((x) => x.sentence.start === m.sentence.start)) base.mentions.push(m);
    base.lastSentence = Math.max(base.lastSentence, d.lastSentence);
    addCounts(base, d.counts);
    base.places = mostSpecific([...base.places, ...d.places]);
    base.actors = joinActors(base.actors, d.actors);
  }
  return out;
}
