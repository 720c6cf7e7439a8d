import type { Token } from '../nlp/annotate.ts';

/*
 * What a bare verb's title leaves out although it is the point: the "when" clause that tells a
 * dated verb's happening, the "but" that undoes a plan.
 */

/**
 * "A similar success story followed [on Saturday], | when the team spent six hours …": a "when"
 * clause after the comma that closes a bare verb's date tells what happened then.
 */
export function whenAfterDate(
  tokens: readonly Token[],
  end: number,
  when: number,
  skipped: (i: number) => boolean,
): boolean {
  if (!/^when$/i.test(tokens[when]?.text ?? '') || tokens[when - 1]?.text !== ',' || when - 1 <= end + 1)
    return false;
  for (let i = end + 1; i < when - 1; i++) if (!skipped(i)) return false;
  // A point in time, not a bound the "when" clause tells of another time: "lasts until August, |
  // when a relief well is expected …", "since Saturday, | when he said …", "after Sept. 11, 2001".
  return !tokens
    .slice(end + 1, when - 1)
    .some((t) => /^(?:until|till|since|after|before|from|by|through|to|back)$/i.test(t.text));
}

/** Words of a plan a verb group may hold: "was supposed to open", "is due to start". */
const PLAN = /^(?:supposed|meant|due|scheduled|set|expected|planned|intended)$/i;

/**
 * "The action film Wolverine was supposed to open [last week] | but the premiere was canceled": the
 * "but" clause after a plan's verb says the plan did not happen. The index of that "but", when the
 * verb group from `g` to `end` holds a plan's word before "to" and the tail (`last`, the last word
 * kept) ends right before it (dates aside); else -1.
 */
export function planUndone(
  tokens: readonly Token[],
  g: number,
  end: number,
  last: number,
  to: number,
  skipped: (i: number) => boolean,
): number {
  let plan = false;
  for (let i = g; i <= end; i++)
    if (PLAN.test(tokens[i]!.text) && /^to$/i.test(tokens[i + 1]?.text ?? '')) plan = true;
  if (!plan) return -1;
  let but = last + 1;
  while (but < to && skipped(but)) but++;
  if (!/^but$/i.test(tokens[but]?.text ?? '') || tokens[but]!.pos !== 'CCONJ') return -1;
  // A clause of its own: a subject, then its verb.
  const verb = tokens.findIndex((t, j) => j > but + 1 && j < to && (t.pos === 'VERB' || t.pos === 'AUX'));
  return verb > 0 && /^(?:DET|NOUN|PROPN|PRON)$/.test(tokens[but + 1]?.pos ?? '') ? but : -1;
}
