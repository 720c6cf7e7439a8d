/**
 * Counts title defects over chronology JSON files (the output of `chronoscope extract`): trailing
 * function words, dangling infinitives, date phrases left in the label, names cut short, modifiers
 * cut from their noun, titles too short or too long, unbalanced quotes or brackets, titles without a
 * subject, words glued by dropped quotes, two clauses fused where a fronted clause lost its opening
 * word ("[When] the deal was announced [in 2007,] BP set …"), a title ending on half a pair ("in both
 * Guadalajara" [and San Luis]), a saying kept with words of its complement but not their verb
 * ("Turkey said [it may need] UN help"), a title ending inside a noun phrase ("lower a 125-tonne"
 * [containment dome]), a kept verb without its negation or modal ("Turkey said close its doors"
 * [it would not]), a reduced relative titled without its clause's verb ("A report issued" [… said]),
 * a verb whose object the cut left out ("BP put" [the pumping on hold]). Prints rates per file and in all.
 *
 * `--examples N` prints N titles of each defect per file. `--sample N [--seed S] [--compare old.json]`
 * prints N events of the first file drawn at random (mulberry32, seed 17 by default) with their
 * sentence, for a hand check, and the title the same event id had in `old.json`.
 * Usage: `npx tsx scripts/title-lint.ts [--examples N] [--sample N] chronology.json…`.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { TITLE_DEFECTS, type TitleDefect, titleDefects } from '../src/events/eval/titleDefects.ts';
import type { Chronology } from '../src/model/chronology.ts';

const args = process.argv.slice(2);
const options = new Map<string, string>();
const files: string[] = [];
for (let i = 0; i < args.length; i++)
  if (args[i]!.startsWith('--')) options.set(args[i]!.slice(2), args[++i] ?? '');
  else files.push(args[i]!);
const examples = Number(options.get('examples') ?? 0);
if (files.length === 0) {
  console.error('usage: npx tsx scripts/title-lint.ts [--examples N] chronology.json…');
  process.exit(2);
}

const pct = (n: number, of: number) => (of === 0 ? '–' : `${((100 * n) / of).toFixed(1)}%`);
const total = { titles: 0, flawed: 0, counts: new Map<TitleDefect, number>() };
const rows: string[][] = [];
for (const file of files) {
  const c = JSON.parse(readFileSync(file, 'utf8')) as Chronology;
  const counts = new Map<TitleDefect, number>();
  const samples = new Map<TitleDefect, string[]>();
  let flawed = 0;
  for (const e of c.events) {
    const found = titleDefects(e.title, e.mentions[0]?.sentence.text);
    if (found.length > 0) flawed++;
    for (const d of found) {
      counts.set(d, (counts.get(d) ?? 0) + 1);
      total.counts.set(d, (total.counts.get(d) ?? 0) + 1);
      const list = samples.get(d) ?? [];
      if (list.length < examples) list.push(e.title);
      samples.set(d, list);
    }
  }
  total.titles += c.events.length;
  total.flawed += flawed;
  rows.push([
    basename(file, '.json'),
    String(c.events.length),
    pct(flawed, c.events.length),
    ...TITLE_DEFECTS.map((d) => pct(counts.get(d) ?? 0, c.events.length)),
  ]);
  for (const d of TITLE_DEFECTS)
    for (const t of samples.get(d) ?? []) console.log(`${basename(file)}\t${d}\t${t}`);
}
if (files.length > 1)
  rows.push([
    'all',
    String(total.titles),
    pct(total.flawed, total.titles),
    ...TITLE_DEFECTS.map((d) => pct(total.counts.get(d) ?? 0, total.titles)),
  ]);
const header = ['file', 'titles', 'any defect', ...TITLE_DEFECTS];
console.log(`| ${header.join(' | ')} |`);
console.log(`|${header.map(() => '---').join('|')}|`);
for (const r of rows) console.log(`| ${r.join(' | ')} |`);

const sample = Number(options.get('sample') ?? 0);
if (sample > 0) {
  const c = JSON.parse(readFileSync(files[0]!, 'utf8')) as Chronology;
  const old = options.has('compare')
    ? new Map(
        (JSON.parse(readFileSync(options.get('compare')!, 'utf8')) as Chronology).events.map((e) => [
          e.id,
          e,
        ]),
      )
    : undefined;
  let state = Number(options.get('seed') ?? 17) >>> 0;
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const picked = new Set<number>();
  while (picked.size < Math.min(sample, c.events.length)) picked.add(Math.floor(random() * c.events.length));
  let n = 0;
  for (const i of [...picked].sort((a, b) => a - b)) {
    const e = c.events[i]!;
    console.log(`\n${++n}. [${e.id}] ${e.title}`);
    if (old) console.log(`   before: ${old.get(e.id)?.title ?? '(no event of this id)'}`);
    console.log(`   defects: ${titleDefects(e.title, e.mentions[0]?.sentence.text).join(', ') || '–'}`);
    console.log(`   sentence: ${e.mentions[0]?.sentence.text.replace(/\s+/g, ' ').slice(0, 300)}`);
  }
}
