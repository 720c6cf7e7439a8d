import type { Span } from '../../model/chronology.ts';
import type { Token } from '../nlp/annotate.ts';
import type { Sentence } from '../nlp/segmentSentences.ts';
import { describedBy, descriptionAt, KINDS, keyOfName } from './describedBody.ts';
import { lookBack, runsOf, spanOf } from './lookBack.ts';
import { DATE_NAME, ORGANISATION } from './names.ts';
import { keyOf, type People } from './people.ts';

/** A title opening "The company", "The firm" or "The group" (or its possessive), past a linking word. */
const OPENING = /^(?:(?:So|But|And|Then|Yet|Still)\s+)?[Tt]he\s+(company|firm|group)\b/;

/** How many sentences before the title's own must name no other company (and, for "the group", name the main one). */
const NEAR = 2;

/** The last word of a body's name that is no company's ("Coast Guard", "Justice Department", "Associated Press"). */
const NO_COMPANY = new RegExp(`${ORGANISATION.source}|^(?:Press|Administration)$`);

/**
 * Each article's name counts: name key → how many times its sentences name it, no person's nor
 * place's. Keyed by the article's `People`, which `referentResolver` makes once per article with
 * the one `isPlace` the counts also read (keyed by the sentences alone, another caller's people or
 * places would be read from the first caller's counts).
 */
const countsCache = new WeakMap<People, Map<string, number>>();

/** Whether the name run `from`..`to` of `s` is a body's: not a person's surname, nor a place's, nor one "a"/"an" opens. */
const bodyRun = (s: Sentence, from: number, to: number, people: People, isPlace: (t: Token) => boolean) => {
  const last = s.tokens[to - 1]!;
  return (
    !isPlace(last) &&
    // (Not a person's, though the people stage may read "Halliburton Co." as one.)
    (!people.fullest.has(keyOf(last.text)) || KINDS[0]!.own.test(last.text)) &&
    !/^(?:a|an)$/i.test(s.tokens[from - 1]?.text ?? '') &&
    /^\p{Lu}/u.test(last.text) &&
    // (Nor a day's or a month's: "BP said Tuesday".)
    !(to - from === 1 && DATE_NAME.test(last.text))
  );
};

const keyOfRun = (s: Sentence, from: number, to: number) =>
  keyOfName(s.tokens.slice(from, to).map((t) => t.text));

function nameCounts(sentences: readonly Sentence[], people: People, isPlace: (t: Token) => boolean) {
  let counts = countsCache.get(people);
  if (counts) return counts;
  counts = new Map();
  for (const s of sentences)
    for (const [from, to] of runsOf(s)) {
      if (!bodyRun(s, from, to, people, isPlace)) continue;
      const key = keyOfRun(s, from, to);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  countsCache.set(people, counts);
  return counts;
}

/**
 * The article's main body for a title's opening "The company" or "The firm" (and "The group") that
 * the nearest sentences leave open ("BP said Tuesday that it planned to begin drilling a relief
 * well …. The company said it would begin the drilling" in an article that never calls BP a
 * company): the name the article gives most, at least three times and twice as often as any other
 * body's, named before the title. None when the title's sentence before it or the two sentences
 * before name another body that may be a company (any name but one whose own words tell a body of
 * another kind, "the Coast Guard": "Transocean owned the rig. Eleven workers died. The company's
 * shares fell" speaks of the nearer company), or when the article describes the main name only as
 * a body of another kind ("the agency"). "The group" is so often a group of people ("The group
 * returned to Auckland") that it takes the main name only when the article describes it as a
 * company or a group, and the title's sentence or the two before name it.
 */
export function mainBody(
  sentences: readonly Sentence[],
  sentenceIndex: number,
  triggerStart: number,
  title: string,
  people: People,
  isPlace: (t: Token) => boolean,
): { words: Span; name: Span } | undefined {
  const s = sentences[sentenceIndex];
  const head = OPENING.exec(title)?.[1];
  if (!s || !head) return undefined;
  const { tokens } = s;
  const at = descriptionAt(tokens, head, triggerStart);
  if (at < 0) return undefined;
  const counts = nameCounts(sentences, people, isPlace);
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const [main, times] = ranked[0] ?? ['', 0];
  if (times < 3 || times < 2 * (ranked[1]?.[1] ?? 0)) return undefined;
  const cues = describedBy(sentences);
  const company = KINDS[0]!;
  const ofKind = (key: string, kind: number) =>
    [...(cues.get(key) ?? [])].some((n) => KINDS[kind]!.cues.test(n));
  // (Described only as a body of another kind: "the agency", "the network".)
  const otherKind = KINDS.some((_, k) => k > 0 && ofKind(main, k));
  if (otherKind && !ofKind(main, 0)) return undefined;
  const group = head === 'group';
  if (group && !ofKind(main, 0) && !ofKind(main, 2)) return undefined;
  let near = false;
  let read = 0;
  for (const { sentence: prev, own } of lookBack(sentences, sentenceIndex, NEAR)) {
    // The title's own sentence and the one right before.
    const nearest = own || read++ === 0;
    for (const [from, to] of runsOf(prev)) {
      if (own && prev.tokens[from]!.start >= tokens[at]!.start) continue;
      if (!bodyRun(prev, from, to, people, isPlace)) continue;
      const key = keyOfRun(prev, from, to);
      if (key === main) {
        near = true;
        continue;
      }
      const words = prev.tokens.slice(from, to);
      if (ofKind(key, 0) || (words.length > 1 && company.own.test(words.at(-1)!.text))) return undefined;
      // ("… punitive damages against Exxon …. The company agreed to pay less than $1 billion": any
      // other name there may be the company's, unless a body's own words tell it is none: "the Coast
      // Guard". Two sentences back, one the article names more than once ("Transocean owned the
      // rig. Eleven workers died. The company's shares fell"; not a capitalised noun opening a
      // sentence, "Fishermen watched from the shore"): a company named there is nearer than the
      // article's main body, whether or not the article calls it one.)
      if (
        (nearest || (counts.get(key) ?? 0) >= 2) &&
        !(NO_COMPANY.test(words.at(-1)!.text) && !company.own.test(words.at(-1)!.text))
      )
        return undefined;
    }
  }
  if (group && !near) return undefined;
  // The name as the article first gives it, before the title.
  for (const x of sentences) {
    if (x.start >= tokens[at]!.start) break;
    for (const [from, to] of runsOf(x))
      if (bodyRun(x, from, to, people, isPlace) && keyOfRun(x, from, to) === main)
        return { words: spanOf(s, at, at + 2), name: spanOf(x, from, to) };
  }
  return undefined;
}
