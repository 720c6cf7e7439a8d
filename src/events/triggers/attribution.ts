import type { Token } from '../nlp/annotate.ts';

/**
 * "…, according to the commission's chief counsel Fred Bartlit": "according to" names where the
 * words came from; it is no happening of the chronology, and a title built on it has no predicate.
 * (TimeBank marks it a REPORTING event two times in three, so the trigger model keeps it, for the
 * TempEval scores and as the saying of a report frame; the event stage dates no event on it and
 * adds it to no list of plain verbs.)
 */
export const attributionWord = (tokens: readonly Token[], i: number): boolean =>
  /^according$/i.test(tokens[i]!.text) && /^to$/i.test(tokens[i + 1]?.text ?? '');
