/**
 * TempEval-3 Task B event extraction, cross-validated: `npm run score:events -- DIR [DIR…]`.
 * Deals the documents of all DIRs into 10 folds; for each fold, builds a trigger model from the
 * other nine exactly as `build-triggers` does, runs `findTriggers` on each sentence of the held-out
 * documents and matches triggers to gold EVENTs by overlap (TE3 relaxed matching). Prints P/R/F1
 * and the class attribute per DIR and overall, beside ATT1, then the committed model's decisions
 * on a few phrases with event words outside any hand list.
 */
import { basename, resolve } from 'node:path';
import { annotate } from '../src/events/nlp/annotate.ts';
import {
  addEventCounts,
  type EventCounts,
  eventScores,
  matchEvents,
  NO_EVENTS,
} from '../src/events/triggers/eval/matchEvents.ts';
import { eventClassOf, findTriggers, triggerScore } from '../src/events/triggers/findTriggers.ts';
import { compileModel } from '../src/events/triggers/model.ts';
import {
  buildTriggerModel,
  DEFAULT_BUILD,
  inFold,
  labelDocument,
} from '../src/events/triggers/train/buildModel.ts';
import { loadSenseGroups } from '../src/events/triggers/train/loadWordNet.ts';
import { loadTimeMLCorpus } from './tempeval/loadTimeMLCorpus.ts';

const FOLDS = 10;
const dirs = process.argv.slice(2);
if (dirs.length === 0) {
  console.error('usage: score-events DIR [DIR…]');
  process.exit(2);
}
const started = performance.now();
const corpora = dirs.map((dir) => ({ name: basename(resolve(dir)), docs: loadTimeMLCorpus(resolve(dir)) }));
const docs = corpora.flatMap((c) =>
  c.docs.map((doc) => ({ corpus: c.name, doc, sentences: labelDocument(doc) })),
);
const senses = loadSenseGroups();
const totals = new Map<string, EventCounts>();
for (let fold = 0; fold < FOLDS; fold++) {
  const train = docs.filter((_, d) => !inFold(d, fold, FOLDS)).map((d) => d.sentences);
  const model = compileModel(buildTriggerModel(train, DEFAULT_BUILD, senses));
  docs.forEach(({ corpus, doc, sentences }, d) => {
    if (!inFold(d, fold, FOLDS)) return;
    const predicted = sentences.flatMap((s) => findTriggers(s.tokens, model));
    const counts = matchEvents(doc.events, predicted);
    totals.set(corpus, addEventCounts(totals.get(corpus) ?? NO_EVENTS, counts));
    totals.set('overall', addEventCounts(totals.get('overall') ?? NO_EVENTS, counts));
  });
}

const pct = (x: number) => (x * 100).toFixed(2).padStart(6);
console.log(`Task B event extraction, ${FOLDS}-fold CV by document (relaxed overlap matching)`);
console.log(
  `${'corpus'.padEnd(10)} ${'gold'.padStart(6)} ${'sys'.padStart(6)}      P      R     F1 | class acc     F1`,
);
for (const [name, c] of [...totals]
  .filter(([n]) => n !== 'overall')
  .concat([['overall', totals.get('overall')!]])) {
  const s = eventScores(c);
  console.log(
    `${name.padEnd(10)} ${String(c.gold).padStart(6)} ${String(c.system).padStart(6)} ${pct(s.precision)} ${pct(s.recall)} ${pct(s.f1)} |    ${pct(s.classAccuracy)} ${pct(s.classF1)}`,
  );
}
console.log(`${'ATT1 (TE3 test set)'.padEnd(24)}  81.44  80.67  81.05 |           71.88`);
console.log(`(${((performance.now() - started) / 1000).toFixed(1)} s)\n`);

console.log('Committed model on phrases (token: P(event), class; * = trigger):');
for (const phrase of [
  'Fighting broke out on Wednesday.',
  'They ended the combat.',
  'The blockade was lifted.',
  'The evacuation of Kabul continued.',
  'The attack killed 21 people.',
  'The minister said the government would resign.',
]) {
  const { tokens } = annotate(phrase);
  const found = findTriggers(tokens);
  const shown = tokens.map((t, i) => {
    const hit = found.find((f) => f.index === i);
    const mark = hit ? `*${hit.text}` : t.text;
    return `${mark}/${t.pos} ${triggerScore(tokens, i).toFixed(2)}${hit ? ` ${eventClassOf(tokens, i)}` : ''}`;
  });
  console.log(`  ${phrase}\n    ${shown.join(', ')}`);
}
