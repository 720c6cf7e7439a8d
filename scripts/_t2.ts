import { splitClauses } from '../src/events/clauses/splitClauses.ts';
import { annotate } from '../src/events/nlp/annotate.ts';
import { deletionTitle } from '../src/events/titles/deletionTitle.ts';

const text = process.argv[2]!;
const skip = process.argv[4]
  ? [[text.indexOf(process.argv[4]), text.indexOf(process.argv[4]) + process.argv[4].length] as const]
  : [];
const { tokens } = annotate(text);
const k = tokens.findIndex((t) => t.text === process.argv[3]);
const c = splitClauses(tokens);
console.log(c);
const r = deletionTitle(tokens, c, k, { skip });
console.log(
  r.text,
  r.kept.map((i) => tokens[i]!.text),
);
