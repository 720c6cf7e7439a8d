import type { EventTime } from '../../model/chronology.ts';
import type { TemporalExpression } from '../../model/timex.ts';
import type { Sentence } from '../nlp/segmentSentences.ts';

/**
 * "Now five more pupils, off sick on Friday, have been confirmed as having contracted the virus":
 * a date inside an aside set off by commas right after a noun, with an adjective and neither a
 * verb nor a name, is the time of what the aside says of the noun (being off sick); the clause
 * around it happened after. "Mr Smith, on Friday, said …" (no adjective), "Troops, who arrived on
 * Friday, …" (a verb) and "in Deraa, southern Syria, on Friday" (a name) are no such aside.
 * Returns the aside's words, or undefined.
 */
export function verblessAside(s: Sentence, t: TemporalExpression): string | undefined {
  const { tokens } = s;
  const a = tokens.findIndex((x) => x.end > t.start);
  if (a < 0) return undefined;
  let b = a;
  while (b < tokens.length && tokens[b]!.start < t.end) b++;
  // The aside closes right after the date, and the clause goes on with its own verb.
  if (tokens[b]?.text !== ',') return undefined;
  if (!tokens.slice(b + 1).some((x) => x.pos === 'VERB' || x.pos === 'AUX')) return undefined;
  let k = a - 1;
  while (k >= 0 && tokens[k]!.text !== ',') k--;
  if (k < 1) return undefined;
  const aside = tokens.slice(k + 1, a);
  if (aside.length === 0 || aside.length > 6) return undefined;
  if (aside.some((x) => /^(?:VERB|AUX|PRON|SCONJ|CCONJ|PROPN|NUM)$/.test(x.pos))) return undefined;
  if (!aside.some((x) => x.pos === 'ADJ')) return undefined;
  // It describes the noun right before it, the clause's subject: nothing before that noun's phrase
  // is a verb ("the ministry said pupils, …" is a report, left to the report rules).
  const noun = tokens[k - 1]!;
  if (noun.pos !== 'NOUN' && noun.pos !== 'PROPN') return undefined;
  if (tokens.slice(0, k).some((x) => x.pos === 'VERB' || x.pos === 'AUX')) return undefined;
  return s.text.slice(aside[0]!.start - s.start, tokens[b - 1]!.end - s.start);
}

/**
 * The time of a happening told around an aside's date: after the state the aside dates, and no
 * later than publication ("pupils, off sick on Friday, have been confirmed": Friday to publication).
 */
export function afterAsideTime(t: TemporalExpression, aside: string, published: string): EventTime {
  const start = t.range!.start < published ? t.range!.start : published;
  return {
    start,
    end: published,
    precision: 'day',
    value: published,
    approximate: true,
    mod: 'ON_OR_BEFORE',
    explanation: `"${aside}" dates what the aside says, not the happening; it came after ${start}, on or before publication (${published})`,
  };
}
