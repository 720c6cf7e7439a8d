import type { Token } from '../nlp/annotate.ts';
import { POSSESSIVE_PRONOUN } from './words.ts';

/*
 * "Confirmed cases in the US have risen", "The stricken Marine showed up", "One of the UK's leading
 * flu experts has predicted": a participle right before the noun that opens the subject describes
 * it as an adjective would. The tagger calls it a verb, and the walk back from the verb stopped
 * there, so the title said "Cases in the US have risen", "Marine showed up", "Flu experts has
 * predicted": another subject than the sentence's.
 */

/** Past participles that do not end in "-ed", "-en" or "-wn" ("the stricken", "a lost"). */
const IRREGULAR =
  /^(?:lost|held|built|made|kept|left|shot|hit|caught|brought|struck|stricken|sunk|burnt|spent|cut|split|set)$/i;

/** Whether token `j` is a participle that modifies the noun phrase starting at `j + 1` (`first`). */
export function participleModifier(
  tokens: readonly Token[],
  j: number,
  first: number | undefined,
  floor: number,
): boolean {
  const t = tokens[j]!;
  const next = tokens[j + 1];
  if (t.pos !== 'VERB' || first !== j + 1 || next === undefined || !/^(?:NOUN|PROPN|ADJ)$/.test(next.pos))
    return false;
  const past = /(?:ed|en|wn)$/i.test(t.text) || IRREGULAR.test(t.text);
  const ing = /ing$/i.test(t.text);
  if (!past && !ing) return false;
  const prev = tokens[j - 1];
  // At the clause's start ("Confirmed cases have risen"), a past participle only: an "-ing" form
  // there is a gerund with its object ("Protecting civilians is …"), which the walk reads apart.
  // (Nor before a name there: "Ted/VERB Jackson", "Exiled Syrian opposition leader …", where a
  // title that opens with the tagger's verb would read as one without its subject.)
  if (j === floor || prev === undefined) return past && next.pos !== 'PROPN';
  if (j < floor) return false;
  // After an article, a possessive, a number or an adjective, inside the phrase ("the stricken
  // Marine", "the UK's leading flu experts", "the other three recorded fatalities"); or after "of"
  // for a past one ("the number of confirmed cases").
  return (
    /^(?:DET|NUM|ADJ)$/.test(prev.pos) ||
    /^['’]s$/.test(prev.text) ||
    (prev.pos === 'PRON' && POSSESSIVE_PRONOUN.test(prev.text)) ||
    (past && /^of$/i.test(prev.text))
  );
}

/**
 * Whether a title's tokens open with a participle before its noun phrase, then the phrase's own
 * finite verb ("Confirmed cases in the US have risen", "Masked medical staff escorted …"): a
 * subject, not a verb without one ("Noted BP had …", "Declared war by calling …", "Visited
 * Louisiana").
 */
export function participleSubject(tokens: readonly Token[]): boolean {
  if (!participleModifier(tokens, 0, 1, 0) || tokens[1]!.pos === 'PROPN') return false;
  let i = 1;
  while (
    tokens[i] !== undefined &&
    (/^(?:NOUN|PROPN|ADJ|DET|NUM)$/.test(tokens[i]!.pos) || /^(?:of|in|at|from|on)$/i.test(tokens[i]!.text))
  )
    i++;
  const verb = tokens[i];
  return (
    verb !== undefined &&
    (verb.pos === 'AUX' ||
      (verb.pos === 'VERB' && !/ing$/i.test(verb.text) && verb.lemma !== verb.text.toLowerCase()))
  );
}
