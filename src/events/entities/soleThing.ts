import type { Sentence } from '../nlp/segmentSentences.ts';
import { type Candidate, SUBORDINATOR } from './candidates.ts';

/**
 * "… a ceasefire, which has largely collapsed since it was brokered in March": an "it" before a
 * form of "be" and a verb takes the one thing its own sentence names before it, subject or not;
 * none if it names two, or none (the sentences before were wrong too often for such an "it").
 */
export function soleThing(
  sentences: readonly Sentence[],
  s: Sentence,
  k: number,
  offers: (s: Sentence) => readonly Candidate[],
): Candidate | undefined {
  const { tokens } = s;
  // "for the first time in three centuries, it was removed", "at the weekend it was": a noun of
  // a phrase that opens the pronoun's own clause is none it stands for.
  const sameClause = (c: Candidate) => {
    const from = tokens.findIndex((t) => t.start === c.start);
    return (
      tokens[from - 1]?.pos === 'ADP' &&
      !tokens.slice(from, k).some((t) => t.start >= c.end && /^(?:VERB|AUX)$/.test(t.pos))
    );
  };
  const things = offers(s).filter((c) => c.end <= tokens[k]!.start && c.kind === 'thing');
  if (things.length === 1 && !sameClause(things[0]!)) return things[0];
  // "The six-foot replica … is credited with banishing plagues. Last week, for the first time in
  // three centuries, it was removed …": an "it" that opens its sentence's main clause, with only
  // opening phrases before it, takes the subject of the sentence right before when that is a thing.
  // (Not "Until it was destroyed …, the palace was …".)
  const verb = tokens.slice(k + 1).find((t) => t.pos === 'VERB');
  if (
    !things.every(sameClause) ||
    tokens.slice(0, k).some((t) => /^(?:VERB|AUX|SCONJ)$/.test(t.pos) || SUBORDINATOR.test(t.text)) ||
    !verb ||
    // (A verb after "be" is a participle: not a bare form, "fun", nor a present, "is snows".)
    verb.lemma === verb.text.toLowerCase() ||
    verb.text.toLowerCase() === `${verb.lemma}s`
  )
    return undefined;
  const prev = sentences.slice(0, s.index).findLast((x) => !x.heading);
  const subject = prev && offers(prev).find((c) => c.subject && !c.opening);
  return subject?.kind === 'thing' && !subject.bare ? subject : undefined;
}
