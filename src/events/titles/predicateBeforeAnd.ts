import type { Token } from '../nlp/annotate.ts';

/*
 * "The plume is more than 6 miles wide and its presence was reported", "Thousands are feared dead
 * and the Red Cross has estimated …": an adjective right before "and" that no article opens is the
 * predicate of the clause before, not the end of a noun phrase joined to the subject; the walk back
 * from the verb stops at that "and". The titles said "More than 6 miles wide and its presence was
 * reported", "Dead and the Red Cross has estimated …".
 */

/** Whether the "and" at `j` joins a clause ending on a predicate adjective to the subject after it. */
export function predicateBeforeAnd(tokens: readonly Token[], j: number): boolean {
  const before = tokens[j - 1];
  const after = tokens[j + 1];
  if (!/^and$/i.test(tokens[j]?.text ?? '') || before?.pos !== 'ADJ' || after === undefined) return false;
  // (Not adjectives joined before one noun, "Syrian and Russian officials", nor a noun phrase an
  // adjective heads, "the wounded and the dead".)
  if (/^(?:ADJ|NOUN|ADV)$/.test(after.pos)) return false;
  const opener = tokens[j - 2];
  if (opener?.pos === 'DET' || (opener !== undefined && /^['’]s$/.test(opener.text))) return false;
  // The subject after it opens with an article or a possessive; not a name, a number or a quantity,
  // which may go on a list of modifiers ("Many Arab and Muslim nations", "130 miles long and 70
  // miles wide", "routine consular and all visa services").
  return /^(?:the|a|an|this|these|those|its|their|his|her|our)$/i.test(after.text);
}
