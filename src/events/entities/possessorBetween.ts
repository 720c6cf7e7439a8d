import type { Token } from '../nlp/annotate.ts';
import type { Sentence } from '../nlp/segmentSentences.ts';
import type { Candidate } from './candidates.ts';
import { givenNameSex } from './givenNames.ts';
import { type Kind, keyOf, type People } from './people.ts';

const DAY =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;

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

/**
 * Whether a sentence speaks of a thing as a possessor, and which: a name no person's nor place's,
 * or "the <noun>", before "'s". The thing such a name is ("The Arab League's committee on Syria
 * issued its statement. It said …": the League; "BP's share price ended 1.54 percent lower. Earlier
 * in the day, it announced …": BP), null for a noun or a name no candidate is ("The
 * company's shares finished up 7.2% on the London Stock Exchange. Its share price has almost
 * halved": the company, not the exchange; no name to show), undefined when none stands there.
 * The sentence's other things named elsewhere than as its subject are none a later "it" takes.
 */
export function possessorTopic(
  s: Sentence,
  offered: readonly Candidate[],
  people: People,
  isPlace: (t: Token) => boolean,
): Candidate | null | undefined {
  const at = s.tokens.find((t, i) => {
    if (!MARK.test(s.tokens[i + 1]?.text ?? '')) return false;
    // (Not a day's: "the failure last week of British Petroleum's top kill", "Tuesday's vote".)
    if (t.pos === 'PROPN') return !people.fullest.has(keyOf(t.text)) && !isPlace(t) && !DAY.test(t.text);
    return t.pos === 'NOUN' && s.tokens[i - 1]?.pos === 'DET' && !/s$/i.test(t.text);
  });
  if (!at) return undefined;
  if (at.pos !== 'PROPN') return null;
  const offer = offered.find((c) => c.start <= at.start && at.end <= c.end);
  if (offer) return offer.kind === 'thing' ? offer : null;
  // ("BP's survival as an independent company is now being openly discussed. Its share price …":
  // the name's run, up to the possessor, when no candidate holds it.)
  let from = s.tokens.indexOf(at);
  while (s.tokens[from - 1]?.pos === 'PROPN') from--;
  const first = s.tokens[from]!;
  return { kind: 'thing', start: first.start, end: at.end, last: at.text.toLowerCase(), subject: false };
}
