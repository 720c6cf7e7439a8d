import type { Token } from '../nlp/annotate.ts';

/*
 * "The test burn/VERB of oil was a success": the tagger may call a noun a verb when it has the
 * verb's base form. Before its "of", after an article (past its modifiers), it is the head of the
 * subject; the walk back from the verb stopped there and made the "of" phrase the subject ("Oil was
 * a success"), an of-complement without its head.
 */

/** Whether token `j` is a noun the tagger called a verb: a base form between an article's phrase and its "of". */
export function verbTaggedNoun(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j];
  if (t === undefined || t.pos !== 'VERB' || t.lemma !== t.text.toLowerCase() || /ing$/i.test(t.text))
    return false;
  if (!/^of$/i.test(tokens[j + 1]?.text ?? '')) return false;
  // The article, right before it or before one or two modifiers ("a controlled burn", "the test burn").
  for (let i = j - 1; i >= Math.max(0, j - 3); i--) {
    const x = tokens[i]!;
    if (x.pos === 'DET' || (x.pos === 'PRON' && /^(?:its|their|his|her|our)$/i.test(x.text))) return true;
    if (!/^(?:ADJ|NOUN|NUM)$/.test(x.pos) && !(x.pos === 'VERB' && /ed$/i.test(x.text))) return false;
  }
  return false;
}
