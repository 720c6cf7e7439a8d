import type { TemporalExpression } from '../../model/timex.ts';
import type { SentenceParse } from '../sentenceParse.ts';
import type { Trigger } from '../triggers/findTriggers.ts';
import { tokenRange, toldAsPast } from './attachTimex.ts';
import { coordinatedVerbs } from './coordinated.ts';

/** Verbs of beginning, going on and ending: what they begin or end happens at their date too. */
const ASPECTUAL = new Set('begin start complete finish continue resume end stop halt'.split(' '));

/**
 * The happening an aspectual verb at `x` begins, goes on with or ends, among `candidates`: "began
 * to arrive", "will begin mailing materials", "completed the acquisition". It is the next verb or
 * event noun after the verb, past "to", a determiner or modifiers (three words at most).
 */
export function aspectualComplement(
  p: SentenceParse,
  x: Trigger,
  candidates: readonly Trigger[],
): Trigger | undefined {
  if (x.pos !== 'VERB' || !ASPECTUAL.has(x.lemma)) return undefined;
  const { tokens } = p.s;
  for (let i = x.index + 1; i <= x.index + 4 && i < tokens.length; i++) {
    const found = candidates.find((t) => t.index === i);
    if (found) return found.pos === 'VERB' || found.pos === 'NOUN' ? found : undefined;
    if (!/^(?:PART|DET|ADJ|ADV|NUM)$/.test(tokens[i]!.pos)) return undefined;
  }
  return undefined;
}

/**
 * The verb of a "when" clause right after a date, among `candidates`: "a year ago, when the
 * industry enjoyed strong demand", "since August, when they traded at about $10". The clause
 * tells what happened at that date.
 */
export function whenClauseVerb(
  p: SentenceParse,
  t: TemporalExpression,
  candidates: readonly Trigger[],
): Trigger | undefined {
  const { tokens } = p.s;
  const [, b] = tokenRange(tokens, t.start, t.end);
  if (tokens[b]?.text !== ',' || tokens[b + 1]?.text.toLowerCase() !== 'when') return undefined;
  for (let i = b + 2; i < tokens.length && i <= b + 9; i++) {
    if (tokens[i]!.pos === 'PUNCT') return undefined;
    const found = candidates.find((x) => x.index === i && x.pos === 'VERB');
    if (found) return found;
  }
  return undefined;
}

/**
 * A participle a date follows right after its noun, among `candidates`: "a letter published
 * Wednesday", "the quarter ended Sept. 30", "the decision, announced Wednesday". The participle
 * only describes the noun, so it names no event of its own, but the date is the day it happened.
 */
export function participleBefore(
  p: SentenceParse,
  t: TemporalExpression,
  candidates: readonly Trigger[],
): Trigger | undefined {
  const { tokens } = p.s;
  const [a] = tokenRange(tokens, t.start, t.end);
  const k = /^(?:on|in)$/i.test(tokens[a - 1]?.text ?? '') ? a - 2 : a - 1;
  const v = tokens[k];
  const before = tokens[k - 1];
  if (v?.pos !== 'VERB' || !/(?:ed|en|wn|ne|ht|lt)$/i.test(v.text)) return undefined;
  if (!before || !/^(?:NOUN|PROPN)$/.test(before.pos)) return undefined;
  return candidates.find((x) => x.index === k);
}

/** Words that may stand between a dated event noun and the relative pronoun of its clause. */
const NOUN_PHRASE = /^(?:ADP|DET|ADJ|NOUN|PROPN|NUM)$/;

/**
 * The verbs of a relative clause that tells what a dated event noun at `noun` did, among
 * `candidates`: "the January 1998 bombing of a Birmingham abortion clinic that killed an officer
 * and maimed a nurse", "the 1988 bombing of Pan Am Flight 103, which killed 270 people". The
 * clause opens with "that" or "which" within ten words of the noun's phrase (its "of" object, a
 * place's commas); its verb is a past happening told as past, and verbs joined to it by "and" go
 * with it. "Who" speaks of a person ("the shooting of a doctor who performed abortions"), and a
 * present or a state ("that provides abortions", "which has 200 staff") is no part of the event.
 */
export function relativeOfNoun(p: SentenceParse, noun: Trigger, candidates: readonly Trigger[]): Trigger[] {
  const { tokens } = p.s;
  if (noun.pos !== 'NOUN') return [];
  let k = noun.index + 1;
  while (
    k < tokens.length &&
    k - noun.index <= 10 &&
    (NOUN_PHRASE.test(tokens[k]!.pos) ||
      // "of a Birmingham, Ala., abortion clinic": the commas of a place's name.
      (tokens[k]!.text === ',' &&
        tokens[k - 1]?.pos === 'PROPN' &&
        NOUN_PHRASE.test(tokens[k + 1]?.pos ?? '')))
  )
    k++;
  if (tokens[k]?.text === ',') k++;
  if (!/^(?:that|which)$/i.test(tokens[k]?.text ?? '')) return [];
  let v = k + 1;
  while (v < tokens.length && /^(?:ADV|AUX)$/.test(tokens[v]!.pos)) v++;
  const verb = candidates.find((x) => x.index === v && x.pos === 'VERB');
  if (!verb || !toldAsPast(tokens, v) || verb.eventClass === 'STATE' || verb.eventClass === 'I_STATE')
    return [];
  const joined = coordinatedVerbs(tokens, v).flatMap((i) =>
    candidates.filter((x) => x.index === i && x.pos === 'VERB' && toldAsPast(tokens, i)),
  );
  return [verb, ...joined];
}

/** Nouns of time a "when" clause may describe ("a time when …", "the day when …"). */
const TIME_NOUN = /^(?:time|times|day|days|year|years|moment|period|era|week|month|night|morning|age)$/i;

/** The first verb of a "when"/"while" clause opening at token `w`, and the verbs joined to it. */
function clauseVerbs(p: SentenceParse, w: number, candidates: readonly Trigger[]): Trigger[] {
  const { tokens } = p.s;
  for (let i = w + 1; i < tokens.length && i <= w + 8; i++) {
    if (tokens[i]!.pos === 'PUNCT') return [];
    const found = candidates.find((x) => x.index === i && x.pos === 'VERB');
    if (found)
      return [
        found,
        ...coordinatedVerbs(tokens, i).flatMap((k) =>
          candidates.filter((x) => x.index === k && x.pos === 'VERB'),
        ),
      ];
    if (tokens[i]!.pos === 'VERB') return [];
  }
  return [];
}

/**
 * What happens at the same time as the dated verb at `x`, among `candidates`: the verbs of a
 * "when" clause or a "while" with a participle right after its clause ("73 soldiers were killed …
 * when two military helicopters crashed last February", "was rescued Nov. 25 while clinging to an
 * inner tube"), or, for the verb of such a clause, the verb it hangs on (not a saying: "has said
 * when the test ends, BP would …"). No other verb may stand between the two; a "when" after a
 * noun of time describes that noun ("a time when the West was …"), after a preposition it asks
 * ("about when Turkey would …"), and "while" with a clause of its own contrasts ("while $898,000
 * went for Obama's bid").
 */
export function simultaneousVerbs(p: SentenceParse, x: Trigger, candidates: readonly Trigger[]): Trigger[] {
  if (x.pos !== 'VERB') return [];
  const { tokens } = p.s;
  const isWhen = (i: number) => {
    const w = tokens[i]?.text.toLowerCase();
    const before = tokens[i - 1];
    // "while $898,000 went for Obama's bid" contrasts; "while rehearsing" tells the time.
    if (w === 'while') return tokens[i + 1]?.pos === 'VERB' || tokens[i + 1]?.text === 'being';
    // "discussions about when Turkey would …": a question, not a time.
    return w === 'when' && !TIME_NOUN.test(before?.text ?? '') && before?.pos !== 'ADP';
  };
  const blocks = (t: (typeof tokens)[number]) => t.pos === 'VERB' || /^[;:"“”()]$/.test(t.text);
  // After the dated verb: "… killed en route to Lebanon when …".
  for (let i = x.index + 1; i < tokens.length && i <= x.index + 12; i++) {
    if (isWhen(i)) return clauseVerbs(p, i, candidates);
    if (blocks(tokens[i]!) || /^(?:and|but|that|which|who)$/i.test(tokens[i]!.text)) break;
  }
  // Before it: the dated verb opens the clause of a "when" that follows another verb.
  let w = x.index - 1;
  while (w >= 0 && x.index - w <= 6 && !isWhen(w)) {
    if (blocks(tokens[w]!) || tokens[w]!.text === ',') return [];
    w--;
  }
  if (w < 0 || !isWhen(w)) return [];
  for (let v = w - 1; v >= 0 && w - v <= 12; v--) {
    if (/^[,;:"“”()]$/.test(tokens[v]!.text)) return [];
    if (tokens[v]!.pos === 'VERB') {
      // "Allen has said when the pressure test ends, BP would …": words said, not a time; "call
      // for a panel to administer the payments when he meets …": the infinitive is no happening yet.
      const main = candidates.find(
        (t) =>
          t.index === v &&
          t.pos === 'VERB' &&
          t.eventClass !== 'REPORTING' &&
          tokens[v - 1]?.text.toLowerCase() !== 'to',
      );
      return main ? [main] : [];
    }
  }
  return [];
}
