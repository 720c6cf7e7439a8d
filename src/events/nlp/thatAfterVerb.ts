import { retagged, type Token } from './token.ts';

/**
 * "that" after a verb, read from what follows it. "to reach that capacity until mid-July": "that" right after a verb, before a noun that ends its
 * phrase (a preposition or the end after it), is a determiner, not the "that" of a clause ("said
 * that capacity was …", a verb after the noun).
 */
export function demonstrativeThat(tokens: Token[]): Token[] {
  for (let i = 1; i + 2 < tokens.length; i++) {
    const t = tokens[i]!;
    if (
      t.pos === 'SCONJ' &&
      /^that$/i.test(t.text) &&
      tokens[i - 1]!.pos === 'VERB' &&
      !/^(?:say|tell|report|announce|claim|believe|think|know|add|warn|insist|confirm|deny|suggest|show|reveal|agree|decide|ensure|mean|find|learn|fear|hope|expect)$/.test(
        tokens[i - 1]!.lemma,
      ) &&
      tokens[i + 1]!.pos === 'NOUN' &&
      /^(?:ADP|PUNCT)$/.test(tokens[i + 2]!.pos)
    )
      tokens[i] = retagged(t, 'DET');
    // "Officials said that fighting in Homs continued": after a verb of saying, a "that" the tagger
    // took for a pronoun before a noun phrase or a gerund opens the words said ("said that was
    // wrong", a verb after it, keeps its pronoun).
    else if (
      t.pos === 'PRON' &&
      /^that$/i.test(t.text) &&
      tokens[i - 1]!.pos === 'VERB' &&
      /^(?:say|tell|report|announce|claim|believe|think|warn|insist|confirm|deny|suggest|reveal|add)$/.test(
        tokens[i - 1]!.lemma,
      ) &&
      (/^(?:DET|NOUN|PROPN|ADJ|NUM)$/.test(tokens[i + 1]!.pos) ||
        (tokens[i + 1]!.pos === 'VERB' && /ing$/i.test(tokens[i + 1]!.text)))
    )
      tokens[i] = retagged(t, 'SCONJ');
  }
  return tokens;
}
