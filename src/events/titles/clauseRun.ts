import type { Token } from '../nlp/annotate.ts';
import { dropCutVerb, dropOpenClause } from './danglingEnds.ts';
import { closingDash, phraseRest, QUOTES, spacedDash } from './words.ts';

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
      if (c < to && tokens[c]!.text === ',') {
        i = c;
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
    if (/^[,;:(—–]$/.test(t.text) && out.length >= 4 && i !== condition) break;
    if (t.pos === 'VERB' || t.pos === 'AUX') verb = true;
    if (t.pos === 'PUNCT' || QUOTES.test(t.text) || inSkip(t)) continue;
    if ((t.pos === 'ADP' || t.pos === 'SCONJ') && tokens[i + 1] && inSkip(tokens[i + 1]!)) continue;
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
    if (out.length === 0 && /^that$/i.test(t.text) && !/^(?:VERB|AUX)$/.test(tokens[i + 1]?.pos ?? ''))
      continue;
    out.push(i);
  }
  // "… and a promise from foreign states | not to fund them": words said that end within four more
  // words are finished rather than cut.
  if (out.length >= maxWords && i < to) {
    const left: number[] = [];
    for (let j = i; j < to && left.length <= 4; j++) {
      const t = tokens[j]!;
      if (/^[,;:(—–]$/.test(t.text)) {
        left.length = 5;
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
  const particle = (i: number) =>
    /^(?:on|at|up|out|off|down|over|back)$/i.test(tokens[i]!.text) &&
    tokens[i - 1]?.pos === 'VERB' &&
    out.includes(i - 1);
  // "… despite all the support it": a subject pronoun left without its verb goes too.
  const subjectPronoun = (i: number) =>
    /^(?:he|she|it|they|we|i|you)$/i.test(tokens[i]!.text) && out.length > 1;
  while (
    out.length > 0 &&
    ((/^(?:ADP|DET|CCONJ|SCONJ|AUX|PART)$/.test(tokens[out[out.length - 1]!]!.pos) &&
      !particle(out[out.length - 1]!)) ||
      subjectPronoun(out[out.length - 1]!))
  )
    out.pop();
  // A condition the word limit left without its clause goes, as a time clause does.
  if (condition > 0 && !out.some((x) => x > condition))
    return clauseRun(tokens, condition + 1, to, skip, maxWords, keepOpener);
  return out;
}
