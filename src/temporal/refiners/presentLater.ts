import type { Draft } from '../draft.ts';
import { tenseAt } from '../tense.ts';

/** "twelve days later", "three weeks later": a count forward from the story's last date. */
const LATER = /\blater$/i;

/**
 * Whether "N days later", with no date before it in the text to count from, stands in a clause told
 * in the present: "On the day he got news that the rig caught fire, … Twelve days later, Hayward is
 * grappling with the slick" — the story has come up to its present, the publication day. Counted
 * from publication it would name a day still to come, which a present clause does not tell. (A past
 * clause, "Two days later it ended", keeps the count from publication, as before: the event stage
 * never dates a past verb by a coming day.)
 */
export function presentLater(text: string, d: Draft): boolean {
  const p = d.pending;
  if (
    p?.kind !== 'narrative' ||
    p.offset <= 0 ||
    p.fromDct ||
    p.part !== undefined ||
    p.weekday !== undefined
  )
    return false;
  return LATER.test(text.slice(d.start, d.end)) && tenseAt(text, d.start, d.end) === 'present';
}
