import { knownWord } from '../nlp/annotate.ts';
import type { Sentence } from '../nlp/segmentSentences.ts';
import { type Candidate, SUBORDINATOR } from './candidates.ts';
import type { Kind } from './people.ts';
import { agrees } from './personCues.ts';

/**
 * The one person a "he" or "she" opening a subordinate clause stands for in its own sentence:
 * "Hayward became a lightning rod … when he told …", "Al-Megrahi received a hero's welcome when he
 * returned …", "Lawmakers accused … Tony Hayward of evasion … when he appeared …", "Kendall
 * documented improper behavior …, and she intends to say …". The clause hangs
 * on what the sentence said before it, and a person named there, subject or not, is whom it speaks
 * of when that sentence names no other person. A one-word name no title marks counts as a person
 * here when it is the clause's subject and no word of the language ("Hayward", not "Pressure",
 * "Interior"). Undefined when the sentence names none or two (no guess between them).
 */
export function clauseHost(
  s: Sentence,
  k: number,
  kind: Kind,
  own: readonly Candidate[],
): Candidate | undefined {
  if (kind !== 'male' && kind !== 'female') return undefined;
  // ("whether he …" too, whatever its tag; and a clause "and" or "but" joins: "Kendall documented
  // improper behavior …, and she intends to say …".)
  const opener = s.tokens[k - 1]?.text ?? '';
  if (!SUBORDINATOR.test(opener) && !/^(?:whether|and|but)$/i.test(opener)) return undefined;
  const unnamed = (c: Candidate) =>
    c.unknown === true && c.subject && c.kind === 'thing' && !knownWord(c.last);
  // Every person named before it, of either sex or described ("the doctor"): two are one too many.
  const people = own.filter(
    (c) => c.kind === 'male' || c.kind === 'female' || c.kind === 'person' || unnamed(c),
  );
  // Whom it may be: one of its sex, one the article knows by name or a subject; a name that may
  // only be a person's is not enough ("… in Port Fourchon, where he said …").
  const fits = people.filter(
    (c) =>
      !c.described &&
      ((agrees(kind, c.kind) && (c.kind !== 'person' || c.surname !== undefined || c.subject)) || unnamed(c)),
  );
  return people.length === 1 && fits.length === 1 ? fits[0] : undefined;
}
