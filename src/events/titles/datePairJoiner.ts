import type { Token } from '../nlp/annotate.ts';

/**
 * "the flow rate from the well [between 22 April] and [3 June] was …": the conjunction of a pair
 * of dates goes with them; kept alone it joins what is left ("from the well and was 56,000
 * barrels"). `dated(j)` tells whether token `j` lies in a date the title leaves out. (Not before an
 * adverb, which may open a clause of its own: "on Monday and again on Tuesday".)
 */
export function datePairJoiner(tokens: readonly Token[], i: number, dated: (j: number) => boolean): boolean {
  return tokens[i]?.pos === 'CCONJ' && dated(i - 1) && dated(i + 1) && tokens[i + 1]?.pos !== 'ADV';
}
