import type { TemporalExpression } from '../../model/timex.ts';
import { CLAUSE_VERBS } from '../clauses/clauseVerbs.ts';
import type { Token } from '../nlp/token.ts';
import { tokenRange, toldAsPast } from './attachTimex.ts';
import { PERIOD } from './periodEnded.ts';

/** Where a phrase set off in the sentence ends: a comma, semicolon, colon or dash. */
const PHRASE_STOP = /^(?:,|;|:|-|–|—|--)$/;

/** Words between a participle and its date: a particle, prepositions and their nouns ("carried out on", "signed in Doha in"). */
const BETWEEN = /^(?:ADP|PART|ADV|DET|ADJ|NUM|NOUN|PROPN)$/;

/** Words of the noun phrase a participle follows ("the Doha agreement", "Kenya's 2007 election"). */
export const NOUN_PHRASE = /^(?:DET|ADJ|NUM|NOUN|PROPN|PART)$/;

/**
 * A participle after its noun, as a relative clause without its relative word, and a date of its
 * own: "condemned the strike as a violation of the Doha agreement | signed in February 2020",
 * "Relatives buried the soldiers | killed last week in Helmand", "the law | passed in 2021 |
 * remained in force". Like a relative clause's, the date is the time of the participle's happening
 * (what the noun underwent), not of the verb the noun phrase belongs to. Returns the phrase, from
 * its noun to a comma, dash or the sentence's end (or the finite verb after it, when the phrase is a
 * subject), as token indices, and `noun`, where the noun phrase opens (after the preposition or
 * verb that governs it); undefined when the date stands in no such phrase.
 *
 * A past form after a noun is the clause's own verb as often ("Officials said troops arrived on
 * Sunday"), so the noun phrase must be a preposition's object or a verb's, and not a verb of saying
 * or thinking whose clause it opens; or the phrase must be followed by the finite verb it is the
 * subject of. No object follows the participle: "troops killed 20 militants last week" is a clause.
 */
export function reducedRelativeOf(
  p: { readonly s: { readonly tokens: readonly Token[] } },
  t: Pick<TemporalExpression, 'start' | 'end'>,
): { readonly from: number; readonly to: number; readonly noun: number } | undefined {
  const { tokens } = p.s;
  const [first, last] = tokenRange(tokens, t.start, t.end);
  if (first >= tokens.length) return undefined;
  let v = first - 1;
  while (v > 0 && first - v <= 6 && BETWEEN.test(tokens[v]!.pos)) v--;
  if (v <= 0 || first - v > 6 || !participleAfterNoun(tokens, v)) return undefined;
  // (A period the date ends is no happening's noun: "For the six months ended Aug. 31", periodEnded.ts.)
  if (tokens[v]!.lemma === 'end' && PERIOD.test(tokens[v - 1]!.text)) return undefined;
  // (No object after the participle: the date, or a particle, adverb or preposition, comes first.)
  if (v + 1 < first && !/^(?:ADP|PART|ADV)$/.test(tokens[v + 1]!.pos)) return undefined;
  let k = v - 1;
  while (k > 0 && NOUN_PHRASE.test(tokens[k]!.pos)) k--;
  const governor = tokens[k]!;
  const governed =
    governor.pos === 'ADP' ||
    (governor.pos === 'VERB' && !CLAUSE_VERBS.test(governor.lemma) && tokens[k + 1]?.pos === 'DET');
  // (A date after "for" is the time a plan sets for the noun, not of its participle: "concerts in
  // London scheduled for July".)
  if (/^for$/i.test(tokens[first - 1]?.text ?? '')) return undefined;
  // The phrase ends at a comma or dash, or at the verb it is the subject of; a subordinate clause
  // after it ("exploded last Friday | as crude was being unloaded") holds no verb of its subject.
  let to = last;
  while (
    to < tokens.length &&
    !PHRASE_STOP.test(tokens[to]!.text) &&
    !finiteAt(tokens, to) &&
    tokens[to]!.pos !== 'SCONJ' &&
    tokens[to]!.pos !== 'CCONJ' &&
    !/^(?:as|when|while|after|before|because|since|until|if)$/i.test(tokens[to]!.text)
  )
    to++;
  // A subject's phrase needs the finite verb it is the subject of, after it and not past "and": what
  // follows "and" may be a participle joined to it ("Pictures taken … over the weekend and posted on
  // the Internet suggested") or a second clause ("The bomb exploded on Sunday and police …").
  if (!governed && !(to < tokens.length && finiteAt(tokens, to))) return undefined;
  return { from: v - 1, to, noun: NOUN_PHRASE.test(governor.pos) ? k : k + 1 };
}

/** Whether `v` is a past participle with no auxiliary, right after a noun ("the agreement signed"). */
function participleAfterNoun(tokens: readonly Token[], v: number): boolean {
  const x = tokens[v]!;
  if (x.pos !== 'VERB' || !/(?:ed|en|wn|nt|ung|ught)$/i.test(x.text) || !toldAsPast(tokens, v)) return false;
  return /^(?:NOUN|PROPN)$/.test(tokens[v - 1]?.pos ?? '');
}

/** A finite verb or auxiliary at `i` ("remained", "were"), not an "-ing" form or an infinitive. */
function finiteAt(tokens: readonly Token[], i: number): boolean {
  const x = tokens[i]!;
  return (
    (x.pos === 'AUX' || (x.pos === 'VERB' && x.text.toLowerCase() !== x.lemma)) &&
    !/ing$/i.test(x.text) &&
    tokens[i - 1]?.text.toLowerCase() !== 'to'
  );
}
