import type { Token } from '../nlp/annotate.ts';
import { triggerModel, triggerScore } from '../triggers/findTriggers.ts';
import { extendsSubject, isPrepositionGerund, pastRelative } from './longSubject.ts';

/**
 * "was speaking as | two of the subs - which can dive to 6,000 m - started", "into escrow until |
 * the company's liabilities from the spill are known": a subordinator the library may take for a
 * preposition opens a clause when a noun phrase and then its verb follow (past an aside set off by
 * dashes or commas), unlike "appointed as envoy to Syria" or "until the end of the month".
 */
export function opensClause(tokens: readonly Token[], i: number): boolean {
  if (
    !/^(?:as|until|till|after|before|since|because|while|when|once|though|although|whereas|if|unless)$/i.test(
      tokens[i]!.text,
    )
  )
    return false;
  // (Not a name or a likeness: "known as swine flu", "such as", "just as the wages would have been".)
  if (
    /^(?:known|such|same|just|well|so|regarded|described|seen|referred|dubbed|named|billed)$/i.test(
      tokens[i - 1]?.text ?? '',
    )
  )
    return false;
  // (Nor the second "as" of a likeness: "as diverse as their history", "the same genetically as".)
  if (tokens.slice(Math.max(0, i - 3), i - 1).some((t) => /^(?:as|same|such)$/i.test(t.text))) return false;
  // Its subject opens with an article, a number, a possessive or a name, or is a bare plural ("as crews raced"),
  // with or without its adjectives ("as local fishermen … expressed").
  const first = tokens[i + 1];
  let bare = i + 1;
  while (tokens[bare]?.pos === 'ADJ' && bare < i + 4) bare++;
  const plural = tokens[bare]?.pos === 'NOUN' && tokens[bare]!.lemma !== tokens[bare]!.text.toLowerCase();
  // (Or a word that stands for its group: "while others … took".)
  const group = /^(?:others|some|many|most|few|both|all)$/i.test(first?.text ?? '');
  if (first === undefined || !(/^(?:DET|NUM|PRON|PROPN)$/.test(first.pos) || plural || group)) return false;
  let j = i + 1;
  while (
    j < tokens.length &&
    j <= i + 16 &&
    (/^(?:DET|NUM|NOUN|PROPN|ADJ)$/.test(tokens[j]!.pos) ||
      /^(?:of|in|on|at|from|for|with|by|along|near|across|around|off|['’]s?)$/i.test(tokens[j]!.text) ||
      (tokens[j]!.pos === 'PRON' && (j === i + 1 || /^of$/i.test(tokens[j - 1]!.text))) ||
      // ("as local fishermen and small-business owners expressed": nouns joined in the subject.)
      // (Not past a preposition: "as the cause of 26 deaths in Mexico | and 701 people have been …".)
      (/^(?:and|or)$/i.test(tokens[j]!.text) &&
        /^(?:NOUN|PROPN)$/.test(tokens[j - 1]!.pos) &&
        !tokens.slice(i + 1, j).some((x) => x.pos === 'ADP') &&
        /^(?:DET|NUM|NOUN|PROPN|ADJ)$/.test(tokens[j + 1]?.pos ?? '')) ||
      // ("until the full costs for cleaning up the spill | can be", `longSubject.ts`.)
      extendsSubject(tokens, j, i + 1))
  )
    j++;
  // ("until the causes of the blast that led to the spill | are known": past a relative clause.)
  j = pastRelative(tokens, j);
  const mark = tokens[j]?.text ?? '';
  // (An aside, not a clause of its own a comma opens: "as a form of charity in the 1990s, | when …".)
  if (
    /^(?:-|–|—|--|,)$/.test(mark) &&
    !/^(?:when|where|while|as|because|if|though|although|but|and)$/i.test(tokens[j + 1]?.text ?? '')
  ) {
    let close = j + 1;
    // ("while others, including director Steven Spielberg, singer Stevie Wonder and …, took": a list
    // after "including" has commas of its own; its aside closes at the comma its verb follows.)
    const listing = mark === ',' && /^including$/i.test(tokens[j + 1]?.text ?? '');
    const closes = (x: number) =>
      tokens[x]!.text === mark && (!listing || /^(?:VERB|AUX)$/.test(tokens[x + 1]?.pos ?? ''));
    while (close < tokens.length && close <= j + (listing ? 24 : 14) && !closes(close)) close++;
    if (tokens[close]?.text !== mark) return false;
    j = close + 1;
  }
  // ("though the number of confirmed cases there is 26": an adverb of place or time may come between.)
  if (/^(?:there|here|now|also|still|already)$/i.test(tokens[j]?.text ?? '')) j++;
  const verb = tokens[j];
  if (verb === undefined || !(verb.pos === 'AUX' || (verb.pos === 'VERB' && !/ing$/i.test(verb.text))))
    return false;
  // "began after the drilling rig explosion | killed 11 workers": a time word before a happening's
  // noun reads as its preposition too, and the phrase stays. (The noun is the head of the subject's
  // first phrase, not one of its "of" phrase: "until the causes of the rig blast | are known".)
  let head = i + 1;
  while (/^(?:DET|NUM|NOUN|PROPN|ADJ)$/.test(tokens[head + 1]?.pos ?? '') && head + 1 < j) head++;
  return !(
    /^(?:after|before|since)$/i.test(tokens[i]!.text) &&
    tokens[head]!.pos === 'NOUN' &&
    triggerScore(tokens, head) >= triggerModel().threshold
  );
}

/** Drops a clause a subordinator opens whose verb the kept words leave out ("was speaking | as two of the subs"). */
export function dropOpenSubordinate(tokens: readonly Token[], out: number[], trigger: number): void {
  const n = out.findLastIndex((i) => i > trigger && opensClause(tokens, i));
  // (A gerund of the subject is no verb of the clause: "until the full costs for cleaning up | …".)
  const verb = (i: number) => /^(?:VERB|AUX)$/.test(tokens[i]!.pos) && !isPrepositionGerund(tokens, i);
  if (n < 2 || out.slice(n + 1).some(verb)) return;
  out.length = n;
}
