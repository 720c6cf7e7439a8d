/**
 * Builds the event-trigger model: `npm run build:triggers -- DIR [DIR…] [-o FILE]`.
 * Reads every `.tml` file under each DIR (TempEval-3's TBAQ-cleaned TimeBank and AQUAINT),
 * labels wink-nlp tokens by overlap with the gold EVENT spans, fits the trigger and class
 * regressions (threshold by inner cross-validation) and writes src/events/triggers/triggerModel.json.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildTriggerModel, DEFAULT_BUILD, labelDocument } from '../src/events/triggers/train/buildModel.ts';
import { loadSenseGroups } from '../src/events/triggers/train/loadWordNet.ts';
import { loadTimeMLCorpus } from './tempeval/loadTimeMLCorpus.ts';

const args = process.argv.slice(2);
const outAt = args.indexOf('-o');
const out = outAt >= 0 ? args.splice(outAt, 2)[1]! : 'src/events/triggers/triggerModel.json';
if (args.length === 0) {
  console.error('usage: build-triggers DIR [DIR…] [-o FILE]');
  process.exit(2);
}
const started = performance.now();
const documents = args.flatMap((dir) => loadTimeMLCorpus(resolve(dir))).map(labelDocument);
const model = buildTriggerModel(documents, DEFAULT_BUILD, loadSenseGroups());
const json = `${JSON.stringify(model, null, 2)}\n`;
writeFileSync(out, json);
// Leave the file as the formatter wants it, so `npm run lint` passes on a fresh build.
execFileSync('node_modules/.bin/biome', ['format', '--write', out], { stdio: 'ignore' });
const size = readFileSync(out).length;
const weights = Object.values(model.event).reduce((n, table) => n + table.split(' ').length, 0);
console.log(
  `${out}: ${(size / 1024).toFixed(0)} KB, ${weights} event weights, threshold ${model.threshold},`,
  `inner-CV token F1 ${model.info.innerTokenF1}, ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
