import { clauseOf } from '../clauses/splitClauses.ts';
import type { SentenceParse } from '../sentenceParse.ts';
import type { Trigger } from '../triggers/findTriggers.ts';
import { assemble, type CutTitle, clauseRun } from './deletionTitle.ts';
import { cutOf, inDate } from './heldCuts.ts';

/**
 * "Hayward said in an interview | published in Thursday's edition", "acknowledged in a six-page
 * statement | released late Thursday that …": a participle right after the noun of the medium a
 * saying's "in" or "through" names describes that medium; the saying is the happening the
 * sentence tells, at the medium's time. The saying's trigger (a verb the model classes REPORTING,
 * past adverbs only before its preposition, its subject before it), else undefined.
 */
export function sayingOfMedium(p: SentenceParse, trigger: Trigger): Trigger | undefined {
  const { tokens } = p.s;
  const i = trigger.index;
  const t = tokens[i]!;
  // A past participle ("published", "released", "sent", "written"), not a gerund nor a bare form.
  if (trigger.pos !== 'VERB' || t.lemma === t.text.toLowerCase() || /ing$/i.test(t.text)) return undefined;
  if (tokens[i - 1]?.pos !== 'NOUN') return undefined;
  let k = i - 2;
  while (k > 0 && i - k <= 6 && /^(?:DET|ADJ|NUM|NOUN|PROPN)$/.test(tokens[k]!.pos)) k--;
  if (!/^(?:in|through|via)$/i.test(tokens[k]?.text ?? '')) return undefined;
  let v = k - 1;
  while (v > 0 && tokens[v]!.pos === 'ADV') v--;
  const saying = p.triggers.find((x) => x.index === v && x.pos === 'VERB' && x.eventClass === 'REPORTING');
  // (Not a closing attribution, "…, Mary Frances Barnes said in a petition filed Wednesday": its
  // words said stand before it, in a clause of their own.)
  const first = saying && cutOf(p, saying.index).kept[0];
  return saying && first !== undefined && first < v && tokens[first - 1]?.text !== ',' ? saying : undefined;
}

/**
 * "The company acknowledged in a six-page statement released late Thursday | that it never tested
 * …": what the saying of a medium says, when its "that" follows the medium's participle phrase
 * past only dates and the phrases of where and by whom it was published: who says it and the saying, then the words said, the medium
 * left out ("The company acknowledged it never tested the final mixture of cement"). Undefined
 * when no such "that" follows or the saying's cut has no subject.
 */
export function mediumSayingCut(p: SentenceParse, trigger: Trigger): CutTitle | undefined {
  const v = sayingOfMedium(p, trigger);
  if (!v) return undefined;
  const { tokens } = p.s;
  let that = -1;
  for (let j = trigger.index + 1; j < tokens.length && j - trigger.index <= 10; j++) {
    const t = tokens[j]!;
    if (/^that$/i.test(t.text) && t.pos === 'SCONJ') {
      that = j;
      break;
    }
    // (Past the date and where it was published: "published Thursday in the Financial Times | that".)
    if (!inDate(p, j) && !/^(?:ADP|DET|ADJ|NOUN|PROPN)$/.test(t.pos)) return undefined;
  }
  const cut = cutOf(p, v.index);
  if (that < 0 || cut.subjectless) return undefined;
  const said = clauseRun(tokens, that + 1, clauseOf(p.clauses, that + 1).to, p.dates, 14);
  return said.length >= 2
    ? assemble(tokens, [...cut.kept.filter((x) => x <= v.index), ...said], 21)
    : undefined;
}
