import type { Candidate } from './candidates.ts';
import { KINDS } from './describedBody.ts';
import { ORGANISATION } from './names.ts';

/**
 * Whether a candidate may own what an "its" names, from a sentence before the pronoun's own: a
 * name ("BP", "Anadarko") or a common noun that names a body ("the league", "the seven-member
 * commission", "the company"); not any other common noun ("The performance did little for BP's
 * financial position. Its shares fell back": the shares are BP's, not the performance's; "this
 * debate …. Its General Assembly votes"). The body's head is told by the entity kinds the article's
 * names are read with (a body name's last word, a body's description), no list of its own.
 */
export function canOwn(c: Candidate): boolean {
  if (!c.common) return true;
  const head = c.last;
  return (
    ORGANISATION.test(head.charAt(0).toUpperCase() + head.slice(1)) || KINDS.some((k) => k.cues.test(head))
  );
}
