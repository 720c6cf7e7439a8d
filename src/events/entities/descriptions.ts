import type { Span } from '../../model/chronology.ts';
import type { Sentence } from '../nlp/segmentSentences.ts';
import { lookBack, runsOf, spanOf } from './lookBack.ts';

/**
 * Heads of descriptions too loose to tie to one name: "the army" in a Syrian story is the
 * government's, not the Free Syrian Army; "the government", "the country", "the city" are many.
 */
const LOOSE =
  /^(?:army|government|regime|opposition|country|city|capital|town|state|people|region|area|province|military|police|forces|group|world|west|president|prime|minister|leader)$/i;

/** How many sentences before the description's own are searched for the name (its own is searched too). */
const LOOKBACK = 10;

/**
 * The name a title's opening description shortens, named earlier in the article ("The council
 * condemned Syria" → "UN Human Rights Council"; "The UN mission" → "UN Supervision Mission in
 * Syria"): the nearest name of two words or more, before the description in its own sentence or
 * in the ten before, that holds every word of the description ("council"; "UN", "mission"). A
 * description is "the", adjectives and names, and a singular noun for its head, before the trigger.
 */
export function describedName(
  sentences: readonly Sentence[],
  sentenceIndex: number,
  triggerStart: number,
  title: string,
): { words: Span; name: Span } | undefined {
  const s = sentences[sentenceIndex];
  if (!s || !/^the\s/i.test(title)) return undefined;
  const { tokens } = s;
  const titleWords = title.toLowerCase().split(/\s+/);
  // The description in the sentence: "the", then the title's next words as far as they are
  // adjectives, names and nouns, ending on a singular noun.
  let found: { from: number; to: number } | undefined;
  for (let i = 0; i < tokens.length && tokens[i]!.start < triggerStart; i++) {
    if (tokens[i]!.text.toLowerCase() !== 'the' || (i > 0 && tokens[i - 1]!.start >= triggerStart)) continue;
    let j = i + 1;
    while (
      j < tokens.length &&
      j - i < titleWords.length &&
      tokens[j]!.text.toLowerCase() === titleWords[j - i] &&
      /^(?:ADJ|PROPN|NOUN)$/.test(tokens[j]!.pos)
    )
      j++;
    const head = tokens[j - 1]!;
    if (
      j > i + 1 &&
      head.pos === 'NOUN' &&
      head.lemma === head.text.toLowerCase() &&
      tokens[j]?.pos !== 'NOUN' &&
      // (Not a noun its own "of" phrase names: "The center | of Bonnie" is the storm's, no earlier
      // "Hurricane Center".)
      !/^of$/i.test(tokens[j]?.text ?? '')
    ) {
      found = { from: i, to: j };
      break;
    }
  }
  if (!found) return undefined;
  const head = tokens[found.to - 1]!;
  if (LOOSE.test(head.text)) return undefined;
  const words = tokens.slice(found.from + 1, found.to).map((t) => t.text.toLowerCase());
  const described = spanOf(s, found.from, found.to);
  const holds = (sentence: Sentence, from: number, to: number) => {
    const run = sentence.tokens.slice(from, to).map((t) => t.text.toLowerCase());
    return to - from >= 2 && words.every((w) => run.includes(w));
  };
  for (const { sentence: prev, own } of lookBack(sentences, sentenceIndex, LOOKBACK)) {
    const runs = runsOf(prev).filter(
      ([from, to]) => prev.tokens[to - 1]!.end <= (own ? described.start : prev.end) && holds(prev, from, to),
    );
    const last = runs.at(-1);
    if (last) return { words: described, name: spanOf(prev, last[0], last[1]) };
  }
  return undefined;
}
