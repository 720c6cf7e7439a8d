import type { Token } from '../nlp/annotate.ts';
import { isFiniteVerb } from '../nlp/token.ts';

/** Participles that give a thing its name ("a device called a riser insertion tube", "a technique known as top kill"). */
const NAMING = /^(?:called|named|dubbed|nicknamed|termed|titled|entitled|known)$/i;

/** Words that may open the name a participle gives ("called a riser …", "named John", "called "Top Kill"", "known as"). */
const OPENS_NAME = /^(?:DET|PROPN|NOUN|ADJ)$/;

/**
 * "… a device called a riser insertion tube the company has used to collect some oil": a
 * participle of naming right after a common noun, with no comma, whose name a relative clause
 * without its pronoun follows (a new subject, then its verb), names the noun; it tells nothing that
 * happened, and a title built on it runs the name and the relative together ("Device called a riser
 * insertion tube the company has used …"). (Not one whose noun's own verb follows the name, "a ship
 * called the Helix Producer has arrived at the site", whose title says what happened; nor the verb
 * of a clause: "The company called a meeting", "the council named a new envoy".)
 */
export function namingAfterNoun(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (!NAMING.test(t.text) || tokens[i - 1]?.pos !== 'NOUN') return false;
  // "known as": the name follows "as"; "known" alone names no one ("a well known company").
  let from = i + 1;
  if (/^known$/i.test(t.text)) {
    if (!/^as$/i.test(tokens[from]?.text ?? '')) return false;
    from++;
  }
  const first = tokens[from];
  if (first === undefined || !(OPENS_NAME.test(first.pos) || /^["“']$/.test(first.text))) return false;
  // The name, common nouns, ends where a new subject starts ("tube | the company", "tube | BP"),
  // whose finite verb follows within a few words.
  for (let j = from + 1; j < Math.min(tokens.length, from + 8); j++) {
    const x = tokens[j]!;
    if (isFiniteVerb(x) || x.pos === 'VERB' || /^(?:SCONJ|CCONJ|ADP)$/.test(x.pos) || x.pos === 'PUNCT')
      return false;
    // (A relative pronoun opens a clause of the name's: "named the couple who tested positive".)
    if (/^(?:who|whom|whose|which|that)$/i.test(x.text)) return false;
    if (tokens[j - 1]!.pos !== 'NOUN' || !/^(?:PROPN|PRON|DET)$/.test(x.pos)) continue;
    let v = j + 1;
    while (v < j + 4 && /^(?:PROPN|NOUN|ADJ)$/.test(tokens[v]?.pos ?? '')) v++;
    return tokens[v] !== undefined && isFiniteVerb(tokens[v]!);
  }
  return false;
}
