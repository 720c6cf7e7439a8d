import { buildChronology } from '../src/chronology/buildChronology.ts';
import { parseArticleFile } from '../src/ingest/parseArticleFile.ts';
import { loadTimeMLCorpus } from './tempeval/loadTimeMLCorpus.ts';

let n = 0;
for (const doc of loadTimeMLCorpus(process.argv[2]!).slice(0, 60)) {
  const line = { id: doc.docId, title: doc.docId, source: 'TimeML', published: doc.dct, text: doc.text };
  const article = parseArticleFile(`${doc.docId}.jsonl`, JSON.stringify(line)).articles[0]!;
  for (const e of buildChronology([article]).events) {
    if (e.title.split(/\s+/).length >= 3 || !e.mentions[0]!.timex) continue;
    if (n++ > 40) break;
    const m = e.mentions[0]!;
    console.log(`${e.title} | ${m.trigger?.text} | ${m.sentence.text.slice(0, 160)}`);
  }
}
