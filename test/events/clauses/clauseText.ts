import { splitClauses } from '../../../src/events/clauses/splitClauses.ts';
import { titleClauses } from '../../../src/events/clauses/titleClauses.ts';
import { annotate } from '../../../src/events/nlp/annotate.ts';

/** The clauses of `text` as "kind: words", split plainly or with an opening subordinate clause set apart. */
export const clauses = (text: string, fronted = false) => {
  const { tokens } = annotate(text);
  const plain = splitClauses(tokens);
  return (fronted ? titleClauses(tokens, plain) : plain).map(
    (c) =>
      `${c.kind}: ${tokens
        .slice(c.from, c.to)
        .map((t) => t.text)
        .join(' ')}`,
  );
};
