import type { TemporalExpression } from '../../model/timex.ts';
import { clauseOf } from '../clauses/splitClauses.ts';
import type { SentenceParse } from '../sentenceParse.ts';
import { tokenRange } from './attachTimex.ts';
import { boundsStateEnd } from './stateBound.ts';

/** What ends the clause an "until" date bounds: a comma, semicolon, colon or dash. */
const STOP = /^(?:,|;|:|-|–|—|--)$/;
/** Words that may stand between a clause break and an opening "until": "and until …". */
const OPENER = /^(?:and|but|up|even|only|just|until|till)$/i;

/**
 * The article offsets of the clause whose state an "until" date ends (`boundsStateEnd`): "Thirty-three
 * million Mexican schoolchildren will be off school until the middle of next week as authorities
 * seek to contain the outbreak" — the date ends the closure before it, never the seeking after it.
 * The clause runs back from the date to the last break or the start of the clause "until" follows
 * ("an order that Elian remain in Miami until March 6": not "Reno allowed"). When "until" opens its
 * clause ("Until Monday, the schools stay shut"; "For 87 days, from April 20, …, until Thursday
 * afternoon, the well defied all plans") it runs on from the date to the next break; after a comma
 * with nothing after it, back over the clause before that comma ("is expected to last five weeks,
 * until the end of October"). An "until" between commas before a verb ("who lived in London from
 * 1968, …, until 1989, said …") bounds no clause the text makes plain: the date dates nothing.
 */
export function untilBoundClause(
  p: SentenceParse,
  text: string,
  t: TemporalExpression,
): { readonly from: number; readonly to: number } | undefined {
  // ("until recently": the past the sentence sets its state against, no bound of one clause.)
  if (t.precision === 'vague' || !boundsStateEnd(text, t.start, t.end)) return undefined;
  const { tokens } = p.s;
  const [first, last] = tokenRange(tokens, t.start, t.end);
  let k = first - 1;
  while (k >= 0 && !STOP.test(tokens[k]!.text)) k--;
  const own = tokens.slice(k + 1, first);
  // The clause "until" follows: from its start or the last break, whichever is later.
  const clauseBefore = (to: number) => {
    let j = to;
    while (j >= 0 && !STOP.test(tokens[j]!.text)) j--;
    const from = Math.max(j + 1, clauseOf(p.clauses, Math.max(0, to)).from);
    return { from: tokens[from]!.start, to: t.end };
  };
  const until = own.findLastIndex((x) => /^(?:until|till)$/i.test(x.text));
  // "expects to take at least until next month to deliver", "giving it until July 1 to reimburse":
  // the time a verb allows is a deadline of what follows, the end of no state told: the date dates
  // only itself. (Told in the past, "It took until March 1980 to cap the well", it is when that was
  // done: the sentence's date.)
  const allows = until >= 0 ? allowedTime(tokens, k + 1 + until) : undefined;
  if (allows === 'past') return undefined;
  if (allows) return { from: t.start, to: t.end };
  if (own.slice(0, Math.max(0, until)).some((x) => !OPENER.test(x.text))) {
    // "lasting until 1892 and eventually killing …", "had shut schools until May 6 to avoid … but
    // extended the shutdown": a verb joined to the bounded clause shares the sentence's date.
    return joinedVerb(tokens, last) ? undefined : clauseBefore(k + until);
  }
  let to = last;
  // (Past the date's own comma: "Until Monday, the schools stay shut, officials said".)
  if (tokens[to]?.text === ',') to++;
  while (to < tokens.length && !STOP.test(tokens[to]!.text)) to++;
  const after = tokens.slice(last, to).some((x) => /\w/.test(x.text));
  // A verb right after the date's comma resumes a clause whose subject came before: the date bounds
  // none the text makes plain.
  const resumes = /^(?:VERB|AUX)$/.test(tokens[tokens[last]?.text === ',' ? last + 1 : last]?.pos ?? '');
  if (k < 0 || (after && !resumes)) return after ? { from: t.start, to: tokens[to - 1]!.end } : undefined;
  return after ? { from: t.start, to: t.end } : clauseBefore(k - 1);
}

/** Verbs whose object may be a time allowed: "take until", "have until", "give it until". */
const ALLOWS = /^(?:take|have|give|allow|grant)$/;

/**
 * Whether the "until" at `u` is the object of a verb of allowing time, past adverbs and a pronoun:
 * 'past' when that verb is in the simple past ("took"), else true.
 */
function allowedTime(tokens: SentenceParse['s']['tokens'], u: number): boolean | 'past' {
  let j = u - 1;
  while (
    j >= 0 &&
    /^(?:ADV|PRON|ADP|ADJ)$/.test(tokens[j]!.pos) &&
    /^(?:at|least|most|roughly|about|only|just|it|them|him|her|us|me|you)$/i.test(tokens[j]!.text)
  )
    j--;
  const v = tokens[j];
  if (v?.pos !== 'VERB' || !ALLOWS.test(v.lemma)) return false;
  return /^(?:took|had|gave|allowed|granted)$/i.test(v.text) ? 'past' : true;
}

/** Whether a verb joined by "and", "but" or "or" follows the date `from` before the next break. */
function joinedVerb(tokens: SentenceParse['s']['tokens'], from: number): boolean {
  for (let i = from; i < tokens.length && !STOP.test(tokens[i]!.text); i++) {
    if (!/^(?:and|but|or)$/i.test(tokens[i]!.text)) continue;
    let j = i + 1;
    while (tokens[j]?.pos === 'ADV') j++;
    if (tokens[j]?.pos === 'VERB') return true;
  }
  return false;
}
