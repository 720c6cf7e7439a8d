import type { Span } from '../../model/chronology.ts';
import type { Sentence } from '../nlp/segmentSentences.ts';

/**
 * Whose a title cut right after a relative "whose" speaks of ("Dr Murray, whose trial is due to
 * begin in May, is accused …" → "Trial is due to begin": Dr Murray's): the noun phrase or name right
 * before the "whose", set off by a comma or not ("drug gangs whose turf wars have killed …"). None
 * when that phrase follows a preposition, which may hang on a noun before it ("the observer mission
 * on the ground in Syria, whose mandate …"), or when no noun or name ends there.
 */
export function whoseOwner(
  sentences: readonly Sentence[],
  sentenceIndex: number,
  title: string,
): { words: Span; name: Span } | undefined {
  const s = sentences[sentenceIndex];
  if (!s || /^whose\b/i.test(title)) return undefined;
  const { tokens } = s;
  const first = title.split(/\s+/)[0]!.toLowerCase();
  // The title's first word right after the sentence's one "whose".
  const at = tokens.flatMap((t, k) =>
    t.text.toLowerCase() === 'whose' && tokens[k + 1]?.text.toLowerCase() === first ? [k] : [],
  );
  // (A word in lower case after it, so that the title's capital is only the cut's: not "whose
  // Facebook page".)
  if (at.length !== 1 || !/^\p{Ll}/u.test(tokens[at[0]! + 1]!.text)) return undefined;
  const k = at[0]!;
  const end = tokens[k - 1]?.text === ',' ? k - 1 : k;
  // The noun phrase that ends there: its head a noun or a name, back over its determiner,
  // adjectives, nouns, numbers and a possessor ("Haiti's president").
  const head = tokens[end - 1];
  if (!head || !/^(?:NOUN|PROPN)$/.test(head.pos)) return undefined;
  let from = end - 1;
  while (
    from > 0 &&
    (/^(?:DET|ADJ|NOUN|PROPN|NUM)$/.test(tokens[from - 1]!.pos) || /^['’]s?$/.test(tokens[from - 1]!.text))
  )
    from--;
  // (Nor a phrase after a preposition, which may belong to an earlier noun. A possessive pronoun
  // before the phrase stays outside it: "its 165 monitors, whose mandate expires" → "[165 monitors']
  // mandate expires".)
  if (tokens[from - 1]?.pos === 'ADP') return undefined;
  const owner = { start: tokens[from]!.start, end: head.end };
  const whose = tokens[k]!;
  return {
    words: { start: whose.start, end: whose.end, text: whose.text },
    name: {
      start: owner.start,
      end: owner.end,
      text: s.text.slice(owner.start - s.start, owner.end - s.start),
    },
  };
}
