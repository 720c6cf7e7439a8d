import type { Article } from '../../model/article.ts';
import type { TemporalExpression } from '../../model/timex.ts';
import { type Clause, clauseOf } from '../clauses/splitClauses.ts';
import type { Token } from '../nlp/token.ts';
import type { SentenceParse } from '../sentenceParse.ts';
import { tokenRange, toldAsPast } from './attachTimex.ts';
import { addDays, OPEN_START_DAYS } from './eventTime.ts';
import { anchorTime } from './findAnchors.ts';
import { reducedRelativeOf } from './reducedRelative.ts';

/** Where a relative clause set off in the sentence ends at the latest: a comma, semicolon or dash. */
const CLAUSE_STOP = /^(?:,|;|:|-|–|—|--)$/;

/**
 * The relative clause a date stands in, if any: "Andre Berto, a boxer who represented Haiti at the
 * 2004 Olympic Games, tells the BBC …", "attending a repatriation ceremony for troops who were
 * killed in Afghanistan last Friday". A relative clause tells of its noun; its date is the time of
 * its own happening and dates no word of the clause the noun stands in. The clause runs from its
 * relative word to a comma, dash or the sentence's end, and holds one verb group before the date:
 * a second finite verb is the main clause's, resumed without a comma ("the meeting that really
 * matters takes place … on Wednesday"). The span starts at the clause's noun when one stands right
 * before it.
 */
export function relativeClauseOf(
  p: SentenceParse,
  t: TemporalExpression,
): { readonly from: number; readonly to: number } | undefined {
  const { tokens } = p.s;
  const [first, last] = tokenRange(tokens, t.start, t.end);
  if (first >= tokens.length) return undefined;
  const clause = clauseOf(p.clauses, first);
  if (clause.kind !== 'relative') return undefined;
  // The date's own commas ("Sept. 11, 2001,") end nothing.
  const stop = (i: number) => CLAUSE_STOP.test(tokens[i]!.text) && (i < first || i >= last);
  for (let i = clause.from + 1; i < first; i++) if (stop(i)) return undefined;
  // (Nor the comma that closes an American date's year: "the Sept. 11, 2001, terror attacks".)
  let to = last < tokens.length && tokens[last]!.text === ',' && t.text.includes(',') ? last + 1 : last;
  while (to < tokens.length && !stop(to)) to++;
  // "who lived in London from 1968, when the Soviets invaded Czechoslovakia, until 1989": the date's
  // "when" clause is the date's too.
  if (to === last && /^when$/i.test(tokens[to + 1]?.text ?? ''))
    for (to += 2; to < tokens.length && !stop(to); ) to++;
  let groups = 0;
  for (let i = clause.from; i < first; i++) {
    const x = tokens[i]!;
    const finite =
      (x.pos === 'AUX' || x.pos === 'VERB') &&
      !/ing$/i.test(x.text) &&
      !/^(?:to)$/i.test(tokens[i - 1]?.text ?? '');
    // An auxiliary before it (past adverbs) makes one verb group: "were killed", "has not been seen".
    let j = i - 1;
    while (j > clause.from && /^(?:ADV|PART)$/.test(tokens[j]!.pos) && tokens[j]!.text !== 'to') j--;
    const inGroup = j > clause.from && tokens[j]!.pos === 'AUX';
    if (finite && !inGroup) groups++;
  }
  // Its noun, right before it (past a comma), is the clause's too: "employment gains that began last fall".
  const noun = tokens[clause.from - 1]?.text === ',' ? clause.from - 2 : clause.from - 1;
  const from = /^(?:NOUN|PROPN)$/.test(tokens[noun]?.pos ?? '') ? noun : clause.from;
  return groups <= 1 ? { from, to } : undefined;
}

/** Words that open a relative clause on the noun before them. */
const RELATIVE_WORD = /^(?:who|whom|whose|which|where)$/i;

/**
 * Whether the past verb at `i` tells what a noun underwent, as a relative clause ("the mausoleum
 * where the pop star was laid to rest", "Dr Murray, who was hired in May") or a participle after a
 * noun a verb or preposition governs ("Using a law originally enacted to combat the Mafia,
 * attorneys are filing …"): it describes the noun, an earlier happening the sentence takes as
 * known, not its news.
 */
export function describesNoun(tokens: readonly Token[], i: number): boolean {
  if (!toldAsPast(tokens, i)) return false;
  let k = i - 1;
  while (k >= 0 && /^(?:ADV|PART)$/.test(tokens[k]!.pos)) k--;
  if (k < 0) return false;
  const relative = (at: number) =>
    at > 0 && RELATIVE_WORD.test(tokens[at]!.text) && /^(?:NOUN|PROPN|PUNCT)$/.test(tokens[at - 1]!.pos);
  if (relative(k)) return true;
  if (tokens[k]!.pos === 'AUX') {
    // "where the pop star was laid", "who was hired": a relative word, its subject, the auxiliaries.
    while (k >= 0 && /^(?:AUX|ADV|PART)$/.test(tokens[k]!.pos)) k--;
    while (
      k >= 0 &&
      /^(?:DET|ADJ|NOUN|PROPN|NUM|PRON)$/.test(tokens[k]!.pos) &&
      !RELATIVE_WORD.test(tokens[k]!.text)
    )
      k--;
    return relative(k);
  }
  // A participle right after its noun, no auxiliary, with the purpose or the doer it was done for
  // or by ("a law originally enacted to combat …"): the noun phrase is governed ("Using a law"),
  // and a finite verb follows for the clause's subject ("attorneys are filing").
  const next = tokens[i + 1];
  const purpose = next?.text.toLowerCase() === 'to' && tokens[i + 2]?.pos === 'VERB';
  if (!/^(?:NOUN|PROPN)$/.test(tokens[k]!.pos) || !/(?:ed|en|wn)$/i.test(tokens[i]!.text) || !purpose)
    return false;
  while (k >= 0 && /^(?:DET|ADJ|NOUN|PROPN|NUM)$/.test(tokens[k]!.pos)) k--;
  if (k < 0 || tokens[k]!.pos !== 'VERB') return false;
  const comma = tokens.findIndex((x, j) => j > i && x.text === ',');
  return comma > 0 && tokens.slice(comma + 1).some((x) => x.pos === 'AUX' || x.pos === 'VERB');
}

/** "-ing" words that mostly modify the noun after them ("operating costs", "rising prices"). */
const MODIFYING_ING =
  /^(?:operating|existing|remaining|leading|ruling|governing|opposing|outstanding|underlying|rising|falling|growing|increasing|declining|ongoing|upcoming|emerging|competing|missing|living|working)$/i;

/**
 * The phrase of a gerund after "for" a date stands in, if any: "have criticised the Arab bloc for
 * canceling a Syria-focused meeting on Saturday", "arrested for killing a protester on Friday".
 * (After "of", TimeBank links the verb: "was found guilty of driving … from 1991 to 1997".) The date is the time of the gerund's happening, not of the verb the phrase completes.
 * The phrase runs from its preposition to a comma, dash or the sentence's end, with no finite verb
 * between the gerund and the date.
 */
export function gerundPhraseOf(
  p: SentenceParse,
  t: TemporalExpression,
): { readonly from: number; readonly to: number } | undefined {
  const { tokens } = p.s;
  const [first, last] = tokenRange(tokens, t.start, t.end);
  for (let i = first - 1; i > 0; i--) {
    const x = tokens[i]!;
    if (CLAUSE_STOP.test(x.text) || x.pos === 'AUX' || (x.pos === 'VERB' && !/ing$/i.test(x.text)))
      return undefined;
    // (Not a gerund that modifies a noun: "for operating profit last year"; but a plural or a name
    // is its object: "arrested a man for killing protesters on Friday", "for shelling Homs".)
    const next = tokens[i + 1];
    if (
      x.pos === 'VERB' &&
      /ing$/.test(x.text) &&
      /^for$/i.test(tokens[i - 1]!.text) &&
      (!/^(?:NOUN|PROPN)$/.test(next?.pos ?? '') ||
        (next!.pos === 'NOUN' && /[^s]s$/i.test(next!.text) && !MODIFYING_ING.test(x.text)) ||
        (next!.pos === 'PROPN' && !/^(?:NOUN|PROPN)$/.test(tokens[i + 2]?.pos ?? '')))
    ) {
      let to = last;
      while (to < tokens.length && !CLAUSE_STOP.test(tokens[to]!.text)) to++;
      return { from: i - 1, to };
    }
  }
  return undefined;
}

/**
 * Whether the dates of relative clauses or gerund phrases leave their sentence's main clause the
 * news of the days before publication: each falls in that window ("Hayward, who was in Houston
 * today, hosted a conference call"). An older one tells of a noun the story takes as known, and
 * the main clause may be as old ("The blast killed 11 crew members and unleashed a spill that could
 * eclipse the 1989 Exxon Valdez disaster"; "the plume was detected during a scientific expedition
 * that ended in late June"): no window of the news for it.
 */
export function recentAsides(article: Article, anchors: readonly TemporalExpression[]): boolean {
  const from = addDays(article.published, -OPEN_START_DAYS);
  return anchors.every((t) => anchorTime(article, t).end >= from);
}

/**
 * The words a date may date when it stands in a relative clause or a gerund phrase: theirs. A
 * relative clause of the day of publication or the day before keeps the sentence's words: news
 * tells the day's asides of the day's happening ("Williams shares, which were to be delisted …
 * after the close of composite trading yesterday, closed at $23.25"; "Hayward, who was in Houston
 * today, hosted a conference call").
 */
export function asideOf(
  p: SentenceParse,
  t: TemporalExpression,
  article: Article,
): { readonly from: number; readonly to: number } | undefined {
  const relative = relativeClauseOf(p, t) ?? reducedRelativeOf(p, t);
  if (relative && anchorTime(article, t).end < addDays(article.published, -1)) return relative;
  return relative ? undefined : gerundPhraseOf(p, t);
}

/** Whether every date of a sentence stands in an aside (`asideOf`). */
export const asideDatesOnly = (
  p: SentenceParse,
  anchors: readonly TemporalExpression[],
  article: Article,
): boolean => anchors.length > 0 && anchors.every((t) => asideOf(p, t, article) !== undefined);

/** The clause a relative clause set off interrupts, going on after it: "Andre Berto, …, | tells the BBC". */
export function resumedClause(p: SentenceParse, anchors: readonly TemporalExpression[]): Clause | undefined {
  const aside = anchors[0] && relativeClauseOf(p, anchors[0]);
  const after = aside && clauseOf(p.clauses, aside.to + 1);
  return after && after.kind !== 'relative' ? after : undefined;
}
