import type { TemporalExpression } from '../../model/timex.ts';
import type { Sentence } from '../nlp/segmentSentences.ts';

/** "as the", "with the" and up to four words before the date: "as the Tuesday …", "as the UN's Tuesday …". */
const AS_THE = /\b(?:as|with)\s+the\s+(?:[^\s,;:–—-]+\s+){0,4}$/i;
/** The noun's words after the date, then a verb of coming nearer: "truce deadline approaches", "vote looming". */
const NEARS =
  /^(?:\s+[^\s,;:–—-]+){0,3}?\s+(?:approaches|nears|looms|draws\s+near|approaching|nearing|looming)\b/i;

/**
 * The article offsets of "as the Tuesday truce deadline approaches", "with the Sunday vote
 * looming": a happening still to come, drawing nearer. Its date dates only the words of that
 * phrase, never the clause it stands beside ("… approaches, the government has decided to
 * continue battering centres of resistance" is not Tuesday's). A comma, a colon or a dash ends the
 * phrase.
 */
export function nearingDate(s: Sentence, t: TemporalExpression): { from: number; to: number } | undefined {
  const before = s.text.slice(Math.max(0, t.start - s.start - 60), t.start - s.start);
  const match = AS_THE.exec(before);
  const rest = s.text.slice(t.end - s.start);
  if (!match || !NEARS.test(rest)) return undefined;
  const close = rest.search(/[,;:–—]|\s-\s/);
  return { from: t.start - before.length + match.index, to: close < 0 ? s.end : t.end + close };
}
