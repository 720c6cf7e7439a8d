import type { Span } from '../../model/chronology.ts';
import type { Sentence } from '../nlp/segmentSentences.ts';
import { nameRuns } from './names.ts';

/** A place the gazetteer found in the body, with the places its words may name. */
export interface PlaceSpan {
  readonly start: number;
  readonly end: number;
  readonly candidates?: readonly { readonly name: string }[];
}

/** Locative prepositions, before which a name the gazetteer does not know may still be a place. */
const AT = /^(?:in|at|from|near|to|into|across|around|outside|inside|throughout)$/i;

/**
 * The place a title's "there" stands for ("Human rights groups say some 7,000 civilians have been
 * killed there" → Syria, named in the sentence before), when no reader would doubt it: the title
 * names no place; its sentence names one place before "there" and none after, or, naming none,
 * the sentence right before names one; "there" is no opening of "there is", "there to be" and
 * stands outside a quotation (whose "there" is the speaker's). Places are the gazetteer's spans.
 */
export function placeOfThere(
  title: string,
  sentences: readonly Sentence[],
  sentenceIndex: number,
  places: readonly PlaceSpan[],
): { words: Span; name: Span } | undefined {
  const s = sentences[sentenceIndex];
  if (!s) return undefined;
  const words = title.split(/\s+/).map((w) => w.replace(/^\W+|\W+$/g, '').toLowerCase());
  const at = words.indexOf('there');
  if (at < 1 || words.lastIndexOf('there') !== at) return undefined;
  const { tokens } = s;
  let hits = tokens.flatMap((t, k) => (t.text.toLowerCase() === 'there' ? [k] : []));
  if (hits.length > 1) hits = hits.filter((k) => tokens[k - 1]?.text.toLowerCase() === words[at - 1]);
  if (hits.length !== 1) return undefined;
  const k = hits[0]!;
  const there = tokens[k]!;
  // "suggested there was no threat", "impossible for there to be a spill": no place.
  if (/^(?:AUX|VERB|PART)$/.test(tokens[k + 1]?.pos ?? '') || /^['’]/.test(tokens[k + 1]?.text ?? ''))
    return undefined;
  if ((s.text.slice(0, there.start - s.start).match(/["“”]/g) ?? []).length % 2 === 1) return undefined;
  const textOf = (x: Sentence, p: { start: number; end: number }) =>
    x.text.slice(p.start - x.start, p.end - x.start);
  // ("British", "Syrian": a people's word names no place.)
  const within = (x: Sentence) =>
    places.filter(
      (p) =>
        p.start >= x.start &&
        p.end <= x.end &&
        (!p.candidates || p.candidates.some((c) => c.name === textOf(x, p))) &&
        // "Syria's third-largest city": a place that owns a noun is not where.
        !/^['’]s?(?:\s|$)/.test(x.text.slice(p.end - x.start)),
    );
  // "Despite the opposition in Douma, … Douma is a drive from the center of Damascus": a name
  // after "in", "at", "from" … that the gazetteer does not know may be the place "there" means.
  const unknownPlace = (x: Sentence, before: number) => {
    const known = within(x);
    return nameRuns(x.tokens).some(
      ([from, to]) =>
        x.tokens[to - 1]!.end <= before &&
        !known.some((p) => p.start === x.tokens[from]!.start && p.end === x.tokens[to - 1]!.end) &&
        // ("BP's Texas City, Texas": a longer name holding a place's is another place.)
        (AT.test(x.tokens[from - 1]?.text ?? '') ||
          places.some((p) => p.start >= x.tokens[from]!.start && p.end <= x.tokens[to - 1]!.end)) &&
        !/^(?:\p{Lu}{2,4}|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/u.test(
          x.tokens[from]!.text,
        ),
    );
  };
  const own = within(s);
  const lowerTitle = ` ${words.join(' ')} `;
  if (own.some((p) => lowerTitle.includes(` ${textOf(s, p).toLowerCase()} `))) return undefined;
  if (own.some((p) => p.start > there.start)) return undefined;
  let from = s;
  let found = own;
  if (found.length === 0) {
    const prev = sentences.slice(0, sentenceIndex).findLast((x) => !x.heading);
    if (!prev) return undefined;
    from = prev;
    found = within(prev);
  }
  if (new Set(found.map((p) => textOf(from, p))).size !== 1) return undefined;
  if (unknownPlace(from, from === s ? there.start : from.end)) return undefined;
  const place = found.at(-1)!;
  return {
    words: { start: there.start, end: there.end, text: there.text },
    name: { start: place.start, end: place.end, text: textOf(from, place) },
  };
}
