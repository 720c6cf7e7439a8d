import type { Token } from '../nlp/annotate.ts';

/** Participles that give a thing its name ("a device called a riser insertion tube", "a technique known as top kill"). */
const NAMING = /^(?:called|named|dubbed|nicknamed|termed|titled|entitled|known)$/i;

/** Words that may open the name a participle gives ("called a riser …", "named John", "called "Top Kill"", "known as"). */
const OPENS_NAME = /^(?:DET|PROPN|NOUN|ADJ)$/;

/**
 * "A device called a riser insertion tube has been used …", "a ship called the Helix Producer has
 * arrived at the site", "a procedure known as a top kill will be tried": a participle of naming
 * right after a common noun, with no comma, whose name a finite verb follows (the noun's own verb),
 * names the noun; it tells nothing that happened. The happening is that verb: returns its index
 * (past its auxiliaries: "has | arrived"), -1 when there is none ("a technique called PCR is the
 * other approach"), or undefined when token `i` is no such participle. (Not the verb of a clause,
 * whose object ends its clause or goes on with no verb of the noun's: "The company called a
 * meeting", "the council named a new envoy to Syria".)
 */
export function namingAfterNoun(tokens: readonly Token[], i: number): number | undefined {
  const t = tokens[i]!;
  if (!NAMING.test(t.text) || tokens[i - 1]?.pos !== 'NOUN') return undefined;
  // "known as": the name follows "as"; "known" alone names no one ("a well known company").
  let from = i + 1;
  if (/^known$/i.test(t.text)) {
    if (!/^as$/i.test(tokens[from]?.text ?? '')) return undefined;
    from++;
  }
  const first = tokens[from];
  if (first === undefined || !(OPENS_NAME.test(first.pos) || /^["“']$/.test(first.text))) return undefined;
  // The name runs to the noun's verb: a finite verb or auxiliary, past no comma, clause opener or other verb.
  for (let j = from + 1; j < Math.min(tokens.length, from + 9); j++) {
    const x = tokens[j]!;
    if (x.pos === 'VERB' && x.lemma !== x.text.toLowerCase() && !/ing$/i.test(x.text)) return j;
    if (x.pos === 'AUX') {
      let v = j + 1;
      while (/^(?:AUX|ADV|PART)$/.test(tokens[v]?.pos ?? '')) v++;
      return tokens[v]?.pos === 'VERB' ? v : -1;
    }
    if (
      x.pos === 'VERB' ||
      /^(?:SCONJ|PRON|CCONJ)$/.test(x.pos) ||
      (x.pos === 'PUNCT' && !/^["”']$/.test(x.text))
    )
      return undefined;
  }
  return undefined;
}
