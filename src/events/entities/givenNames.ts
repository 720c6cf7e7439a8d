import names from './givenNames.json';

/** English given names of one sex only, built by `scripts/build-given-names.ts`. */
const MALE = new Set(names.male.split(' '));
const FEMALE = new Set(names.female.split(' '));

/**
 * The sex a given name tells ("Derek" a man's, "Jane" a woman's), or undefined for a name of
 * either ("Alex") or none the lists hold ("Jovenel").
 */
export function givenNameSex(word: string): 'male' | 'female' | undefined {
  return MALE.has(word) ? 'male' : FEMALE.has(word) ? 'female' : undefined;
}
