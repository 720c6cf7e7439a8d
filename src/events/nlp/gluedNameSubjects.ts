import { firstTokenAt, knownWord, type Token } from './annotate.ts';
import { captionBefore, isPlural } from './gluedSubjects.ts';

/**
 * Verbs whose object may be a clause with a subject of its own, or a hearer before one: after them
 * a capitalized subject goes on the same sentence ("activists say Syrian forces are bombarding …",
 * "told reporters Syrian troops had crossed …", "saying Russian specialists were …").
 */
const CLAUSE_VERB =
  /^(?:say|tell|warn|believe|think|fear|claim|insist|suggest|show|know|hope|argue|report|add|deny|admit|confirm|announce|estimate|mean|feel|expect|accept|acknowledge|note|predict|assume|agree|understand|realise|realize|doubt|indicate|allege|state|reveal|find|see|hear|learn|ensure|make|let|help|have|watch|notice|explain|write|suspect|prove|ask|urge|order|want|demand|remind|promise|assure|inform|guess|imagine|recall|recognise|recognize|discover|decide|emphasise|emphasize|stress|concede|contend|maintain|mention|reckon|signal|observe|conclude|calculate|figure|wish|be|become|call|name|elect|appoint|consider)$/;

/** A word with a capital and nothing but letters after it ("Middle", "Gulf", "The"); not "US" nor "I". */
const TITLE_CASE = /^\p{Lu}\p{Ll}[\p{L}'’-]*$/u;

/**
 * Where a subject of capitalized words, its plural noun and its verb open a sentence glued to a clause
 * before them: "Protests against President Bashar al-Assad have been growing | Middle Eastern papers
 * generally welcome …", "… more likely to die | The Canadian cases were recorded …", "… in support
 * of the protesters | More Gulf Arab nations have withdrawn …", "… from where shellfire was coming |
 * Unconfirmed reports say …". The word before is a noun or a verb in small letters that ends the
 * clause (no preposition, article, number or adjective, which would govern the words after it, and
 * no verb of saying or thinking, whose object a clause may be, nor its hearer: "told reporters |
 * Syrian troops had …"), and the piece before has a verb of its own (`captionBefore`). Companion of
 * `gluedSubjectStarts`, which takes one capitalized common word after a noun.
 */
export function gluedNameSubjectStarts(
  text: string,
  from: number,
  to: number,
  tokens: readonly Token[],
): number[] {
  const out: number[] = [];
  const first = Math.max(2, firstTokenAt(tokens, from));
  for (let i = first; i < tokens.length - 2 && tokens[i]!.start < to; i++) {
    const t = tokens[i]!;
    const prev = tokens[i - 1]!;
    if (!TITLE_CASE.test(t.text) || !/^\p{Ll}+$/u.test(prev.text) || text.slice(prev.end, t.start) !== ' ')
      continue;
    if (prev.pos !== 'NOUN' && prev.pos !== 'VERB') continue;
    if (prev.pos === 'VERB' && CLAUSE_VERB.test(prev.lemma)) continue;
    // (A word the lexicon knows: not a name's letters the page split, "J ustice Department lawyers".)
    if (!knownWord(prev.text)) continue;
    // A participle ends a clause after its auxiliary ("have been growing |", "was coming |"); else it
    // describes the name after it ("when retreating Iraqi forces destroyed …").
    if (prev.pos === 'VERB' && /(?:ing|ed)$/.test(prev.text) && tokens[i - 2]?.pos !== 'AUX') continue;
    // (A hearer after a verb of saying: "told reporters | Syrian troops …", "told the crowd | …".)
    const hearerOf = tokens[i - 2]?.pos === 'DET' ? tokens[i - 3] : tokens[i - 2];
    if (prev.pos === 'NOUN' && hearerOf?.pos === 'VERB' && CLAUSE_VERB.test(hearerOf.lemma)) continue;
    // The subject: up to four capitalized words, then its plural noun, perhaps an adverb, then its verb.
    let j = i;
    while (j < i + 4 && j < tokens.length && TITLE_CASE.test(tokens[j]!.text)) j++;
    const noun = tokens[j];
    if (!noun || !isPlural(noun)) continue;
    let k = j + 1;
    if (tokens[k]?.pos === 'ADV') k++;
    const verb = tokens[k];
    // (A verb the tagger took for an adjective shows by the article after it: "generally welcome/ADJ the …".)
    const finite =
      verb &&
      (verb.pos === 'AUX' ||
        (verb.pos === 'VERB' && !/ing$/.test(verb.text)) ||
        (verb.pos === 'ADJ' && tokens[k + 1]?.pos === 'DET'));
    if (!finite) continue;
    if (captionBefore(text, from, tokens, i)) out.push(t.start);
  }
  return out;
}
