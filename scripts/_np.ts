import { readFileSync } from 'node:fs';
import { annotate } from '../src/events/nlp/annotate.ts';
const c = JSON.parse(readFileSync(process.argv[2]!, 'utf8'));
let n = 0, k = 0;
for (const e of c.events) {
  const toks = annotate(e.title).tokens;
  const hasVerb = toks.some((t) => t.pos === 'VERB' || t.pos === 'AUX');
  if (hasVerb) continue;
  n++;
  if (k++ % Number(process.argv[3] ?? 1)) continue;
  const m = e.mentions[0];
  console.log(`-- ${e.title}   [${m.trigger?.text}] ${m.timex ? '{' + m.timex.text + '}' : ''}\n   ${m.sentence.text.slice(0, 220)}`);
}
console.log('verbless titles', n, 'of', c.events.length);
