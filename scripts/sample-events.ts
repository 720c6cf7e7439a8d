/**
 * Draws a seeded random sample of events from a chronology for a hand check, each with its date,
 * title and first sentence, the trigger marked [[…]] and the date expression {{…}}.
 * Usage: `npx tsx scripts/sample-events.ts chronology.json [N=30] [seed=17]`.
 */
import { readFileSync } from 'node:fs';
import type { Chronology } from '../src/model/chronology.ts';
import { shownTitle } from '../src/model/shownTitle.ts';
import { seededRandom } from '../src/timeline/synthetic.ts';

const [file, n = '30', seed = '17'] = process.argv.slice(2);
if (!file) {
  console.error('usage: npx tsx scripts/sample-events.ts chronology.json [N] [seed]');
  process.exit(2);
}
const chronology = JSON.parse(readFileSync(file, 'utf8')) as Chronology;
const random = seededRandom(Number(seed));
const events = chronology.events;
const picked = new Set<number>();
while (picked.size < Math.min(Number(n), events.length)) picked.add(Math.floor(random() * events.length));
let k = 0;
for (const i of [...picked].sort((a, b) => a - b)) {
  const e = events[i]!;
  const m = e.mentions[0]!;
  const text = m.sentence.text;
  const marks = [
    ...(m.trigger
      ? [[m.trigger.start - m.sentence.start, m.trigger.end - m.sentence.start, '[[', ']]'] as const]
      : []),
    ...(m.timex
      ? [[m.timex.start - m.sentence.start, m.timex.end - m.sentence.start, '{{', '}}'] as const]
      : []),
  ].sort((a, b) => b[0] - a[0]);
  let marked = text;
  for (const [a, b, l, r] of marks)
    if (a >= 0 && b <= text.length)
      marked = `${marked.slice(0, a)}${l}${marked.slice(a, b)}${r}${marked.slice(b)}`;
  const when = `${e.when.value} (${e.when.precision}${e.when.mod ? `, ${e.when.mod}` : ''}${e.status ? `, ${e.status}` : ''})`;
  console.log(`${++k}. ${e.id} · ${when} · ${e.type ?? 'other'} · published ${e.reported}`);
  console.log(`   title: ${shownTitle(e)}`);
  console.log(`   sentence: ${marked}\n`);
}
