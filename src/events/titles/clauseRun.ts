import type { Token } from '../nlp/annotate.ts';
import { dropCutVerb, dropDatedNumber, dropOpenClause } from './danglingEnds.ts';
import { datePairJoiner } from './datePairJoiner.ts';
import { joinedVerbsEnd } from './tailEnds.ts';
import { completesVerb } from './verbCompletion.ts';
import {
  closesAtComma,
  closingDash,
  closingParticle,
  figureAsideClose,
  isNominal,
  phraseRest,
  QUOTES,
  spacedDash,
  strandedBound,
} from './words.ts';

/**
 * The words of a clause as written from token `from` (a reported content: "it was not optimistic
 * that the text would be accepted"), dates and quotation marks left out, cut at a comma or
 * semicolon once it says something, at most `maxWords`: negation and modality stay as said.
 */
export function clauseRun(
  tokens: readonly Token[],
  from: number,
  to: number,
  skip: ReadonlyArray<readonly [number, number]>,
  maxWords = 12,
  keepOpener = false,
  grown = false,
): number[] {
  const inSkip = (x: Token) => skip.some(([a, b]) => x.start < b && x.end > a);
  const out: number[] = [];
  let verb = false;
  // The comma that closes an opening condition, which does not end the run.
  let condition = -1;
  let i = from;
  for (; i < to && out.length < maxWords; i++) {
    const t = tokens[i]!;
    // "the Afghan Special Forces, formed of elite Taliban fighters, had killed …": before the verb,
    // a phrase between commas is an aside.
    if (t.text === ',' && !verb) {
      let c = i + 1;
      while (c < to && c < i + 12 && tokens[c]!.text !== ',') c++;
      // (Not a list's item: "17 diplomats from the US, UK, Switzerland, France … and Canada".)
      const item = tokens[i - 1]?.pos === 'PROPN' && tokens.slice(i + 1, c).every((x) => x.pos === 'PROPN');
      if (c < to && tokens[c]!.text === ',' && !item) {
        i = appositionChainEnd(tokens, c, to);
        continue;
      }
    }
    if (spacedDash(tokens, i)) {
      const close = closingDash(tokens, i, to);
      if (close > 0) i = close;
      // (Not after a dateline: "GENEVA (Reuters) - The World Health Organization …".)
      else if (verb && out.length >= 4 && out.some((x) => !/^(?:PROPN|SYM|NUM|PUNCT)$/.test(tokens[x]!.pos)))
        break;
      continue;
    }
    // "the Free Syrian Army (FSA) was reported to have launched": a name's initials in brackets go.
    if (t.text === '(' && tokens[i + 2]?.text === ')' && /^\p{Lu}{2,}$/u.test(tokens[i + 1]?.text ?? '')) {
      i += 2;
      continue;
    }
    // "17 diplomats [from the US, UK, Switzerland, … and Canada] were considered …": a phrase that
    // lists many names goes whole, as a modifier; halved, it would tell another list.
    // (After a noun it modifies; after a verb it completes: "has spread to Taiwan, Kuwait, …".)
    const listEnd =
      t.pos === 'ADP' && out.length > 0 && tokens[i - 1]?.pos === 'NOUN' ? longNameList(tokens, i, to) : -1;
    if (listEnd > 0) {
      i = listEnd;
      continue;
    }
    // "a total of about $270m (# 165m) in international aid had been pledged": a figure's bracketed
    // conversion is skipped, the run goes on.
    const aside = figureAsideClose(tokens, i, to);
    if (aside > 0) {
      i = aside;
      continue;
    }
    if (
      /^[,;:(—–]$/.test(t.text) &&
      out.length >= 4 &&
      i !== condition &&
      !(t.text === ',' && listRunsOn(tokens, i, to)) &&
      // ("was recovered, burned or skimmed": a list of verbs of one form is one predicate.)
      !(t.text === ',' && joinedVerbsEnd(tokens, i, to) > 0)
    )
      break;
    if (t.pos === 'VERB' || t.pos === 'AUX') verb = true;
    if (t.pos === 'PUNCT' || QUOTES.test(t.text) || inSkip(t)) continue;
    if (datePairJoiner(tokens, i, (j) => tokens[j] !== undefined && inSkip(tokens[j]!))) continue;
    if ((t.pos === 'ADP' || t.pos === 'SCONJ') && tokens[i + 1] && inSkip(tokens[i + 1]!)) {
      // ("Under [current] law, BP payments …": an opening phrase goes whole with its comma, not "Law, …".)
      const comma = out.length === 0 ? openingPhraseComma(tokens, i, to) : -1;
      // (Up to the comma, which the run then reads as it reads any.)
      if (comma > 0) i = comma - 1;
      continue;
    }
    // "said that when the talks ended, he would …": what is said is the main clause. (Not past a
    // condition, which the words hang on: "if he were in Mr Assad's position, he would …".)
    if (!keepOpener && out.length === 0 && /^(?:when|as|although|though|while|because|once)$/i.test(t.text)) {
      let c = i + 1;
      while (c < to && c < i + 16 && tokens[c]!.text !== ',') c++;
      if (c < to && c < i + 16) {
        i = c;
        continue;
      }
    }
    // "In the week he'd been in Louisiana, | he knew of …": an opening phrase with a clause of its
    // own tells when or where, as a time clause does; what is said follows its comma.
    if (!keepOpener && out.length === 0 && t.pos === 'ADP' && i === from) {
      let c = i + 1;
      while (c < to && c < i + 14 && tokens[c]!.pos !== 'PUNCT') c++;
      const own = tokens
        .slice(i + 1, c)
        .some((x) => x.pos === 'AUX' || (x.pos === 'VERB' && !/ing$/i.test(x.text)));
      if (own && tokens[c]?.text === ',' && /^(?:PRON|DET|PROPN|NOUN)$/.test(tokens[c + 1]?.pos ?? '')) {
        i = c;
        continue;
      }
    }
    // "if he were in Mr Assad's position, he would make sure …": a condition goes on to its clause.
    // (A long one would leave no room for its clause, and goes as a time clause does.)
    if (out.length === 0 && /^(?:if|unless)$/i.test(t.text)) {
      let c = i + 1;
      while (c < to && c < i + 16 && tokens[c]!.text !== ',') c++;
      if (c - i <= 9 && tokens[c]?.text === ',') condition = c;
      else if (!keepOpener && c < to && c < i + 16) {
        i = c;
        continue;
      }
    }
    // "said that …": the complementizer adds nothing to a title.
    // "said that amounted to regime change": there "that" is the subject and stays.
    // (Nor past its adverbs: "the flange that only partially completed …".)
    let v = i + 1;
    while (tokens[v]?.pos === 'ADV') v++;
    if (out.length === 0 && /^that$/i.test(t.text) && !/^(?:VERB|AUX)$/.test(tokens[v]?.pos ?? '')) continue;
    out.push(i);
  }
  // "said that an 87-foot Coast Guard cutter patrolling the area | has not reported any signs of
  // leaks": words said that the limit cut before their verb go on to it and its words, as many
  // as six more, once.
  // (Auxiliaries the limit left without their verb are no verb yet: "aid | had been | pledged".)
  let told = out.length;
  while (told > 0 && tokens[out[told - 1]!]!.pos === 'AUX') told--;
  // (A relative clause's verb is its own, not the words' verb: "a 22-month old Mexican boy | who died
  // of swine flu in Texas | was the only U.S. fatality"; so is one without its pronoun, "a
  // containment device | it had lowered onto the larger of two leaks | had run into a hitch". Not
  // a hearer and its clause's subject: "told residents | they had to leave": a verb before the
  // noun makes it an object.)
  const relative = (x: number) => {
    let g = x;
    while (g > from && /^(?:AUX|ADV|PART)$/.test(tokens[g - 1]!.pos)) g--;
    const before = tokens[g - 1];
    const noun = tokens[g - 2];
    return (
      (/^(?:who|which|that)$/i.test(before?.text ?? '') && noun !== undefined && isNominal(noun)) ||
      (/^(?:it|he|she|they|we)$/i.test(before?.text ?? '') &&
        noun?.pos === 'NOUN' &&
        !tokens.slice(from, g - 2).some((y) => y.pos === 'VERB'))
    );
  };
  if (
    out.length >= maxWords &&
    i < to &&
    !grown &&
    !out.slice(0, told).some((x) => finite(tokens, x) && !relative(x))
  ) {
    // (From the auxiliaries the limit kept without their verb: "nine of the 23 people awaiting the
    // results of tests | had been | in contact with …".)
    for (let j = out[told] ?? i; j < Math.min(to, i + 6); j++) {
      if (/^[,;:(—–]$/.test(tokens[j]!.text)) break;
      if (finite(tokens, j))
        return clauseRun(tokens, from, to, skip, maxWords + (j - i) + 6, keepOpener, true);
    }
  }
  // "… and a promise from foreign states | not to fund them": words said that end within four more
  // words are finished rather than cut.
  if (out.length >= maxWords && i < to) {
    const left: number[] = [];
    for (let j = i; j < to && left.length <= 4; j++) {
      const t = tokens[j]!;
      if (/^[,;:(—–]$/.test(t.text)) {
        // (A clause its comma closes is finished too: "had killed a number | of what it described
        // as seditionists, during …".)
        if (!closesAtComma(tokens, j, left)) left.length = 5;
        break;
      }
      if (t.pos !== 'PUNCT' && !QUOTES.test(t.text) && !inSkip(t)) left.push(j);
    }
    if (left.length <= 4) {
      out.push(...left);
      i = to;
    }
  }
  // Cut by the word limit: finish the phrase it left open ("with the peace" + "plan").
  if (out.length > 0 && i < to) {
    const next: number[] = [];
    for (let j = i; j < to && next.length < 6; j++)
      if (!QUOTES.test(tokens[j]!.text) && !inSkip(tokens[j]!)) next.push(j);
    const rest = phraseRest(tokens, out[out.length - 1]!, next);
    if (rest > 0) out.push(...next.slice(0, rest));
    else {
      dropOpenClause(tokens, out);
      if (rest < 0) dropCutVerb(tokens, out);
      // "rose by 83% compared | with the same period": a participle the cut left without its phrase.
      const last = out.at(-1);
      if (
        last !== undefined &&
        tokens[last]!.pos === 'VERB' &&
        /ed$/i.test(tokens[last]!.text) &&
        tokens[last + 1]?.pos === 'ADP' &&
        /^(?:NUM|SYM)$/.test(tokens[last - 1]?.pos ?? '')
      )
        out.pop();
    }
  }
  // "were fired on": a particle right after its verb stays.
  // So does one that ends its clause after "be" ("the worst of the outbreak was over"), and what
  // finishes a verb ("began leaking", "were brought in").
  const particle = (i: number) =>
    ((/^(?:on|at|up|out|off|down|over|back)$/i.test(tokens[i]!.text) && tokens[i - 1]?.pos === 'VERB') ||
      closingParticle(tokens, i, tokens[i - 1]) ||
      completesVerb(tokens, i)) &&
    out.includes(i - 1);
  // "… despite all the support it": a subject pronoun left without its verb goes too.
  const subjectPronoun = (i: number) =>
    /^(?:he|she|it|they|we|i|you)$/i.test(tokens[i]!.text) && out.length > 1;
  // "just as the wages would have been, the IRS said": auxiliaries that end their clause as written
  // (an ellipsis) are its verb, not an auxiliary the limit left without one.
  // (Two or more: a lone "is," or "would," may open an aside before its verb.)
  const elliptical = (i: number) =>
    tokens[i]!.pos === 'AUX' &&
    tokens[i - 1]?.pos === 'AUX' &&
    /^[,;.]$/.test(tokens[i + 1]?.text ?? '') &&
    out.length > 2 &&
    tokens[out.at(-2)!]?.pos !== 'PUNCT';
  while (
    out.length > 0 &&
    ((/^(?:ADP|DET|CCONJ|SCONJ|AUX|PART)$/.test(tokens[out[out.length - 1]!]!.pos) &&
      !particle(out[out.length - 1]!) &&
      !elliptical(out[out.length - 1]!)) ||
      subjectPronoun(out[out.length - 1]!) ||
      // "have granted at least | 19 waivers": a bound without its number.
      strandedBound(tokens, out[out.length - 1]!))
  )
    out.pop();
  dropDatedNumber(tokens, out, to, (x) => inSkip(tokens[x]!));
  // A condition the word limit left without its clause goes, as a time clause does.
  if (condition > 0 && !out.some((x) => x > condition))
    return clauseRun(tokens, condition + 1, to, skip, maxWords, keepOpener);
  return out;
}

/**
 * "Gen Qassem Suleimani, the commander of IRGC's elite overseas operations arm, | the Quds Force, |
 * had gone to Syria": an aside closed by the comma at `close` may be followed by another that renames
 * it, a bare noun phrase closed by a comma of its own; the asides go together. The last closing comma.
 */
function appositionChainEnd(tokens: readonly Token[], close: number, to: number): number {
  let c = close;
  for (;;) {
    let d = c + 1;
    while (d < to && d - c <= 8 && /^(?:DET|ADJ|NOUN|PROPN|NUM|PART)$/.test(tokens[d]!.pos)) d++;
    if (d === c + 1 || tokens[d]?.text !== ',' || !/^(?:VERB|AUX)$/.test(tokens[d + 1]?.pos ?? '')) return c;
    c = d;
  }
}

/** Whether token `i` is a finite verb (an auxiliary, or an inflected verb that is no participle after its noun). */
export function finite(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.pos === 'AUX') return true;
  return (
    t.pos === 'VERB' &&
    !/ing$/i.test(t.text) &&
    t.lemma !== t.text.toLowerCase() &&
    // ("the oil released into the Gulf": a participle after its noun, its phrase after it.)
    !(
      /(?:ed|en)$/i.test(t.text) &&
      /^(?:NOUN|PROPN)$/.test(tokens[i - 1]?.pos ?? '') &&
      /^(?:ADP|PUNCT)$/.test(tokens[i + 1]?.pos ?? 'PUNCT')
    )
  );
}

/**
 * The last token of a list of four names or more that a preposition at `p` opens ("from the US, UK,
 * Switzerland, France … and Canada"), or -1.
 */
function longNameList(tokens: readonly Token[], p: number, to: number): number {
  let c = p + 1;
  if (tokens[c]?.pos === 'DET') c++;
  let commas = 0;
  for (; c < Math.min(to, p + 60); c++) {
    const t = tokens[c]!;
    if (t.pos === 'PROPN') continue;
    if (t.text === ',' && tokens[c - 1]?.pos === 'PROPN') {
      commas++;
      continue;
    }
    if (t.pos === 'CCONJ' && commas >= 3 && tokens[c + 1]?.pos === 'PROPN') {
      let end = c + 1;
      while (end + 1 < to && tokens[end + 1]!.pos === 'PROPN') end++;
      return end;
    }
    return -1;
  }
  return -1;
}

/** Whether the comma at `comma` parts the items of a list of names that ends in "and"/"or" and one more ("the US, UK, … and Canada"). */
function listRunsOn(tokens: readonly Token[], comma: number, to: number): boolean {
  if (tokens[comma - 1]?.pos !== 'PROPN') return false;
  let item = 0;
  for (let c = comma + 1; c < Math.min(to, comma + 40); c++) {
    const t = tokens[c]!;
    if (t.pos === 'PROPN') item++;
    else if (t.text === ',' && item > 0) item = 0;
    else if (t.pos === 'CCONJ')
      return item === 0 && tokens[c - 1]?.text === ','
        ? tokens[c + 1]?.pos === 'PROPN'
        : item > 0 && tokens[c + 1]?.pos === 'PROPN';
    else return false;
  }
  return false;
}

/**
 * The comma that closes a short phrase opening at preposition `p` ("Under current law, …"), its
 * words all nominal, or -1.
 */
function openingPhraseComma(tokens: readonly Token[], p: number, to: number): number {
  for (let c = p + 1; c < Math.min(to, p + 7); c++) {
    if (tokens[c]!.text === ',') return c > p + 1 ? c : -1;
    if (!isNominal(tokens[c]!)) return -1;
  }
  return -1;
}
