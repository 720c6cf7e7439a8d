import type { Clause } from '../clauses/splitClauses.ts';
import type { Token } from '../nlp/annotate.ts';

/** Prepositions of a phrase that opens a clause and holds the noun of words ("In a statement issued …"). */
const OPENING_PREPOSITIONS = /^(?:in|on|at|with|through|via|during|from|by)$/i;
/** What carries words: its date is the date of what the main verb says ("a statement issued"). */
const MESSAGES =
  /^(?:statement|message|interview|speech|letter|video|broadcast|address|communique|comments|remarks|post|tweet|posting|announcement|decree|declaration|briefing|report|reports|study|studies|figures|data|survey|poll|findings|results|document|documents|paper)$/i;

/**
 * The main verb the participle at `k` leads to when it describes a noun of words: after the phrase
 * that opens the clause ("In a statement issued on Friday, the ministry said"), or inside the
 * subject ("A study published in Science on Monday estimated", "Figures issued this week showed");
 * else undefined. Research "carried out in May" dates the research, not what follows.
 */
export function frontedParticiple(
  tokens: readonly Token[],
  clause: Clause,
  k: number,
  skipped: (i: number) => boolean,
): number | undefined {
  const t = tokens[k]!;
  let next = k + 1;
  while (next < clause.to && skipped(next)) next++;
  if (
    t.pos !== 'VERB' ||
    clause.kind !== 'main' ||
    !MESSAGES.test(tokens[k - 1]?.text ?? '') ||
    // (A participle, regular or not: "issued", "made public", "sent".)
    !(/(?:ed|en|wn)$/i.test(t.text) || (t.lemma !== t.text.toLowerCase() && !/(?:ing|s)$/i.test(t.text))) ||
    /^(?:DET|NOUN|PROPN|PRON)$/.test(tokens[next]?.pos ?? '')
  )
    return undefined;
  const opening =
    OPENING_PREPOSITIONS.test(tokens[clause.from]!.text) && tokens[clause.from + 1]?.pos === 'DET';
  let comma = k + 1;
  while (comma < clause.to && tokens[comma]!.text !== ',') {
    if (/^(?:VERB|AUX)$/.test(tokens[comma]!.pos)) {
      // Inside the subject: the participle's own phrase, then the clause's verb.
      const own = tokens
        .slice(k + 1, comma)
        .every((x, n) => skipped(k + 1 + n) || /^(?:ADP|DET|ADJ|NOUN|PROPN|NUM|ADV)$/.test(x.pos));
      // (An irregular form only on the opening path: "Unconfirmed reports said six soldiers were killed".)
      const regular = /(?:ed|en|wn)$/i.test(t.text);
      return !opening && own && regular && tokens[comma - 1]?.text.toLowerCase() !== 'to' ? comma : undefined;
    }
    comma++;
  }
  if (!opening) return undefined;
  for (let i = comma + 1; i < clause.to; i++) {
    // Past an apposition to the subject ("Mr Hussameddin, one of two deputy ministers, accused").
    if (tokens[i]!.pos === 'VERB' && tokens[i - 1]?.text.toLowerCase() !== 'to') return i;
  }
  return undefined;
}
