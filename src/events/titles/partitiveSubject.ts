import type { Token } from '../nlp/annotate.ts';

/*
 * "One of them had already tested positive", "Some of them had been executed", "Forty of them are
 * working alongside Chinese rescuers": a pronoun after "of" is no subject of its own but the
 * complement of the quantity before it. The walk back from the verb stops at a pronoun, so the
 * title said "Them had tested positive"; the subject is the whole phrase.
 */

/** Words that name a part of a group or an amount ("some of them", "the rest of us", "much of it"). */
const QUANTITY =
  /^(?:one|some|many|most|all|both|each|several|none|few|half|any|much|more|either|neither|rest|majority|minority|number|dozens|hundreds|thousands|millions)$/i;

/** Pronouns that may stand after a partitive "of". */
const OBJECT_PRONOUN = /^(?:them|us|it|those|these|you)$/i;

/**
 * The first token of the partitive phrase whose pronoun is token `j` ("One | of them" → the index
 * of "One"; "the rest of them" → the index of "the"), or -1 when the pronoun stands after no
 * quantity's "of". The phrase starts at `floor` at the earliest.
 */
export function partitiveStart(tokens: readonly Token[], j: number, floor: number): number {
  if (!OBJECT_PRONOUN.test(tokens[j]?.text ?? '') || !/^of$/i.test(tokens[j - 1]?.text ?? '')) return -1;
  let q = j - 2;
  const head = tokens[q];
  if (q < floor || head === undefined || !(QUANTITY.test(head.text) || head.pos === 'NUM')) return -1;
  // ("the rest of them", "a number of them", "the 12 of us": an article, or a bound, before it.)
  while (
    q - 1 >= floor &&
    (/^(?:the|a|an)$/i.test(tokens[q - 1]!.text) ||
      /^(?:about|around|nearly|almost|roughly|only|just)$/i.test(tokens[q - 1]!.text))
  )
    q--;
  return q;
}
