import { datedEvents } from '../src/events/anchoring/datedEvents.ts';
import { findAnchors } from '../src/events/anchoring/findAnchors.ts';
import { createArticleContext } from '../src/events/articleContext.ts';
import { parseSentence } from '../src/events/sentenceParse.ts';
import { tag } from '../src/temporal/tag.ts';

const text = process.argv[3]!;
const pub = process.argv[2]!;
const article = { id: 'x', title: 'x', source: 's', published: pub, text };
const tx = tag(text, { reference: pub });
const ctx = createArticleContext(article);
for (const s of ctx.sentences) {
  const p = parseSentence(s, tx);
  console.log(
    p.clauses,
    p.triggers.map((t) => t.text + t.index),
  );
  datedEvents(ctx, p, findAnchors(article, s, tx, []), 0);
}
console.log(ctx.drafts.map((d) => [d.title, d.modality, d.when.value]));
