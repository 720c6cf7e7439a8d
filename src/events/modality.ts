import type { ClauseAnalysis } from './analyzeClause.ts';
import { DETERMINERS, EVENT_VERBS } from './lexicon.ts';
import { tokenize } from './tokenize.ts';

/**
 * How a clause presents its happening: `planned` (announced, scheduled or forecast: "will visit",
 * "is due to meet", "plans to send"), `hypothetical` (merely possible or counterfactual: "could
 * face sanctions", "would have grown up"), or undefined when it is told as having happened.
 */
export type Modality = 'planned' | 'hypothetical';

// "is due to", "were expected to", "is set to": a be-form, one of these, then "to".
const SCHEDULED =
  /^(?:due|set|scheduled|slated|expected|poised|going|planning|preparing|about|likely|unlikely)$/;
// "plans to send", "intends to": an intention, not a happening.
const INTENDS =
  /^(?:plans?|planning|intends?|intending|aims?|aiming|wants?|seeks?|seeking|threatens?|threatening|prepares?)$/;
const BE = /^(?:is|are|was|were|am|be|'s)$/;
const HAVE = /^(?:has|have|had|having)$/;
const FUTURE = /^(?:will|shall|won't|won’t)$|\p{Ll}[’']ll$/u;
const MODAL = /^(?:could|might|may|should|must|can|cannot|can't|couldn't|mustn't|shouldn't|ought)$/;
// A finite verb of the clause's own: once one is read, later modals belong to another clause.
const FINITE = /^(?:said|says|told|did|does|do|didn't|doesn't|don't)$/;

// A leading adverbial clause ("After the talks failed, …") and parentheticals (", which …,") have
// verbs of their own; the main verb group is what the modality of the clause is read from.
const LEADING_CLAUSE =
  /^\s*(?:(?:after|before|when|while|as|once|since|although|though|following|despite|amid|with|in the event (?:that|of))\b|\p{Lu}\p{Ll}+ing\b)[^,]{0,120},/iu;
const PARENTHETICAL =
  /,\s*(?:[^,]{0,40}\s)?(?:which|who|whose|where)\b[^,]{0,120},|\([^)]*\)|\s[–—]\s[^–—]{0,120}\s[–—]\s/gi;

/**
 * The modality of a clause, read from its first verb group. `reported` marks words someone said
 * ("BP said it would pay"), where "would" is a future seen from the past, not a hypothesis.
 */
export function clauseModality(clause: string, opts: { reported?: boolean } = {}): Modality | undefined {
  const text = clause.replace(/["“”]/g, ' ').replace(LEADING_CLAUSE, ' ').replace(PARENTHETICAL, ' ');
  if (/^\s*(?:if|unless)\b/i.test(text)) return 'hypothetical';
  // Only lower-case words: "May 10" is a month and "Will Smith" a name.
  const tokens = tokenize(text).map((t) => t.w);
  for (let i = 0; i < tokens.length && i < 30; i++) {
    const w = tokens[i]!;
    const next = tokens[i + 1] ?? '';
    const after = tokens[i + 2] ?? '';
    if (FUTURE.test(w)) return 'planned';
    if (w === 'would') {
      // "would have grown up": what did not happen.
      if (next === 'have' || (next === 'not' && after === 'have')) return 'hypothetical';
      return opts.reported ? 'planned' : 'hypothetical';
    }
    if (MODAL.test(w)) {
      // "may have died": an uncertain report of the past is still a report of the past.
      if (/^(?:may|might|must)$/.test(w) && next === 'have') return undefined;
      return 'hypothetical';
    }
    if (BE.test(w)) {
      // "is due to meet", "is to visit"; not "was due to pneumonia", "is to blame".
      const at = next === 'not' ? i + 2 : i + 1;
      const infinitive =
        tokens[at] === 'to'
          ? at + 1
          : SCHEDULED.test(tokens[at] ?? '') && tokens[at + 1] === 'to'
            ? at + 2
            : -1;
      if (infinitive > 0 && isBareVerb(tokens[infinitive] ?? '')) return 'planned';
      return undefined;
    }
    if (INTENDS.test(w) && next === 'to') return 'planned';
    if (HAVE.test(w) || FINITE.test(w)) return undefined;
    const verb = EVENT_VERBS.get(w);
    // A past or third-person form of an event verb is the clause's verb ("killed", "attacks" after a name).
    if (verb && w !== verb.lemma && (w.endsWith('ed') || !/ing$/.test(w)) && w !== verb.third)
      return undefined;
  }
  return undefined;
}

// "due to pneumonia", "due to the storm": "to" before a noun phrase is a preposition.
const isBareVerb = (w: string): boolean =>
  /^\p{Ll}+$/u.test(w) &&
  !DETERMINERS.has(w) &&
  !/^(?:blame|date|have|some|any|no|each|every)$|(?:ion|ions|ity|ness|ment|ments|ia|ies|ics|ism|ance|ence|[^s]s)$/.test(
    w,
  );

// Words of a verb group before its main verb: auxiliaries, modals, "to", negation and the adverbs
// that sit among them ("will also", "is expected to", "likely will", "plans to").
const GROUP =
  /^(?:will|shall|won't|won’t|would|could|might|may|should|must|can|cannot|can't|couldn't|ought|to|not|never|be|been|being|is|are|was|were|am|has|have|had|also|still|then|soon|now|already|probably|likely|unlikely|expected|due|set|scheduled|slated|poised|going|about|planning|preparing|plans?|planned|intends?|intended|aims?|wants?|seeks?|finally|later|eventually|again|jointly|formally|officially|immediately|quickly)$|\p{Ll}[’']ll$/u;

/** The modality of `verb` after the words `before` ("BP will", "meet" → planned), read from its verb group. */
export function verbModality(
  before: string,
  verb: string,
  opts: { reported?: boolean } = {},
): Modality | undefined {
  const tokens = tokenize(before);
  let from = tokens.length;
  while (from > 0 && GROUP.test(tokens[from - 1]!.w)) from--;
  if (from === tokens.length) return undefined;
  return clauseModality(`${before.slice(tokens[from]!.start)} ${verb}`, opts);
}

/**
 * The modality of an event built on `analysis` of `clause`: a verb's own; for an event noun, the
 * clause's, unless the event is dated wholly before publication ("should have prevented the 20
 * April explosion": the explosion happened); with no analysis (the reported words as written), the clause's.
 */
export function eventModality(
  clause: string,
  analysis: Pick<ClauseAnalysis, 'nominal' | 'modality'> | undefined,
  end: string,
  published: string,
  opts: { reported?: boolean } = {},
): Modality | undefined {
  if (analysis && !analysis.nominal) return analysis.modality;
  if (analysis && end.slice(0, 10) < published.slice(0, 10)) return undefined;
  return clauseModality(clause, opts);
}

/** Whether an event dated `start` lies after the publication day `published`: a plan, not a happening. */
export const afterPublication = (start: string, published: string): boolean =>
  start.slice(0, 10) > published.slice(0, 10);
