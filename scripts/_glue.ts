import { readFileSync } from 'node:fs';
import { segmentSentences } from '../src/events/nlp/segmentSentences.ts';
const files = process.argv.slice(2);
let n = 0, hits = 0; const out: string[] = [];
for (const f of files) for (const line of readFileSync(f, 'utf8').split('\n')) {
  if (!line) continue; const a = JSON.parse(line); if (!a.text) continue;
  for (const s of segmentSentences(a.text)) {
    n++;
    const t = s.tokens;
    for (let i = 1; i < t.length; i++) {
      const x = t[i]!, p = t[i - 1]!;
      if (!/^\p{Lu}\p{Ll}/u.test(x.text) || !/^\p{Ll}+$/u.test(p.text) || x.text === 'I') continue;
      if (!/^(?:DET|PRON|AUX|SCONJ|ADP)$/.test(x.pos)) continue;
      if (!/^(?:NOUN|VERB|ADJ|PROPN|NUM)$/.test(p.pos)) continue;
      hits++; out.push(`${p.text} | ${x.text}/${x.pos} :: ${s.text.slice(Math.max(0, x.start - s.start - 60), x.start - s.start + 50)}`);
    }
  }
}
console.log('sentences', n, 'hits', hits);
for (let i = 0; i < out.length; i += Math.max(1, Math.floor(out.length / 40))) console.log(out[i]);
