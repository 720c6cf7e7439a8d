import type { Sentence } from '../nlp/segmentSentences.ts';
import type { Candidate } from './candidates.ts';
import type { Kind } from './people.ts';

/** Whether a candidate of kind `c` may be what a pronoun of kind `pronoun` stands for. */
export const agrees = (pronoun: Kind, c: Kind): boolean =>
  pronoun === 'male' || pronoun === 'female' ? c === pronoun || c === 'person' : pronoun === c;

/** Whether a sentence's subject is its writer or speaker, "I" or "we" before a verb. */
export const speaksAsI = (s: Sentence): boolean =>
  // (Outside a quotation: '"We have a problem," the employee told …' is another's words.)
  !/["“”]/.test(s.text) &&
  // (Its main clause's: "I am searching for …", not "She died in 1938, I think in Brierley Hill".)
  /^(?:I|we)$/i.test(s.tokens[0]?.text ?? '') &&
  s.tokens[0]!.pos === 'PRON' &&
  /^(?:VERB|AUX)$/.test(s.tokens[1]?.pos ?? '');

/**
 * A person a common noun describes ("the star") between the name `found` in the pronoun's own
 * sentence and the pronoun, standing before a verb of its own clause, of the pronoun's kind.
 */
export function nearerDescribed(
  s: Sentence,
  k: number,
  kind: Kind,
  own: readonly Candidate[],
  found: Candidate,
): Candidate | undefined {
  if (!own.includes(found)) return undefined;
  const at = (c: Candidate) => s.tokens.findIndex((t) => t.start === c.start);
  const end = (c: Candidate) => s.tokens.findIndex((t) => t.end === c.end);
  return own.findLast((c) => {
    const from = at(c);
    const to = end(c);
    // ("would show the star was healthy": the subject of a verb's clause; not "the bedroom where
    // the singer died", "according to a BP spokesman quoted by Reuters".)
    return (
      c.described === true &&
      s.tokens[from - 1]?.pos === 'VERB' &&
      agrees(kind, c.kind) &&
      c.start > found.end &&
      to >= 0 &&
      to < k &&
      /^(?:VERB|AUX)$/.test(s.tokens[to + 1]?.pos ?? '') &&
      s.tokens.slice(at(found), from).some((t) => t.pos === 'VERB')
    );
  });
}
