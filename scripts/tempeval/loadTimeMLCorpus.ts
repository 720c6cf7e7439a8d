import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readTimeML, type TimeMLDocument } from '../../src/temporal/eval/readTimeML.ts';

/** Every `.tml` file under `dir` (recursively), read as TimeML, in path order. */
export function loadTimeMLCorpus(dir: string): TimeMLDocument[] {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.tml'))
    .sort();
  return files.map((name) => readTimeML(readFileSync(join(dir, name), 'utf8')));
}
