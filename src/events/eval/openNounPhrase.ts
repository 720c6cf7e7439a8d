import type { Token } from '../nlp/annotate.ts';
import { DATE_WORD } from '../titles/danglingEnds.ts';

/** Nouns of a share, whose "of"/"off" phrase says of what ("a quarter | off BP's value"). */
const SHARE =
  /^(?:half|quarters?|thirds?|fifths?|tenths?|two-thirds|three-quarters|majority|fraction|portion|proportion|percent|%)$/i;

/** A measure made of a number and a unit, a modifier before its noun ("a 125-tonne", "a five-mile"). */
const MEASURE =
  /^(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|fifty|hundred|thousand)-\p{L}+$/iu;

/** Words of a span of time, which open a date a title leaves out on purpose ("fell silent | yesterday"). */
const TIME =
  /^(?:day|days|week|weeks|weekend|month|months|year|years|hours?|minutes?|night|nights|tonight|morning|afternoon|evening|noon|overnight|ago|(?:18|19|20)\d\d)$/i;

/** Particles a verb takes, which may end a title ("blew up | last week"). */
const PARTICLE = /^(?:up|out|off|down|in|on|over|away|back|about|around|through)$/i;

/** Verbs that say an adjective of their subject ("fell silent", "remained calm"). */
const LINKING = /^(?:become|fall|remain|seem|stay|go|turn|appear|look|prove|keep|grow|get|sound|feel)$/;

const timely = (t: Token | undefined): boolean =>
  t !== undefined && ((DATE_WORD.test(t.text) && t.pos !== 'DET') || TIME.test(t.text));

/**
 * "BP tried to lower a 125-tonne" ("containment dome"), "Nervous investors have wiped about a
 * quarter" ("off BP's value"), "… had four" ("employees"): a title whose last word, read as the
 * sentence's token at `kept`'s end, opens or modifies a noun phrase whose head (or a share's
 * "of"/"off" phrase) the sentence goes on with but the title left out. A date after the word is no
 * head: titles leave dates out.
 */
export function openNounPhrase(tokens: readonly Token[], kept: readonly number[]): boolean {
  const i = kept.at(-1);
  if (i === undefined) return false;
  const t = tokens[i]!;
  const next = tokens[i + 1];
  if (next === undefined || next.pos === 'PUNCT' || timely(next)) return false;
  // (Nor a date of two words: "last Wednesday", "a year ago", "right now".)
  if (/^right$/i.test(next.text) && /^now$/i.test(tokens[i + 2]?.text ?? '')) return false;
  if (/^(?:a|an|one|two|three|four|five|six|\d+|several|more)$/i.test(next.text) && timely(tokens[i + 2]))
    return false;
  const nominal = /^(?:NOUN|PROPN)$/.test(next.pos);
  if (SHARE.test(t.text) && /^(?:of|off)$/i.test(next.text)) return true;
  if (t.pos === 'DET' && /^(?:NOUN|PROPN|ADJ|NUM)$/.test(next.pos)) return true;
  if (MEASURE.test(t.text) && /^(?:NOUN|ADJ)$/.test(next.pos)) return true;
  if (t.pos === 'NUM' && nominal && !/^(?:18|19|20)\d\d$/.test(t.text)) return true;
  // (An adjective before its noun, not one a copula or linking verb says of the subject: "fell silent".)
  const before = tokens[i - 1];
  if (
    t.pos === 'ADJ' &&
    next.pos === 'NOUN' &&
    before?.pos !== 'AUX' &&
    !(before?.pos === 'VERB' && LINKING.test(before.lemma))
  )
    return true;
  // (A preposition without its object, not a verb's particle: "blew up | at 10pm".)
  if (
    t.pos === 'ADP' &&
    !(PARTICLE.test(t.text) && /^(?:VERB|PRON)$/.test(tokens[i - 1]?.pos ?? '')) &&
    /^(?:DET|NOUN|PROPN|ADJ|NUM|PRON)$/.test(next.pos)
  )
    return true;
  return false;
}
