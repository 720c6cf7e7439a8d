import { cutOf, type SentenceParse } from '../sentenceParse.ts';
import type { Trigger } from '../triggers/findTriggers.ts';

/** Verbs that pass words on, by lemma. */
const SAYING = /^(?:say|tell|announce|report|claim|confirm|insist|warn|add|state|admit)$/;

/**
 * Who says the happening when a second saying stands between the frame's and it: "President Obama
 * announced that BP will set aside $20 billion …, as the firm's chairman apologized and said the
 * company will not pay out any more dividends" — the dividends are the chairman's words, not
 * Obama's. Returns the inner saying's speaker and verb (token indices), or undefined when no
 * saying with a subject of its own stands within a few words before the happening.
 */
export function innerSayer(
  p: SentenceParse,
  saying: Trigger | undefined,
  happening: Trigger,
  contentStart: number,
): number[] | undefined {
  if (saying === undefined) return undefined;
  const inner = p.triggers.findLast(
    (t) =>
      t.pos === 'VERB' &&
      SAYING.test(t.lemma) &&
      t.index > saying.index &&
      t.start >= contentStart &&
      t.index < happening.index &&
      happening.index - t.index <= 12,
  );
  if (inner === undefined) return undefined;
  const { tokens } = p.s;
  // (Not a passive, "has been added to the top kill", nor words it does not open: "will be saying
  // this to the Council | when he addresses them".)
  if (tokens[inner.index - 1]?.lemma === 'be') return undefined;
  if (
    tokens
      .slice(inner.index + 1, happening.index)
      .some((t) => t.pos === 'PUNCT' || (t.pos === 'SCONJ' && !/^that$/i.test(t.text)))
  )
    return undefined;
  const cut = cutOf(p, inner.index);
  if (cut.subjectless) return undefined;
  const speaker = cut.kept.filter((i) => i <= inner.index);
  // Its own subject, which a clause of its own opens ("as the firm's chairman …", ", but she said"),
  // not the frame's speaker again ("Obama said … and added that …") nor a noun of the frame's words
  // ("Republicans said the ban was …, and have said").
  const first = speaker[0];
  if (speaker.length < 2 || first === undefined || first <= saying.index) return undefined;
  if (!/^(?:as|while|but|although|though|when|after|because|,|;)$/i.test(tokens[first - 1]?.text ?? ''))
    return undefined;
  return speaker;
}
