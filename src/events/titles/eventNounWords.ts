import type { Clause } from '../clauses/splitClauses.ts';
import type { Token } from '../nlp/annotate.ts';
import { completingParticiple } from './completingParticiple.ts';
import { complement, phrase } from './phrases.ts';
import { isNominal, PARTICLES } from './words.ts';

/**
 * The words a title keeps around the event noun (or gerund, `gerund`) at token `k`, besides the
 * noun: its modifiers before it, and its "of …", "on …", "in …" phrase after it, with a named
 * place, its doer ("by …") and what the phrase's last noun did, within its clause. `skipped` are
 * the words never kept (dates).
 */
export function eventNounWords(
  tokens: readonly Token[],
  clause: Clause,
  k: number,
  gerund: boolean,
  skipped: (i: number) => boolean,
): number[] {
  const trigger = tokens[k]!;
  let from = k;
  while (from - 1 >= clause.from && isNominal(tokens[from - 1]!) && k - from < 5) from--;
  // "last night's decision": a possessive date keeps its "last" (which the tagger may call a verb).
  if (
    /^(?:last|next|this)$/i.test(tokens[from - 1]?.text ?? '') &&
    /^['’]s$/.test(tokens[from + 1]?.text ?? '')
  )
    from--;
  // "a cessation of armed violence": the noun is the complement of the happening that heads it.
  const head = tokens[from - 2];
  const nounHead =
    head?.pos === 'NOUN' ||
    (head !== undefined && /ing$/i.test(head.text) && tokens[from - 3]?.pos === 'DET');
  // Not past a possessor, whose phrase is whole ("the symbol of | Haiti's fight for independence").
  // A name's possessor is whole with its "of" ("the King of Pop's tour"), a date's is none ("today's").
  // A phase of a happening stays its head ("the beginning of Syria's protests").
  const owned =
    /^\p{Ll}/u.test(head?.text ?? '') &&
    !/^(?:beginning|start|end|outbreak|eve|onset|height|wake|aftermath|resumption|escalation|anniversary)$/i.test(
      head?.text ?? '',
    ) &&
    tokens.slice(from, k).some((x, n) => /^['’]s?$/.test(x.text) && !skipped(from + n));
  if (tokens[from - 1]?.text.toLowerCase() === 'of' && nounHead && !owned && from - 2 >= clause.from) {
    from -= 2;
    while (from - 1 >= clause.from && isNominal(tokens[from - 1]!) && tokens[from - 1]!.pos !== 'PROPN')
      from--;
  }
  const kept: number[] = [];
  for (let i = from; i < k; i++) kept.push(i);
  // "the shooting down | of one of its warplanes": a gerund's particle, then its "of".
  const particle =
    gerund &&
    PARTICLES.has(tokens[k + 1]?.text.toLowerCase() ?? '') &&
    tokens[k + 1]!.start === trigger.end + 1;
  if (particle) kept.push(k + 1);
  const rest = complement(tokens, particle ? k + 2 : k + 1, clause.to, skipped, true);
  // "a meeting of world powers | in Geneva": a named place after the first phrase says where.
  if (rest.length > 0 && /^of$/i.test(tokens[rest[0]!]!.text)) {
    let at = rest.at(-1)! + 1;
    while (at < clause.to && skipped(at)) at++;
    const where = /^(?:in|at|near)$/i.test(tokens[at]?.text ?? '')
      ? complement(tokens, at, clause.to, skipped, false)
      : [];
    if (where.length > 0 && where.length <= 5) rest.push(...where);
  }
  // "a visit to Moscow starting [on Sunday]": a participle whose date went with the cut.
  while (rest.length > 0 && tokens[rest[rest.length - 1]!]!.pos === 'VERB') rest.pop();
  // "the release of a video [on Saturday] by al-Qaeda leader Ayman al-Zawahiri": who did it, past the date.
  let by = (rest.at(-1) ?? k) + 1;
  // "a UN resolution | vetoed | by Russia and China": a participle right after the noun, then its doer.
  const done =
    rest.length === 0 &&
    tokens[k + 1]?.pos === 'VERB' &&
    /(?:ed|en|wn)$/i.test(tokens[k + 1]!.text) &&
    /^by$/i.test(tokens[k + 2]?.text ?? '')
      ? k + 1
      : -1;
  if (done > 0) by = done + 1;
  while (by < clause.to && skipped(by)) by++;
  // So is a name right after the noun ("a visit by Mr Sarkozy"), and any doer after a participle
  // the tagger took for a noun ("the town overrun | by tanks and troops").
  if (tokens[by]?.text.toLowerCase() === 'by') {
    const agent = phrase(tokens, by + 1, clause.to, skipped, 6);
    const past = by > (rest.at(-1) ?? k) + 1;
    const head = tokens[agent.at(-1) ?? -1];
    if (
      agent.some((i) => tokens[i]!.pos === 'PROPN') ||
      (!past && tokens[k - 1]?.pos === 'NOUN' && (head?.pos === 'NOUN' || head?.pos === 'PROPN'))
    )
      if (done < 0 || [1, 2, 3].some((n) => skipped((agent.at(-1) ?? by) + n)))
        // (The participle only when the date is its own, within three words after the doer: "… last weekend".)
        rest.push(...(done > 0 ? [done] : []), by, ...agent);
  }
  // "reports of … heavy machineguns | pounding areas of Homs": what the phrase's last noun did.
  if (rest.length > 0 && /^of$/i.test(tokens[rest[0]!]!.text))
    rest.push(...completingParticiple(tokens, rest.at(-1)!, clause.to, skipped));
  return [...kept, ...rest];
}
