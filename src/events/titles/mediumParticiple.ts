import { clauseOf } from '../clauses/splitClauses.ts';
import type { SentenceParse } from '../sentenceParse.ts';
import type { Trigger } from '../triggers/findTriggers.ts';
import { assemble, type CutTitle, clauseRun } from './deletionTitle.ts';
import { cutOf, inDate, isHappening } from './heldCuts.ts';
import { TITLE_MAX_WORDS } from './words.ts';

/**
 * The index of the word before the noun phrase a past participle trigger follows ("in | an
 * interview | published …", "to | a letter | sent …"): the participle ("published", "released",
 * "sent", "written"; not a gerund nor a bare form) right after a noun, the phrase back over up to
 * five determiners, adjectives, numbers and nouns. Undefined when the trigger is no such participle.
 */
function mediumBefore(p: SentenceParse, trigger: Trigger): number | undefined {
  const { tokens } = p.s;
  const i = trigger.index;
  const t = tokens[i]!;
  if (trigger.pos !== 'VERB' || t.lemma === t.text.toLowerCase() || /ing$/i.test(t.text)) return undefined;
  if (tokens[i - 1]?.pos !== 'NOUN') return undefined;
  let k = i - 2;
  while (k > 0 && i - k <= 6 && /^(?:DET|ADJ|NUM|NOUN|PROPN)$/.test(tokens[k]!.pos)) k--;
  return k;
}

/**
 * "Hayward said in an interview | published in Thursday's edition", "acknowledged in a six-page
 * statement | released late Thursday that …": a participle right after the noun of the medium a
 * saying's "in" or "through" names describes that medium; the saying is the happening the
 * sentence tells, at the medium's time. The saying's trigger (a verb the model classes REPORTING,
 * past adverbs only before its preposition, its subject before it), else undefined.
 */
export function sayingOfMedium(p: SentenceParse, trigger: Trigger): Trigger | undefined {
  const { tokens } = p.s;
  const k = mediumBefore(p, trigger);
  if (k === undefined || !/^(?:in|through|via)$/i.test(tokens[k]?.text ?? '')) return undefined;
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
    ? assemble(tokens, [...cut.kept.filter((x) => x <= v.index), ...said], TITLE_MAX_WORDS)
    : undefined;
}

/**
 * "But the results of that single successful test were not shared with BP, …, according to a
 * letter | sent to commissioners Thursday by …": a participle after the medium a closing "according
 * to" names describes where the main clause was told; the title is that clause as written to its
 * first comma, whole, with who says so ("The results of that single successful test were not shared with
 * BP, according to a letter"). Undefined when the main clause has no happening verb before it, or
 * its run does not open on its subject or stops short of the comma.
 */
export function accordingToMediumCut(p: SentenceParse, trigger: Trigger): CutTitle | undefined {
  const { tokens } = p.s;
  const i = trigger.index;
  const k = mediumBefore(p, trigger);
  if (k === undefined) return undefined;
  const acc = k - 1;
  if (!/^to$/i.test(tokens[k]?.text ?? '') || !/^according$/i.test(tokens[acc]?.text ?? '')) return undefined;
  if (tokens[acc - 1]?.text !== ',') return undefined;
  const main = p.clauses[0]!;
  const verb = p.triggers.find(
    (x) => x.pos === 'VERB' && x.index >= main.from && x.index < Math.min(main.to, acc) && isHappening(x),
  );
  if (!verb) return undefined;
  // The clause as written from its subject (past "But", "No, but") to its first comma, whole.
  const comma = tokens.findIndex((x, j) => j > verb.index && x.text === ',');
  let from = main.from;
  while (
    from < verb.index &&
    (/^(?:CCONJ|ADV|INTJ|PUNCT)$/.test(tokens[from]!.pos) || /^(?:no|yes)$/i.test(tokens[from]!.text))
  )
    from++;
  if (comma < 0 || comma >= acc) return undefined;
  const run = clauseRun(tokens, from, comma, p.dates, TITLE_MAX_WORDS);
  if (run[0] !== from || !run.includes(verb.index) || Math.max(...run) < comma - 2) return undefined;
  const first = tokens[from]!;
  if (!/^(?:NOUN|PROPN|DET|ADJ|NUM|PRON)$/.test(first.pos) || /^(?:it|that|this|there)$/i.test(first.text))
    return undefined;
  const source = Array.from({ length: i - acc }, (_, n) => acc + n);
  // (Whole or not at all: a claim cut before who says so would read as fact.)
  const cut = assemble(tokens, [...run, acc - 1, ...source], TITLE_MAX_WORDS);
  return cut.kept.includes(i - 1) && cut.kept.length === run.length + 1 + source.length ? cut : undefined;
}
