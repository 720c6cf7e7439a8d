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
  // `… the flames of defiance"Two people were killed`: a closing quotation mark glued to a
  // capitalized word that opens a clause (an odd count of marks before it closes a quotation).
  const quote = /(?<=[\p{L}.,!?])["”](?=\p{Lu}\p{Ll})/gu;
  quote.lastIndex = from;
  for (let m = quote.exec(text); m && m.index < to; m = quote.exec(text)) {
    const marks = (text.slice(from, m.index).match(/["“”]/g) ?? []).length;
    if (marks % 2 === 1 && /^\p{Lu}\p{Ll}+\s+\p{Ll}/u.test(text.slice(m.index + 1, m.index + 30)))
      out.push(m.index + 1);
  }
  // `… districts of Aleppo three weeks ago"We have staged a withdrawal`: an opening quotation mark
  // glued to a word that is no preposition or article, before a capitalized word that opens a clause.
  const opening = /(?<=[\p{L}\d])["“](?=\p{Lu}\p{Ll}*\s+\p{Ll})/gu;
  opening.lastIndex = from;
  for (let m = opening.exec(text); m && m.index < to; m = opening.exec(text)) {
    const marks = (text.slice(from, m.index).match(/["“”]/g) ?? []).length;
    const prevWord = /[\p{L}\d'’.-]+$/u.exec(text.slice(Math.max(from, m.index - 40), m.index))?.[0] ?? '';
    if (marks % 2 === 0 && !STAYS.test(prevWord)) out.push(m.index);
  }
  return out.sort((a, b) => a - b);
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

/** Words before a name that keep it in the same sentence: times ("Last week President Obama said"). */
const TIME_WORDS =
  /^(?:week|month|year|yesterday|today|tonight|night|morning|afternoon|evening|weekend|ago|earlier|later)$/i;

/**
 * Where the lead starts when a scraped page glues its headline to it without a period ("Annan
 * demands Syrian government begins ceasefire 'now' Activists said at least 20 people …",
 * "Impasse at UN Security Council debate on Syria violence US Secretary of State Hillary Clinton
 * says …"): within the first sentence of an article, a capitalized word after a lower-case content
 * word or a closing quote, opening a subject that a verb follows within a few words.
 */
export function headlineEnd(text: string, from: number, tokens: readonly Token[]): number | undefined {
  const stop = text.slice(from, from + 250).search(/[.!?]/);
  const to = from + (stop < 0 ? 250 : stop);
  let i = tokens.findIndex((t) => t.start >= from);
  if (i < 0) return undefined;
  const first = i;
  for (i = first + 3; i < tokens.length && tokens[i]!.start < to; i++) {
    const t = tokens[i]!;
    const prev = tokens[i - 1]!;
    if (!/^\p{Lu}/u.test(t.text) || !(t.pos === 'PROPN' || t.pos === 'NOUN')) continue;
    const afterQuote = /^['’"”]$/.test(prev.text) && prev.start > tokens[i - 2]!.end;
    const afterWord =
      /^\p{Ll}/u.test(prev.text) &&
      (prev.pos === 'NOUN' || prev.pos === 'ADV') &&
      !TIME_WORDS.test(prev.text) &&
      // "cement contractor Halliburton said", "actor Brad Pitt": a role before a name.
      !/(?:or|er|ist|yst|man|men|ive|ant|ent|ian|oy|ate|ary|ief|ial|ead|ague|daughter|son|wife|husband|role|star)s?$/i.test(
        prev.text,
      ) &&
      !/^(?:how|what|why|where|when|who)$/i.test(prev.text) &&
      !/(?:ing|-\p{L}+)$/u.test(prev.text) &&
      prev.end < t.start;
    if (!afterQuote && !afterWord) continue;
    for (let j = i + 1; j < Math.min(tokens.length, i + 9); j++) {
      const u = tokens[j]!;
      if (u.pos === 'VERB' || u.pos === 'AUX') return j > i ? t.start : undefined;
      if (!(u.pos === 'PROPN' || u.pos === 'NOUN' || /^(?:of|for)$/i.test(u.text))) break;
    }
  }
  return undefined;
}
