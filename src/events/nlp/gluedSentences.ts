import type { Token } from './annotate.ts';

/** Words that open a sentence and seldom stand capitalized inside one. */
const OPENER =
  /^(?:The|A|An|There|It|He|She|They|We|This|These|But|In|His|Her|Their|More|Most|Many|Some|Several|Meanwhile|However|Earlier|Later|After|When|While)$/;
/**
 * Words after which a capitalized opener is still the same sentence: prepositions, verbs of naming
 * and reading ("told The Independent", "in The Hague"), and labels ("point A", "Plan A", "type A").
 */
const STAYS =
  /^(?:in|of|to|told|from|by|on|at|with|for|and|or|nor|but|said|says|reported|called|named|read|see|like|about|via|is|was|are|were|be|been|that|the|a|an|plan|point|type|grade|vitamin|class|section|part|phase|category|group|gate|block|level|row|exhibit|appendix|annex|stage)$/i;

/**
 * Offsets where a sentence starts although no punctuation ends the one before: scraped pages glue
 * captions, headlines and list items to the text ("… bombarded for weeks The Red Cross has been …",
 * "… the northern city of Aleppo The UK said …", "… Russia and China There were …"). A
 * capitalized opener after a word that ends without punctuation starts a sentence when the next word
 * is lower-case ("The two", "There were"); before a name ("The Red Cross") only "The" does, and only
 * after a noun, a name or a number, so "told The Associated Press" and "On The Road" stay whole.
 */
export function gluedStarts(text: string, from: number, to: number, tokens: readonly Token[]): number[] {
  const out: number[] = [];
  const re = /(?<=[\p{L}\d])( )([A-Z][a-z]*)( )(\p{L})/gu;
  re.lastIndex = from;
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
    const at = m.index + 1;
    re.lastIndex = at;
    const opener = m[2]!;
    if (!OPENER.test(opener)) continue;
    const prevWord = /[\p{L}\d'’.-]+$/u.exec(text.slice(Math.max(from, at - 40), at - 1))?.[0] ?? '';
    if (prevWord === '' || STAYS.test(prevWord) || /[.'’-]$/.test(prevWord)) continue;
    const next = m[4]!;
    if (next === next.toLowerCase()) {
      if (opener === 'A' && /^(?:to|and|or)\b/.test(text.slice(at + 2, at + 6))) continue;
      out.push(at);
      continue;
    }
    if (opener !== 'The') continue;
    const prev = tokenEndingAt(tokens, at - 1);
    if (prev && (prev.pos === 'NOUN' || prev.pos === 'PROPN' || prev.pos === 'NUM')) out.push(at);
  }
  return out;
}

/** The token that ends at `end`, by binary search over tokens in text order. */
function tokenEndingAt(tokens: readonly Token[], end: number): Token | undefined {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end < end) lo = mid + 1;
    else hi = mid;
  }
  return tokens[lo]?.end === end ? tokens[lo] : undefined;
}
