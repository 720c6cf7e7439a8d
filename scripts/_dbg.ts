import { findAnchors } from '../src/events/anchoring/findAnchors.ts';
import { notAnEvent } from '../src/events/clauses/eventFilter.ts';
import { segmentSentences } from '../src/events/nlp/segmentSentences.ts';
import { tag } from '../src/temporal/tag.ts';

const text = process.argv[3]!;
const pub = process.argv[2]!;
const tx = tag(text, { reference: pub });
for (const s of segmentSentences(text)) {
  console.log(JSON.stringify(s.text), 'heading', s.heading, 'notAnEvent', notAnEvent(s.text));
  console.log(
    ' anchors',
    findAnchors({ id: 'x', title: 'x', source: 's', published: pub, text }, s, tx, []).map((t) => t.text),
    'range',
    tx.map((t) => JSON.stringify(t.range)),
  );
}
