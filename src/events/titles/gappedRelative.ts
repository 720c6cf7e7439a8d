import type { Clause } from '../clauses/splitClauses.ts';
import type { Token } from '../nlp/annotate.ts';
import { antecedentPhrase } from './relatives.ts';

/**
 * Relative pronouns that can stand for a verb's object, or for the subject of a clause it governs.
 * (Not "that": after a noun it opens what the noun reports as often, "fears that oil … flared".)
 */
const GAP_PRONOUNS = /^(?:which|who|whom)$/i;

/**
 * "the new swine flu virus which the World Health Organisation warned has the potential …", "the
 * figures, which BP said would be released": a relative clause whose own subject stands between its
 * pronoun and its verb leaves the pronoun to fill a gap after the verb (its object, or the subject
 * of the words said). Titled alone, the clause lacks that word ("The World Health Organisation warned
 * has …"); the antecedent before the pronoun fills it ("The new swine flu virus the World Health
 * Organisation warned has …"). Returns the antecedent's tokens, or [] when the clause has no gap.
 * `g` is the verb group's first token, `who` the subject found for it.
 */
export function gappedRelative(
  tokens: readonly Token[],
  clause: Clause,
  g: number,
  who: readonly number[],
  skipped: (i: number) => boolean,
): number[] {
  const own = who.filter((i) => !skipped(i));
  if (own.length === 0) return [];
  // The pronoun opens the clause the split found, or stands right before the subject after a noun
  // (the split looks only three words ahead for a verb: "which the World Health Organisation warned").
  const before = Math.min(...own) - 1;
  const p =
    clause.kind === 'relative'
      ? clause.from
      : /^(?:which|whom)$/i.test(tokens[before]?.text ?? '') &&
          /^(?:NOUN|PROPN|PUNCT)$/.test(tokens[before - 1]?.pos ?? '')
        ? before
        : -1;
  if (p < 0 || !GAP_PRONOUNS.test(tokens[p]?.text ?? '')) return [];
  // The subject right after the pronoun (past a date), the verb group after it: not a subject of a
  // clause further in ("which have been idle since a spell of bad weather | kicked up").
  let first = p + 1;
  while (first < g && skipped(first)) first++;
  if (Math.min(...own) !== first || own.some((i) => i >= g)) return [];
  const j = /^(?:,|-|–|—|--)$/.test(tokens[p - 1]?.text ?? '') ? p - 2 : p - 1;
  const np = antecedentPhrase(tokens, j, skipped);
  // (Or the phrase an apposition renames: "the Golan Heights, Syrian territory which it captured".)
  if (np.length === 0 || np.at(-1)! > j) return [];
  // ("Arlington National Cemetery [for the Memorial Day] ceremony -- which he attended": past a
  // date cut from inside the phrase after a noun, only the words after it are the antecedent's.)
  const date = np.findIndex((i) => skipped(i));
  const split = date > 0 && np.slice(0, date).some((i) => /^(?:NOUN|PROPN)$/.test(tokens[i]!.pos));
  return split ? np.slice(np.findLastIndex((i) => skipped(i)) + 1) : np;
}
