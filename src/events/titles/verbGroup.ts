import type { Clause } from '../clauses/splitClauses.ts';
import type { Token } from '../nlp/annotate.ts';
import { phraseAfterAuxiliary } from './auxiliaryPhrase.ts';
import { GROUP_ADVERBS, isNominal, PARTICLES } from './words.ts';

/**
 * The verb group ending at the trigger `k`: auxiliaries, "to", negation, and a verb that governs
 * the trigger ("began delving", "expected to meet"); other adverbs ("reportedly") are dropped.
 * Adds what it keeps to `kept` and returns where the group starts.
 */
export function verbGroup(tokens: readonly Token[], clause: Clause, k: number, kept: Set<number>): number {
  let g = k;
  for (let i = k - 1; i >= clause.from; i--) {
    const t = tokens[i]!;
    const w = t.text.toLowerCase();
    // "began delving", "expected to meet", "is due to meet", "is likely to agree".
    const governs =
      (t.pos === 'VERB' ||
        (t.pos === 'ADJ' && /^(?:due|likely|unlikely|able|unable|set|ready|about)$/.test(w))) &&
      i === g - 1 &&
      (tokens[g]!.text.toLowerCase() === 'to' ||
        (t.pos === 'VERB' && /ing$/.test(tokens[g]!.text)) ||
        // "was looking forward to going": through its particle.
        (t.pos === 'VERB' && kept.has(g) && PARTICLES.has(tokens[g]!.text.toLowerCase())));
    // "the mission remained committed to …": a linking verb before a participle is its auxiliary.
    const linking =
      t.pos === 'VERB' && i === g - 1 && /^(?:remain|become|seem|appear|stay|get|feel|look)$/.test(t.lemma);
    // "were to have completed": "have" right before a verb is its auxiliary, whatever the tagger says.
    // (Not an infinitive's "to have" after a noun: "the number of people | to have reached"; but
    // "were reported to have been killed", "were to have completed".)
    const perfect =
      t.pos === 'VERB' &&
      t.lemma === 'have' &&
      i === g - 1 &&
      /^(?:VERB|AUX)$/.test(tokens[g]!.pos) &&
      // (After "to", only a verb group's: "were reported to have", "were to have".)
      (tokens[i - 1]?.text.toLowerCase() !== 'to' ||
        tokens[i - 2]?.pos === 'AUX' ||
        (tokens[i - 2]?.pos === 'VERB' && tokens[i - 3]?.pos === 'AUX'));
    // "have been looting and stealing": verbs joined by "and" share their auxiliaries.
    const joined =
      t.pos === 'CCONJ' &&
      /^(?:and|or)$/i.test(w) &&
      i === g - 1 &&
      i - 1 >= clause.from &&
      (tokens[i - 1]!.pos === 'VERB' || (/ing$/i.test(tokens[i - 1]!.text) && tokens[i - 2]?.pos === 'AUX'));
    if (joined) {
      kept.add(i);
      kept.add(i - 1);
      g = i - 1;
      i--;
    } else if (
      t.pos === 'AUX' ||
      (t.pos === 'PART' && !/^['’]s$/.test(t.text)) ||
      GROUP_ADVERBS.has(w) ||
      governs ||
      linking ||
      perfect
    ) {
      kept.add(i);
      g = i;
    } else if (
      // "have both denied", "were all killed": a quantifier floated into the group after its auxiliary.
      /^(?:both|all|each)$/.test(w) &&
      i === g - 1 &&
      tokens[i - 1]?.pos === 'AUX'
    ) {
      kept.add(i);
      g = i;
    } else if (
      // "looking forward | to going", "went back | to work": a verb's particle before its "to" stays.
      PARTICLES.has(w) &&
      i === g - 1 &&
      tokens[g]!.text.toLowerCase() === 'to' &&
      tokens[i - 1]?.pos === 'VERB'
    ) {
      kept.add(i);
      g = i;
    } else if (/^(?:["“”]|``|'')$/.test(t.text) && i === g - 1) {
      // 'had "momentarily" entered': quotation marks inside the group are no words.
      g = i;
    } else if (
      // ("must first be stabilised": a word between auxiliaries is an adverb, however tagged.)
      (t.pos === 'ADV' ||
        (t.pos === 'ADJ' &&
          tokens[i - 1]?.pos === 'AUX' &&
          /^(?:be|been|being|have)$/i.test(tokens[g]?.text ?? ''))) &&
      i === g - 1 &&
      // "A pro-government daily dismissed": a paper, not an adverb.
      !(/^(?:daily|weekly|monthly)$/i.test(w) && isNominal(tokens[i - 1] ?? t))
    )
      g = i;
    else {
      // "Syria has in principle agreed": a phrase between the auxiliary and its verb stays with them.
      const phrase =
        i === g - 1 && /^(?:VERB|AUX)$/.test(tokens[g]!.pos)
          ? phraseAfterAuxiliary(tokens, g, clause.from)
          : -1;
      if (phrase < 0) break;
      for (let p = phrase; p < g; p++) kept.add(p);
      g = phrase;
      i = phrase;
    }
  }
  return g;
}

/**
 * Where the subject ends before a verb group at `g`: past a date and its preposition between them
 * ("American officials over the weekend became", "President Bush yesterday, asked").
 */
export function skipGap(
  tokens: readonly Token[],
  g: number,
  floor: number,
  skipped: (i: number) => boolean,
): number {
  let j = g - 1;
  const comma = tokens[j]?.text === ',' && j - 1 >= floor && skipped(j - 1);
  if (comma) j--;
  if (j < floor || !skipped(j) || tokens[j]!.pos === 'PUNCT') return g;
  while (j >= floor && skipped(j)) j--;
  if (j >= floor && tokens[j]!.pos === 'ADP') j--;
  // "Lavrov, who visited Damascus on Tuesday, had said": a date that closes an aside with a verb
  // of its own belongs to the aside; the subject is found past the whole aside.
  // So does one that opens with a preposition ("Medvedev, in a call with Sarkozy on Wednesday, urged").
  if (comma)
    for (let c = j; c >= floor; c--) {
      if (tokens[c]!.text === ',') {
        if (tokens[c + 1]?.pos === 'ADP') return g;
        // "The quake, Haiti's worst in two centuries, struck": so does an apposition the date ends.
        if (c < j && tokens.slice(c + 1, j + 1).every((x) => isNominal(x))) return g;
        break;
      }
      if (tokens[c]!.pos === 'VERB' || tokens[c]!.pos === 'AUX') return g;
    }
  if (tokens[j]?.text === ',') j--;
  return j + 1;
}
