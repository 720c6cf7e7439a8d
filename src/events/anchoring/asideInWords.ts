import type { Article } from '../../model/article.ts';
import type { TemporalExpression } from '../../model/timex.ts';
import type { SentenceParse } from '../sentenceParse.ts';
import { tokenRange } from './attachTimex.ts';
import { addDays } from './eventTime.ts';
import { anchorTime } from './findAnchors.ts';
import { reducedRelativeOf } from './reducedRelative.ts';
import { relativeClauseOf } from './relativeClause.ts';

/**
 * The span (article offsets) of a relative clause set off by commas inside reported words that a
 * date stands in, when the words' own clause goes on after it: "BP says the complex top kill
 * maneuver, which started three days earlier, has failed". The date is the time of the relative
 * clause's happening (the start), an event of its own; the words' happening (the failure) is not
 * of that date, and is told undated, as reported. Undefined for a date before the words
 * (`contentStart`, article offset), outside such a clause, or in one the sentence's end closes;
 * nor, as with `asideOf`, for a date of the last two days or to come ("the technique, which might
 * not be ready until early July, would capture …" is the plan's time too). A reduced relative after
 * the words' own verb counts too ("said the shooting occurred at a funeral for people | killed on
 * Friday", `reducedInWords`).
 */
export function asideInWords(
  p: SentenceParse,
  t: TemporalExpression,
  contentStart: number,
  article: Article,
): { from: number; to: number } | undefined {
  if (t.start < contentStart || anchorTime(article, t).end >= addDays(article.published, -1))
    return undefined;
  const { tokens } = p.s;
  const relative = relativeClauseOf(p, t);
  if (!relative) return reducedInWords(p, t, contentStart);
  // Set off: a comma before its relative word (which opens the clause, before the date) and one
  // after it, then the words' own verb.
  const [at] = tokenRange(tokens, t.start, t.end);
  const opener = tokens.findIndex(
    (x, i) => i >= relative.from && i <= relative.from + 2 && i < at && /^(?:which|who)$/i.test(x.text),
  );
  if (opener < 1 || tokens[opener - 1]!.text !== ',' || tokens[opener - 1]!.start < contentStart)
    return undefined;
  if (tokens[relative.to]?.text !== ',') return undefined;
  const resumed = tokens.slice(relative.to + 1).findIndex((x) => x.pos === 'VERB' || x.pos === 'AUX');
  if (resumed < 0 || resumed > 2) return undefined;
  return { from: tokens[opener]!.start, to: tokens[relative.to - 1]!.end };
}

/**
 * A reduced relative inside the words, its noun a preposition's object after their own verb:
 * "Residents said the shooting occurred at a funeral for people | killed on Friday". The date is
 * the killing's (`reducedRelativeOf`), not the words' happening, which comes before the phrase.
 */
function reducedInWords(
  p: SentenceParse,
  t: TemporalExpression,
  contentStart: number,
): { from: number; to: number } | undefined {
  const { tokens } = p.s;
  const reduced = reducedRelativeOf(p, t);
  if (!reduced || tokens[reduced.noun - 1]?.pos !== 'ADP') return undefined;
  const noun = tokens[reduced.noun]!;
  // The date right after the participle, past its preposition ("killed | on | Friday"), not inside
  // a phrase of its own ("actions related to | the 1972 Bloody Sunday massacre").
  const [at] = tokenRange(tokens, t.start, t.end);
  if (tokens.slice(reduced.from + 2, at).some((x) => !/^(?:ADP|ADV|PART)$/.test(x.pos))) return undefined;
  // The words' own verb before the phrase, inside the words, no clause opened between ("killed
  // since protests against | President Assad erupted in March": the past form is a clause's verb).
  const words = tokens.filter((x) => x.start >= contentStart && x.end <= noun.start);
  if (
    words.some(
      (x) => x.pos === 'SCONJ' || /^(?:since|after|before|as|when|while|because|until)$/i.test(x.text),
    )
  )
    return undefined;
  const own = words.some((x) => x.pos === 'VERB');
  return own ? { from: noun.start, to: tokens[Math.min(reduced.to, tokens.length) - 1]!.end } : undefined;
}
