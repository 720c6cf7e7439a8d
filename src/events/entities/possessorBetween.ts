import type { Token } from '../nlp/annotate.ts';
import type { Sentence } from '../nlp/segmentSentences.ts';
import { givenNameSex } from './givenNames.ts';
import { type Kind, keyOf, type People } from './people.ts';

/** A possessive's mark after a name or noun ("Jackson's", "Reynolds'"). */
const MARK = /^['’]s?$/;

/** The sex of a surname the article puts after a given name of one sex ("Michael Jackson"), if any. */
function givenNamedSex(sentences: readonly Sentence[], key: string): 'male' | 'female' | undefined {
  const sexes = new Set<'male' | 'female'>();
  for (const s of sentences)
    s.tokens.forEach((t, i) => {
      const before = s.tokens[i - 1];
      const sex = before && keyOf(t.text) === key ? givenNameSex(before.text) : undefined;
      if (sex) sexes.add(sex);
    });
  return sexes.size === 1 ? [...sexes][0] : undefined;
}

/**
 * Whether a person of the pronoun's sex is named as a possessor ("Jackson's bedroom") nearer the
 * pronoun than the candidate found: after it in the pronoun's own sentence ("Mr Alvarez was the
 * first person to reach Jackson's bedroom after his doctor called for help": "his" is Jackson's as
 * likely as Alvarez's), or in a sentence after the one it is named in ("Gennaro Castaldo … told the
 * BBC …. Jackson's albums have dominated sales …. Earlier on Sunday his songs topped …"). Not one
 * named in the found one's own sentence before ("Erdogan said Ankara had run out of patience with
 * President Assad's regime. He announced …": the subject comes first). A person is one the
 * article knows, or one it names after a given name of the pronoun's sex ("Michael Jackson").
 */
export function personPossessorBetween(
  sentences: readonly Sentence[],
  found: { readonly start: number; readonly end: number; readonly surname?: string },
  pronoun: { readonly start: number },
  kind: Kind,
  people: People,
): boolean {
  if (kind !== 'male' && kind !== 'female') return false;
  const other = kind === 'male' ? 'female' : 'male';
  const within = (x: Sentence, at: number) => x.start <= at && at <= x.end;
  const foundIn = sentences.find((x) => within(x, found.start));
  const ownIn = sentences.find((x) => within(x, pronoun.start));
  if (!foundIn || !ownIn) return false;
  const near = (t: Token) =>
    t.start < pronoun.start && (t.start >= foundIn.end || (foundIn === ownIn && t.start >= found.end));
  const same = (key: string) =>
    key === found.surname ||
    (found.surname !== undefined && people.fullest.get(key) === people.fullest.get(found.surname));
  const possessor = (tokens: readonly Token[], i: number) => {
    const t = tokens[i]!;
    if (!MARK.test(tokens[i + 1]?.text ?? '') || t.pos !== 'PROPN' || !near(t)) return false;
    const key = keyOf(t.text);
    if (same(key)) return false;
    if (people.fullest.has(key)) return people.gender.get(key) !== other;
    return givenNamedSex(sentences, key) === kind;
  };
  for (let i = foundIn.index; i <= ownIn.index; i++) {
    const s = sentences[i]!;
    if (s.tokens.some((_, j) => possessor(s.tokens, j))) return true;
  }
  return false;
}
