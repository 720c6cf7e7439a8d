import type { Span } from '../../model/chronology.ts';
import type { Token } from '../nlp/annotate.ts';
import type { Sentence } from '../nlp/segmentSentences.ts';
import { lookBack, runsOf, spanOf } from './lookBack.ts';
import { personNoun } from './people.ts';

/** How many sentences before the description's own are searched for the fuller one (its own is searched too). */
const LOOKBACK = 80;

/** Titles shortened before a name, and the nouns they stand for ("Dr Conrad Murray" is a doctor). */
export const ABBREVIATION: Readonly<Record<string, string>> = {
  Dr: 'doctor',
  Gen: 'general',
  Sen: 'senator',
  Rep: 'representative',
  Gov: 'governor',
  Capt: 'captain',
  Col: 'colonel',
  Lt: 'lieutenant',
  Adm: 'admiral',
  Prof: 'professor',
  Sgt: 'sergeant',
  Det: 'detective',
  Insp: 'inspector',
};

/** Whether a modifier tells one person from another: an age or number, a name, a nationality ("Singaporean"). */
const telling = (t: Token): boolean => /\p{N}/u.test(t.text) || /^\p{Lu}/u.test(t.text);

/**
 * Whom a title's opening "The <noun>" of a person stands for, said earlier in the article: the one
 * name the noun introduced ("pop star Michael Jackson", "Michael Jackson, the singer," → "The
 * star", "The singer"), else the one fuller description with that noun ("A 23-month-old child has
 * become the first victim …" … "The child died, according to AP" → "23-month-old child") when an
 * age, a number, a name or a nationality in it tells who. None when two names or two descriptions
 * differ ("an 84-year-old woman", "a young woman"), when the noun is no person's, or when the
 * title's noun has words after it that make it another phrase ("The official start", "The Justice
 * Department").
 */
export function describedPerson(
  sentences: readonly Sentence[],
  sentenceIndex: number,
  triggerStart: number,
  title: string,
): { words: Span; name: Span } | undefined {
  const s = sentences[sentenceIndex];
  const opening = /^the\s+(\p{Ll}+)\b/iu.exec(title);
  if (!s || !opening) return undefined;
  const head = opening[1]!;
  const { tokens } = s;
  const at = tokens.findIndex(
    (t, i) =>
      t.start < triggerStart &&
      t.text.toLowerCase() === 'the' &&
      tokens[i + 1]?.text === head &&
      tokens[i + 1]!.pos === 'NOUN' &&
      /^(?:VERB|AUX|ADV|ADP|PUNCT|PART)$/.test(tokens[i + 2]?.pos ?? ''),
  );
  if (at < 0) return undefined;
  // ("The official start of …": a bare verb after the noun is no finite verb of its subject.)
  const next = tokens[at + 2]!;
  if (next.pos === 'VERB' && next.text.toLowerCase() === next.lemma) return undefined;
  const noun = tokens[at + 1]!;
  if (noun.lemma !== head || personNoun(noun) === undefined) return undefined;
  const names = new Map<string, Span>();
  const forms = new Map<string, Span | undefined>();
  for (const { sentence: prev, own } of lookBack(sentences, sentenceIndex, LOOKBACK)) {
    const list = prev.tokens;
    const stop = own ? at : list.length;
    // "pop star Michael Jackson", "Michael Jackson, the singer,": a name the noun introduces.
    for (const [run, to] of runsOf(prev)) {
      // ("Judge Michael Pastor": the title in capitals inside the run.)
      const word = list[run]!.text.replace(/\.$/, '');
      const titled = word.toLowerCase() === head || ABBREVIATION[word] === head;
      const from = titled ? run + 1 : run;
      // (A surname alone after the title counts too: "Dr Murray" is another doctor than "Dr Rogers".)
      if (from >= stop || to - from < (titled ? 1 : 2)) continue;
      const before = titled || list[from - 1]?.text.toLowerCase() === head;
      const after =
        list[to]?.text === ',' &&
        /^(?:a|an|the)$/i.test(list[to + 1]?.text ?? '') &&
        list
          .slice(to + 2, to + 6)
          .some((t, n) => t.text === head && /^[,.]$/.test(list[to + 3 + n]?.text ?? ''));
      // (One person by the surname: "Dr Rogers" is "Dr Christopher Rogers", the fuller form kept.)
      const name = spanOf(prev, to - from >= 2 ? from : run, to);
      const surname = list[to - 1]!.text;
      if ((before || after) && (to - from >= 2 || !names.has(surname)))
        names.set(surname, to - from >= 2 ? name : (names.get(surname) ?? name));
    }
    for (let k = 0; k < stop; k++) {
      if (list[k]!.text !== head || list[k]!.pos !== 'NOUN' || list[k + 1]?.pos === 'NOUN') continue;
      let from = k;
      while (from > 0 && /^(?:ADJ|NOUN|NUM|PROPN)$/.test(list[from - 1]!.pos)) from--;
      // ("a 23-month-old child", "the 84-year-old woman"; not "his child", "Syria's children".)
      if (from === k || !/^(?:a|an|the)$/i.test(list[from - 1]?.text ?? '')) continue;
      const form = spanOf(prev, from, k + 1);
      forms.set(form.text.toLowerCase(), list.slice(from, k).some(telling) ? form : undefined);
    }
  }
  const words = spanOf(s, at, at + 2);
  if (names.size === 1) return { words, name: [...names.values()][0]! };
  const [form] = forms.values();
  return names.size === 0 && forms.size === 1 && form ? { words, name: form } : undefined;
}
