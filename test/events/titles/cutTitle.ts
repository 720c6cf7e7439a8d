import { splitClauses } from '../../../src/events/clauses/splitClauses.ts';
import { annotate } from '../../../src/events/nlp/annotate.ts';
import { deletionTitle } from '../../../src/events/titles/deletionTitle.ts';

/** The deletion title of the first token spelled `trigger`, the `skip` phrases (dates) left out. */
export const cut = (text: string, trigger: string, skip: string[] = []) => {
  const { tokens } = annotate(text);
  const k = tokens.findIndex((t) => t.text === trigger);
  const spans = skip.map((w) => [text.indexOf(w), text.indexOf(w) + w.length] as const);
  return deletionTitle(tokens, splitClauses(tokens), k, { skip: spans }).text;
};
