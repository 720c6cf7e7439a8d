import type { Token } from './annotate.ts';

/**
 * Names an article writes on their own, and a run of names that two of them make when a caption
 * is glued to the lead ("… a blast near the secure Green Zone | Arab League leaders have called …").
 */

const CAPITALISED = /^\p{Lu}/u;

/** Nouns that follow a name to make a larger one ("Los Angeles County", "Gaza City", "Gulf Coast"). */
const NAME_HEAD =
  /^(?:County|City|Council|Street|Road|Avenue|Square|Province|State|States|Party|Department|Ministry|Airport|University|College|Hospital|Island|Islands|Bay|River|Valley|Park|Beach|Coast|Gulf|Center|Centre|Committee|Commission|Agency|Authority|Office|Bureau|Court|Army|Force|Forces|Navy|Guard|Police|Group|Company|Corporation|Institute|Foundation|Association|Society|Church|Mountains|Lake|Sea|Ocean|District|Region|Parish|Zone|Stadium|Arena|Hall|House|Palace|Square|Times|Post|News|Herald|Journal|Review|Magazine)$/;
const isName = (t: Token | undefined): t is Token =>
  t !== undefined && t.pos === 'PROPN' && CAPITALISED.test(t.text);

/**
 * The runs of names in `tokens` that stand alone, each its words joined by a space ("Green Zone",
 * "Arab League"), and how often each stands.
 */
export function standaloneNames(tokens: readonly Token[]): Map<string, number> {
  const out = new Map<string, number>();
  for (let i = 0; i < tokens.length; i++) {
    if (!isName(tokens[i])) continue;
    let j = i + 1;
    while (isName(tokens[j]) && tokens[j]!.start === tokens[j - 1]!.end + 1) j++;
    const name = tokens
      .slice(i, j)
      .map((t) => t.text)
      .join(' ');
    out.set(name, (out.get(name) ?? 0) + 1);
    i = j - 1;
  }
  return out;
}

/**
 * Whether a run of names is split before token `i` into two names the article writes apart
 * elsewhere (`names`, from `standaloneNames`): "Green Zone Arab League" is "Green Zone" and "Arab
 * League" when "the city's secure Green Zone was …" and "the Arab League's 22 heads …" stand in the
 * text. (A name the text writes whole more than once is one: "Arab League" is never split.)
 */
export function splitsNameRun(
  tokens: readonly Token[],
  i: number,
  names: ReadonlyMap<string, number>,
): boolean {
  const adjacent = (k: number) =>
    isName(tokens[k]) && isName(tokens[k - 1]) && tokens[k]!.start === tokens[k - 1]!.end + 1;
  if (!adjacent(i)) return false;
  let from = i - 1;
  while (adjacent(from)) from--;
  // (Not a name joined by "of" or "and" to one before it, "the Gulf of Mexico | BP …", nor after an
  // abbreviation, "the U.S. | Gulf Coast".)
  if (
    /^(?:of|and|&|de|du|al)$/.test(tokens[from - 1]?.text ?? '') &&
    CAPITALISED.test(tokens[from - 2]?.text ?? '')
  )
    return false;
  if (/\./.test(tokens[i - 1]!.text)) return false;
  // (Nor before a noun that makes a larger name of a place's: "Los Angeles | County coroner's office".)
  if (NAME_HEAD.test(tokens[i]!.text)) return false;
  let to = i + 1;
  while (adjacent(to)) to++;
  const words = (a: number, b: number) =>
    tokens
      .slice(a, b)
      .map((t) => t.text)
      .join(' ');
  return names.has(words(from, i)) && names.has(words(i, to)) && (names.get(words(from, to)) ?? 0) <= 1;
}
