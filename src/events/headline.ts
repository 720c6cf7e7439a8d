import { analyzeClause, type ClauseAnalysis } from './analyzeClause.ts';
import { shorten, trimEnd } from './cutTitle.ts';
import { findEventVerb } from './findEventVerb.ts';
import {
  balanceQuotes,
  dropDates,
  dropExistential,
  dropFurniture,
  repairPossessive,
  simplePast,
} from './polishTitle.ts';
import { capitalize, words } from './tokenize.ts';

/** A clause analysis worth an event: a verb, or an event noun with enough words to say what happened. */
export const usable = (a: ClauseAnalysis | undefined): ClauseAnalysis | undefined =>
  a &&
  (a.nominal
    ? a.title.split(/\s+/).length >= 3 && !/[:;]/.test(a.title)
    : a.subject !== undefined && isSpeaker(a.subject))
    ? a
    : undefined;
/** Whether a subject names someone: "Mr Wells", "the ministry"; not "There", "Worse" or a lower-case fragment. */
export const isSpeaker = (s: string): boolean =>
  /^\p{L}/u.test(s) &&
  !/^(?:remark|comments?|words|statement|There|It|This|That|These|Those|Worse|Better|But|And|However|Was|Were|Is|Are|Has|Had|Have|Also|So|Then|Here|Now|Today|Yesterday|He|She|They|We|I|You|when|if|but|and|as|which|who|Yes|No)\b/i.test(
    s,
  ) &&
  !/^(?:two|both|one|all|some|many|others?|several|most)$/i.test(s);
// Only a function word loses its capital inside a headline; names keep theirs ("says Sameerah …").
export const lower = (s: string): string =>
  /^(?:The|A|An|It|Its|He|His|She|Her|They|Their|There|This|That|These|Those|Some|All|Most|No|One|Two|Three|Several|Many|Government|Police|Officials?)\b/.test(
    s,
  )
    ? s.charAt(0).toLowerCase() + s.slice(1)
    : s;

/** Whether reported words speak of a happening at all (an event verb or noun, casualties, a dispute). */
export function mentionsHappening(content: string): boolean {
  return (
    findEventVerb(content, { skipReporting: true, finite: true }) !== undefined ||
    /\b(?:casualt\w*|dispute|killed|dead|wounded|injured|arrested)\b/i.test(content) ||
    (analyzeClause(content)?.nominal ?? false)
  );
}

/** A headline that says who did what: not a dangling "… says", not a number fragment, at least three words. */
export function sensibleTitle(title: string): boolean {
  return !/\bsays?$/.test(title) && !/^\d{3}\b/.test(title) && title.split(/\s+/).length >= 3;
}

/** The longest headline, in characters. */
export const TITLE_MAX = 72;
/** The longest headline, in words. */
export const TITLE_WORDS = 12;
/**
 * A timeline label: without date phrases (the timeline shows the date), at most TITLE_WORDS words
 * and TITLE_MAX characters, cut at a phrase break, ending on a word that finishes the thought.
 */
export function headline(title: string): string {
  const t = capitalize(tidy(title));
  const undated = capitalize(
    dropDates(dropFurniture(repairPossessive(balanceQuotes(t)))).replace(/^(?:and|but|or)\s+/i, ''),
  );
  const polished = tidy(
    trimEnd(words(shorten(simplePast(dropExistential(undated)), TITLE_WORDS, TITLE_MAX))).join(' '),
  );
  // Which events exist is not the title's business: where polishing would turn the extraction's
  // verdict on a title ("UK government says it" → "… says", rejected), the plain cut stays.
  const plain = plainHeadline(t);
  return sensibleTitle(polished) === sensibleTitle(plain) ? polished : plain;
}

// The headline as cut before titles were polished: at TITLE_MAX characters, without a dangling function word.
function plainHeadline(title: string): string {
  let t = title.length > TITLE_MAX ? title.slice(0, TITLE_MAX + 1).replace(/\s+\S*$/, '') : title;
  for (;;) {
    const cut = t.replace(
      /[\s,;:]+(?:the|a|an|of|to|in|on|and|or|for|with|by|from|its|his|her|their|at|as|that|which|who|what|into|over|after|before|against|between|about|than|but|is|are|was|were|has|have|had|any|all|some|every|each|more|most|such|own|being|been|be|would|could|will|can|not|also|[\p{L}-]+['’]s)$/iu,
      '',
    );
    if (cut === t) break;
    t = cut;
  }
  return t.replace(/[,;:\s]+$/, '');
}
/** The first `n` words of a phrase, without closing quotes or a final period. */
export const clipWords = (s: string, n: number): string =>
  s
    .replace(/[.”"]+$/, '')
    .split(/\s+/)
    .slice(0, n)
    .join(' ');
/** Collapses spaces and drops punctuation left at the ends of a title. */
export const tidy = (t: string): string =>
  t
    .replace(/\s+/g, ' ')
    .replace(/\s+([,.;:])/g, '$1')
    .replace(/[,;:.\s]+$/, '')
    .trim();

/** "BP would carry out tests" → "BP to carry out tests": how headlines announce a plan. */
export function plannedTitle(title: string): string {
  if (/^(?:it|he|she|they|we|there)\b/i.test(title)) return title;
  return title.replace(
    /^((?:\S+\s+){0,6}?\S+)\s+(?:will|would|(?:is|are) (?:due |set |expected |scheduled )?to)\s+(?:also\s+|probably\s+|likely\s+|soon\s+)?(?=\p{Ll})/u,
    '$1 to ',
  );
}
