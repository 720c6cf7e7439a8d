/**
 * A search for a pattern from any offset of a text that remembers its last answer. The segmenter
 * scans an article block by block, each scan from the block's start until a match past its end:
 * a pattern that seldom matches was searched to the end of the article once per block (its square
 * in the number of blocks). The match found past one block's end is the first after the next
 * block's start too, as long as it starts at or after it, so it is answered without searching again.
 *
 * Exact: a match found from `from` is the leftmost at or after `from`, and whether the pattern
 * matches at an offset does not depend on where the search began (lookbehinds see the whole text).
 * So when a search from `since` found its first match at `found.index` (or none), none starts in
 * between, and any later search from an offset in `since..found.index` finds the same match.
 */
export type SearchFrom = (text: string, from: number) => RegExpExecArray | null;

/**
 * A remembering search for `pattern` (global; its own copy, so `lastIndex` is not shared). With
 * `needs`, words one of which every match contains: a text that holds none of them is not searched
 * at all (most articles have no page stamp, no "cents" bullet), which finds what a search would.
 */
export function searchFrom(pattern: RegExp, needs?: readonly string[]): SearchFrom {
  const re = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
  let text: string | undefined;
  let since = 0;
  let found: RegExpExecArray | null = null;
  return (t, from) => {
    if (t !== text && needs !== undefined && !needs.some((word) => t.includes(word))) {
      text = t;
      since = 0;
      found = null;
      return null;
    }
    if (t === text && since <= from && (found === null || found.index >= from)) return found;
    re.lastIndex = from;
    found = re.exec(t);
    text = t;
    since = from;
    return found;
  };
}
