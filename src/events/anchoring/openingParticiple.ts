import type { TemporalExpression } from '../../model/timex.ts';
import type { SentenceParse } from '../sentenceParse.ts';
import type { Trigger } from '../triggers/findTriggers.ts';
import { tokenRange } from './attachTimex.ts';

/** Endings of past participles, regular ("elected") and common irregular ("born", "held", "caught"). */
const PAST_PARTICIPLE = /(?:ed|en|wn|ne|rn|ht|lt|ld|nd|ck|ot|ung|ept)$/i;

/**
 * The past participle opening a sentence whose phrase holds the date: "Elected in 2000, Mr Assad
 * has ruled …", "Captured last week, the rebels were …", "Rescued on Nov. 25 by fishermen, Elian
 * has become …". The date tells when the participle's happening took place, not the main clause's,
 * which comes after it. The phrase runs to the first comma, with no finite verb of its own ("Found
 * clinging to an inner tube in late November, …" keeps its "-ing"); an attributive participle
 * ("Suspected bombs exploded …", "Elected officials warned …") opens no such phrase.
 * The library reads a capitalised participle before a preposition as a name ("Rescued on"); such a
 * word ending in "-ed" is taken as the participle it is. Returns the participle as a trigger (from
 * `candidates`, else a low-scored occurrence), or undefined.
 */
export function openingParticiple(
  p: SentenceParse,
  t: TemporalExpression,
  candidates: readonly Trigger[],
): Trigger | undefined {
  const { tokens } = p.s;
  const first = tokens[0];
  const next = tokens[1];
  if (!first || !next) return undefined;
  const participle =
    first.pos === 'VERB' && PAST_PARTICIPLE.test(first.text) && first.text.toLowerCase() !== first.lemma;
  const misread = first.pos === 'PROPN' && /^[A-Z][a-z]+ed$/.test(first.text) && next.pos === 'ADP';
  if (!participle && !misread) return undefined;
  const [a, b] = tokenRange(tokens, t.start, t.end);
  // "Formed last November after months of talks …" (a fact box's line, no comma): a date right
  // after the participle, or after its preposition, is the participle's own; its phrase ends there.
  const adjoining = a === 1 || (a === 2 && next.pos === 'ADP');
  const found = tokens.findIndex((x) => x.text === ',');
  const comma = (found < 0 || b > found) && adjoining ? b : found;
  if (comma < 0 || b > comma) return undefined;
  // "Suspected bombs …": a participle before its noun describes it; "Captured last week" is no noun phrase.
  if (next.pos === 'NOUN' || next.pos === 'PROPN' || (next.pos === 'ADJ' && a !== 1)) return undefined;
  if (tokens.slice(1, comma).some((x) => x.pos === 'AUX' || (x.pos === 'VERB' && !/ing$/i.test(x.text))))
    return undefined;
  return (
    candidates.find((x) => x.index === 0) ?? {
      index: 0,
      start: first.start,
      end: first.end,
      text: first.text,
      lemma: first.text.toLowerCase(),
      pos: 'VERB',
      score: 0,
      eventClass: 'OCCURRENCE',
    }
  );
}
