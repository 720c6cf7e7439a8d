import type { Span } from '../../model/chronology.ts';
import type { Sentence } from '../nlp/segmentSentences.ts';
import type { Candidate } from './candidates.ts';

/** Verbs of saying a closing "…, it said" may end a title with. */
const SAYING =
  /^(?:said|says|added|adds|reported|reports|stated|states|noted|notes|announced|claimed|claims)$/i;

/** A title that ends in a closing "…, it said" ("A second blast in the Aleppo region killed four soldiers, it added"). */
const CLOSING = /,\s+it\s+(\p{L}+)$/u;

/** How many sentences before the title's own are searched, past those whose "it" says too. */
const LOOKBACK = 3;

/** Whether tokens `k`, `k + 1` of `s` are "it" and a verb of saying ("it said"). */
const itSays = (s: Sentence, k: number) =>
  /^it$/i.test(s.tokens[k]?.text ?? '') && SAYING.test(s.tokens[k + 1]?.text ?? '');

/**
 * The one who says what a title ending in "…, it said" tells ("A second blast in the Aleppo region
 * killed four soldiers, it added" → Sana): in the nearest sentence before that says anything, by
 * a verb of saying, past those whose own "it" says (the same one), the subject of its last such
 * verb, when that is a thing's name ("Syria's state news agency Sana reported on Wednesday that at
 * least six members of the security forces had been killed"; "…, BP says"; "The Local
 * Co-ordination Committees (LCC), a network of Syrian activists, said …"). None when that sayer
 * is a person, a plural or a description ("officials say", "The group says", "he said"), or none
 * says: never a thing the title's own sentence names, which is what is said, not who says it.
 */
export function closingSayer(
  title: string,
  sentences: readonly Sentence[],
  index: number,
  offers: (s: Sentence) => readonly Candidate[],
): { words: Span; name: Span } | undefined {
  const verb = CLOSING.exec(title)?.[1];
  const s = sentences[index];
  if (!verb || !SAYING.test(verb) || !s) return undefined;
  const at = s.tokens.findLastIndex((_, k) => itSays(s, k) && s.tokens[k + 1]!.text === verb);
  if (at < 0) return undefined;
  const it = s.tokens[at]!;
  for (let i = index - 1, read = 0; i >= 0 && read < LOOKBACK; i--) {
    const prev = sentences[i]!;
    if (prev.heading) continue;
    // (""For many reasons, …," it said": the same one says again, and the chain carries back.)
    if (prev.tokens.some((_, k) => itSays(prev, k))) continue;
    read++;
    const says = prev.tokens.findLastIndex((t) => SAYING.test(t.text) && /^(?:VERB|AUX|ADJ)$/.test(t.pos));
    if (says < 0) continue;
    const verbAt = prev.tokens[says]!.start;
    const text = (c: Candidate) => prev.text.slice(c.start - prev.start, c.end - prev.start);
    // Its subject right before the verb ("Amnesty said", "Sana reported on Wednesday that"), past
    // initials in brackets, an apposition or "also" ("The Local Co-ordination Committees (LCC), a
    // network of Syrian activists, said").
    const sayer = offers(prev)
      .filter((c) => c.subject && c.end <= verbAt)
      .findLast((c) =>
        /^(?:\s*\([^)]*\))?(?:\s*,[^,]*,)?(?:\s+also)?\s*$/.test(
          prev.text.slice(c.end - prev.start, verbAt - prev.start),
        ),
      );
    // (A name, no description: not "The group says".)
    if (sayer?.kind !== 'thing' || sayer.bare || !/(?:^|\s)[\p{Lu}\p{N}]\S*$/u.test(text(sayer)))
      return undefined;
    const name = { start: sayer.start, end: sayer.end, text: text(sayer) };
    return { words: { start: it.start, end: it.end, text: it.text }, name };
  }
  return undefined;
}
