import { buildChronology } from '../src/chronology/buildChronology.ts';
import { canAnchor } from '../src/events/anchoring/eventTime.ts';
import { notAnEvent } from '../src/events/clauses/eventFilter.ts';
import { goldAnchorPairs, overlaps } from '../src/events/eval/scoreAnchoring.ts';
import { segmentSentences } from '../src/events/nlp/segmentSentences.ts';
import { parseArticleFile } from '../src/ingest/parseArticleFile.ts';
import { tag } from '../src/temporal/tag.ts';
import { loadTimeMLCorpus } from './tempeval/loadTimeMLCorpus.ts';

const cat: Record<string, number> = {};
const ex: Record<string, string[]> = {};
const add = (k: string, s: string) => {
  cat[k] = (cat[k] ?? 0) + 1;
  (ex[k] ??= []).push(s);
};
for (const dir of process.argv.slice(2))
  for (const doc of loadTimeMLCorpus(dir)) {
    const line = { id: doc.docId, title: doc.docId, source: 'TimeML', published: doc.dct, text: doc.text };
    const article = parseArticleFile(`${doc.docId}.jsonl`, JSON.stringify(line)).articles[0]!;
    const events = buildChronology([article]).events;
    const mentions = events.flatMap((e) => e.mentions.filter((m) => m.article === article.id));
    const tx = tag(doc.text, { reference: doc.dct });
    const sents = segmentSentences(doc.text);
    for (const g of goldAnchorPairs(doc)) {
      const ok = mentions.some(
        (m) => m.trigger && m.timex && overlaps(m.trigger, g.event) && overlaps(m.timex, g.timex),
      );
      if (ok) continue;
      const s = sents.find((x) => x.start <= g.timex.start && x.end >= g.timex.end);
      const se = sents.find((x) => x.start <= g.event.start && x.end >= g.event.end);
      const show = `${g.event.text} / ${g.timex.text} :: ${s?.text.slice(0, 200)}`;
      const t = tx.find((x) => overlaps(x, g.timex));
      if (!t) {
        add('A tagger miss', show);
        continue;
      }
      if (!canAnchor(t)) {
        add('A2 not anchorable ' + t.value.slice(0, 4), show);
        continue;
      }
      const withT = mentions.filter((m) => m.timex && overlaps(m.timex, g.timex));
      if (withT.length > 0) {
        add(
          s !== se
            ? 'C1 other sentence'
            : 'C2 other trigger in sentence: ' + withT.map((m) => m.trigger?.text).join(','),
          show,
        );
        continue;
      }
      if (s && notAnEvent(s.text)) {
        add('B1 ' + notAnEvent(s.text), show);
        continue;
      }
      add('B2 no event from timex', show);
    }
  }
const keys = Object.keys(cat).sort((a, b) => cat[b]! - cat[a]!);
const grouped: Record<string, number> = {};
for (const k of keys) grouped[k.slice(0, 2)] = (grouped[k.slice(0, 2)] ?? 0) + cat[k]!;
console.log(grouped);
for (const k of keys.filter((k) => !k.startsWith('C2')).slice(0, 12)) {
  console.log(k, cat[k]);
  for (const e of ex[k]!.slice(0, 4)) console.log('   ', e);
}
const c2 = keys.filter((k) => k.startsWith('C2'));
if (process.env.C2) {
  const all = c2.flatMap((k) => ex[k]!.map((e) => k.slice(30) + ' || ' + e));
  for (let i = 0; i < all.length; i += Math.ceil(all.length / 40)) console.log(all[i]);
}
