/**
 * TimeML extents leave prepositions outside ("on Friday" → "Friday", "since 1990" → "1990")
 * and never start or end on punctuation or space.
 */
const LEADING =
  /^(?:[\s,.;:()[\]"'“”‘’-]+|(?:on|in|at|since|from|by|until|till|during|of|for|to|before|after|within|as of)\s+)+/i;
const TRAILING = /[\s,.;:()[\]"“”‘’-]+$/;
/** A dangling "of" chrono reads past a month ("March of the Combatant Mothers"). */
const TRAILING_OF = /\s+of$/i;

/** Shrink [start, end) past leading prepositions and surrounding punctuation; null if nothing is left. */
export function trimExtent(text: string, start: number, end: number): { start: number; end: number } | null {
  const slice = text.slice(start, end);
  const lead = LEADING.exec(slice)?.[0].length ?? 0;
  let rest = slice.slice(lead);
  // Keep the period of an abbreviation at the end ("p.m.", "Sept.", "Jan.").
  const trail = /(?:\b[ap]\.m\.|\b[A-Z][a-z]{2,3}\.)$/i.test(rest)
    ? 0
    : (TRAILING.exec(rest)?.[0].length ?? 0);
  rest = rest.slice(0, rest.length - trail);
  rest = rest.slice(0, rest.length - (TRAILING_OF.exec(rest)?.[0].length ?? 0));
  if (!rest) return null;
  return { start: start + lead, end: start + lead + rest.length };
}
