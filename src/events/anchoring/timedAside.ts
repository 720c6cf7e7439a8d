import type { Article } from '../../model/article.ts';
import type { TemporalExpression } from '../../model/timex.ts';
import type { SentenceParse } from '../sentenceParse.ts';
import { NOUN_PHRASE } from './reducedRelative.ts';
import { asideOf } from './relativeClause.ts';

/** Prepositions that place a happening by a noun's time: "detected during an expedition", "after talks". */
const TIME_PREPOSITION = /^(?:during|after|following|before|since|amid|until|till|throughout)$/i;

/**
 * Whether an old relative clause or participle after its noun also bounds the time of its
 * sentence's own happening: its noun is the object of a preposition of time ("the plume was
 * detected during a scientific expedition that ended in late June"), so the happening is as old as
 * the aside and no news of the days before publication. Any other old aside only describes its noun
 * ("condemned the strike as a violation of the Doha agreement signed in February 2020"): the
 * sentence's own happening is read as an undated one is, the article's news when it tells it.
 */
export function asideTimesClause(
  p: SentenceParse,
  anchors: readonly TemporalExpression[],
  article: Article,
): boolean {
  const { tokens } = p.s;
  return anchors.some((t) => {
    const aside = asideOf(p, t, article);
    if (!aside) return false;
    let k = aside.from - 1;
    while (k >= 0 && NOUN_PHRASE.test(tokens[k]!.pos)) k--;
    return k >= 0 && TIME_PREPOSITION.test(tokens[k]!.text);
  });
}
