import type { TemporalExpression } from '../../model/timex.ts';
import type { Token } from '../nlp/annotate.ts';
import type { SentenceParse } from '../sentenceParse.ts';

const AND = /^(?:and|but)$/i;
/** Words that may stand between "and" and its verb: "and temporarily stopped", "and was charged". */
const BETWEEN = new Set(['ADV', 'AUX', 'PART']);

/** Adverbs that move the second happening to another time: "and later served", "and then fled". */
const LATER = /^(?:later|then|afterwards|subsequently|since|eventually|soon|now|again|also)$/i;

/** The verb right after "and" at `c` (adverbs and auxiliaries aside, none of another time), or -1. */
function verbAfter(tokens: readonly Token[], c: number): number {
  let k = c + 1;
  while (k < tokens.length && k - c <= 3 && BETWEEN.has(tokens[k]!.pos)) {
    if (LATER.test(tokens[k]!.text) || tokens[k]!.text.toLowerCase() === 'to') return -1;
    k++;
  }
  return tokens[k]?.pos === 'VERB' ? k : -1;
}

/**
 * The verbs coordinated with the verb at `i` under one subject: "Bush today [denounced] … and
 * [said] …", "told customers Monday about the bugs and temporarily [stopped] shipping". A verb
 * joins when "and" (or "but") comes right before it, adverbs and auxiliaries aside, and no other
 * verb stands between it and the verb it joins; so "… and one of his relatives sought" (a new
 * subject) does not, nor "and later served" (another time). A verb before `i` joins only when
 * the date (token `date`) stands before it: a date told with the second verb ("was spotted …,
 * and was found in December") need not cover the first.
 */
export function coordinatedVerbs(tokens: readonly Token[], i: number, date = -1, within = 25): number[] {
  const out: number[] = [];
  // "Bush today denounced … and said …" with the date on "said": a date before both verbs
  // covers the first too.
  let c = i - 1;
  while (c >= 0 && BETWEEN.has(tokens[c]!.pos)) c--;
  if (date >= 0 && c > 0 && AND.test(tokens[c]!.text)) {
    for (let k = c - 1; k >= 0 && c - k <= within; k--) {
      const w = tokens[k]!;
      if (w.text === ';' || w.text === ':' || w.pos === 'SCONJ') break;
      if (w.pos === 'VERB') {
        if (date < k && !tokens.slice(date, k).some((x) => x.pos === 'VERB')) out.push(k);
        break;
      }
    }
  }
  // A chain: "V1 … and V2 … and V3".
  let from = i;
  for (let k = i + 1; k < tokens.length && k - from <= within; k++) {
    const w = tokens[k]!;
    if (w.pos === 'VERB' || w.text === ';' || w.text === ':' || w.pos === 'SCONJ') break;
    if (!AND.test(w.text)) continue;
    const v = verbAfter(tokens, k);
    if (v < 0) continue;
    out.push(v);
    from = v;
    k = v;
  }
  return out;
}

/** What may open the subject of a joined clause: "and Pol Pot", "and the police", "and he". */
const SUBJECT_OPENER = new Set(['DET', 'NOUN', 'PROPN', 'PRON', 'NUM', 'ADJ']);

/**
 * The verbs of clauses joined to the verb at `i` by ", and" (or ", but") with a subject of their
 * own, when a date opens the sentence (its first token at `date`, before `i`) and so covers each:
 * "In June last year, the remaining leadership had a falling out, and Pol Pot was [arrested]".
 * The joined subject is a short noun phrase or a pronoun (at most five words), and the joined
 * verb comes right after it, auxiliaries and adverbs aside, none of them of another time.
 */
export function joinedClauseVerbs(tokens: readonly Token[], i: number, date: number): number[] {
  if (date > 2 || date >= i) return [];
  const out: number[] = [];
  for (let k = i + 1; k + 2 < tokens.length; k++) {
    const w = tokens[k]!;
    if (w.pos === 'SCONJ' || w.text === ';' || w.text === ':') break;
    if (w.text !== ',' || !AND.test(tokens[k + 1]!.text)) continue;
    let s = k + 2;
    if (!SUBJECT_OPENER.has(tokens[s]?.pos ?? '')) continue;
    // "and no national consensus has emerged": a happening denied is none.
    if (/^(?:no|none|nothing|nobody|neither)$/i.test(tokens[s]!.text)) continue;
    while (s < tokens.length && s - (k + 2) < 5 && SUBJECT_OPENER.has(tokens[s]!.pos)) s++;
    // "and Pol Pot was arrested", "and police fired": auxiliaries and adverbs, then the verb.
    let v = s;
    let told = true;
    while (v < tokens.length && v - s <= 3 && BETWEEN.has(tokens[v]!.pos)) {
      if (LATER.test(tokens[v]!.text)) return out;
      // A denial, or a perfect reaching up to now ("have been made public so far"), is no
      // happening of the opening date.
      if (/^(?:not|n't|never|has|have|'ve)$/i.test(tokens[v]!.text)) told = false;
      v++;
    }
    if (told && tokens[v]?.pos === 'VERB') out.push(v);
    k = v;
  }
  return out;
}

/**
 * Whether the coordinated verb at `i` has a date of its own in its conjunct ("deployed an
 * observer mission in December but suspended it in late January"), other than `t`.
 */
export function ownDate(
  p: SentenceParse,
  i: number,
  anchors: readonly TemporalExpression[],
  t: TemporalExpression,
): boolean {
  const { tokens } = p.s;
  let end = i + 1;
  while (end < tokens.length && !/^(?:and|but|;)$/i.test(tokens[end]!.text)) end++;
  const from = tokens[i - 1]?.start ?? p.s.start;
  const to = tokens[end - 1]!.end;
  return anchors.some((u) => u !== t && u.start >= from && u.end <= to);
}
