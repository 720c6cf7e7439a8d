import type { Token } from '../nlp/annotate.ts';
import { CLAUSE_VERBS, isNominal, QUOTES } from './words.ts';

/*
 * Where a verb's tail (`phrases.ts` clauseTail) goes on or ends: a list past its commas, a short
 * quotation after a colon, a clause of its own after "and".
 */

/** Whether the comma at `comma` separates items of a list: a few nouns, then "and"/"or" and a noun. */
export function listGoesOn(tokens: readonly Token[], comma: number, to: number, listing = false): boolean {
  // ("200 victims, eyewitnesses, and army defectors": items of a word or a few, each closed by its
  // comma, up to the "and" of the last.)
  let item = 0;
  let items = 0;
  for (let c = comma + 1; c < Math.min(to, comma + 12); c++) {
    const t = tokens[c]!;
    if (t.pos === 'CCONJ')
      return (
        (item > 0 || ((items > 0 || listing) && !newClauseAt(tokens, c + 1, to))) &&
        tokens[c + 1] !== undefined &&
        isNominal(tokens[c + 1]!)
      );
    if (t.text === ',' && item > 0 && item <= 4) {
      item = 0;
      items++;
      continue;
    }
    if (!isNominal(t) || ++item > 4) return false;
  }
  return false;
}

/**
 * Where a list of verbs of one form that the comma at `comma` opens after a verb ends ("was
 * recovered, | burned or skimmed", "killing, maiming and displacing"): the index of its last verb,
 * closed by "and"/"or"; else -1. Cut to its first verb, such a list would tell less than it says.
 */
export function joinedVerbsEnd(tokens: readonly Token[], comma: number, to: number): number {
  const form = (t: Token) => (/ing$/i.test(t.text) ? 'ing' : /(?:ed|en)$/i.test(t.text) ? 'ed' : '');
  const first = tokens[comma - 1];
  if (first?.pos !== 'VERB' || form(first) === '') return -1;
  // (The tagger may call one a noun or an adjective: "burned or skimmed/NOUN".)
  const like = (t: Token | undefined) =>
    t !== undefined &&
    /^(?:VERB|NOUN|ADJ)$/.test(t.pos) &&
    /^\p{Ll}{4,}$/u.test(t.text) &&
    form(t) === form(first);
  let j = comma;
  while (j + 2 < to && tokens[j]!.text === ',' && like(tokens[j + 1])) j += 2;
  if (tokens[j]?.text === ',' && tokens[j + 1]?.pos === 'CCONJ') j++;
  if (j === comma || j + 1 >= to || !/^(?:and|or)$/i.test(tokens[j]?.text ?? '') || !like(tokens[j + 1]))
    return -1;
  return j + 1;
}

/**
 * Where a quotation of one to five words right after the colon at `colon` closes its sentence (the
 * index past its closing mark), or -1.
 */
export function quotedEnd(tokens: readonly Token[], colon: number, to: number): number {
  if (!QUOTES.test(tokens[colon + 1]?.text ?? '')) return -1;
  let j = colon + 2;
  while (j < to && j - colon <= 7 && !QUOTES.test(tokens[j]!.text)) {
    if (tokens[j]!.pos === 'PUNCT' && tokens[j]!.text !== '.') return -1;
    j++;
  }
  const words = tokens.slice(colon + 2, j).filter((x) => x.pos !== 'PUNCT').length;
  if (j >= to || !QUOTES.test(tokens[j]!.text) || words < 1 || words > 5) return -1;
  const after = tokens[j + 1];
  return after === undefined || j + 1 >= to || /^[.!?]$/.test(after.text) ? j + 1 : -1;
}

/**
 * Whether the words from `from` to the conjunction at `and` are a verb's object, the verb one of
 * action: no subordinator, relative word or comma between ("said lawmakers and Obama should",
 * "whether the oil industry and regulators had", "the obstacles, harassment and intimidation
 * tactics journalists are facing" join the subject of a clause or a list).
 */
export function objectEndsAt(tokens: readonly Token[], from: number, and: number): boolean {
  for (let j = and - 1; j >= 0; j--) {
    const t = tokens[j]!;
    // (Nor a name's list: "Older flu drugs called amantadine and rimantadine do not work".)
    if (t.pos === 'VERB' || t.pos === 'AUX')
      return !CLAUSE_VERBS.test(t.lemma) && !/^(?:called|named|dubbed|known)$/i.test(t.text);
    if (j < from && t.pos !== 'PART' && t.pos !== 'ADV') return false;
    if (
      t.pos === 'SCONJ' ||
      t.text === ',' ||
      /^(?:that|which|who|whom|whose|where|when|while|as|if|whether|so|because|after|before|until)$/i.test(
        t.text,
      )
    )
      return false;
  }
  return false;
}

/**
 * Whether a clause of its own, with a noun or a name for subject, starts at token `i`: nouns then
 * an auxiliary, or a finite verb with words of its own after it ("troops killed three protesters",
 * "China blocked the plan"); not a participle describing the last noun of a list ("men and women
 * wounded in the clashes") nor a gerund.
 */
export function namedSubjectClauseAt(tokens: readonly Token[], i: number, to: number): boolean {
  if (!/^(?:NOUN|PROPN)$/.test(tokens[i]?.pos ?? '')) return false;
  for (let j = i + 1; j < Math.min(to, i + 5); j++) {
    const t = tokens[j]!;
    if (t.pos === 'AUX') return true;
    if (t.pos === 'VERB') {
      const next = tokens[j + 1];
      return (
        !/ing$/i.test(t.text) &&
        t.lemma !== t.text.toLowerCase() &&
        j + 1 < to &&
        next !== undefined &&
        /^(?:DET|NUM|PRON|PROPN|NOUN|ADJ)$/.test(next.pos)
      );
    }
    if (!isNominal(t) || t.pos === 'DET') return false;
  }
  return false;
}

/** Whether a subject and its verb start at token `i` ("he went", "the army said"). */
export function newClauseAt(tokens: readonly Token[], i: number, to: number, headed = false): boolean {
  const t = tokens[i];
  if (!t || !(t.pos === 'PRON' || t.pos === 'DET' || t.pos === 'PROPN' || t.pos === 'NOUN')) return false;
  for (let j = i + 1; j < Math.min(to, i + 5); j++) {
    // With `headed`, "those arrested" (a determiner right before a participle) is no clause.
    if (headed && j === i + 1 && t.pos === 'DET' && tokens[j]!.pos === 'VERB') return false;
    if (tokens[j]!.pos === 'VERB' || tokens[j]!.pos === 'AUX') return true;
    if (!isNominal(tokens[j]!)) return false;
  }
  return false;
}

/**
 * "quoted a letter as saying 6,143 Syrians, including both soldiers and civilians, | had died since
 * …": where an aside set off by commas after the subject of the words said ends (the index of its
 * closing comma), when that subject's verb follows it; else -1. Without it the title stops at the
 * subject ("… as saying 6,143 Syrians").
 */
export function saidSubjectAsideEnd(
  tokens: readonly Token[],
  out: readonly number[],
  comma: number,
  to: number,
): number {
  if (out.at(-1) !== comma - 1 || !/^(?:NOUN|PROPN|NUM)$/.test(tokens[comma - 1]?.pos ?? '')) return -1;
  // The subject: a noun phrase right after a verb of saying (or its "that").
  let n = out.length - 1;
  while (n > 0 && /^(?:DET|ADJ|NOUN|PROPN|NUM)$/.test(tokens[out[n]!]!.pos) && out[n - 1] === out[n]! - 1)
    n--;
  const opener = tokens[out[n]!]!;
  const said =
    (opener.pos === 'VERB' && CLAUSE_VERBS.test(opener.lemma)) ||
    (/^that$/i.test(opener.text) && opener.pos === 'SCONJ');
  if (!said || n === out.length - 1) return -1;
  // The aside: words of a phrase ("including …", "in his 30s"), no verb of its own.
  let close = comma + 1;
  while (close < to && close - comma <= 10 && tokens[close]!.text !== ',') {
    const x = tokens[close]!;
    if (x.pos === 'AUX' || (x.pos === 'VERB' && !/ing$/i.test(x.text)) || QUOTES.test(x.text)) return -1;
    close++;
  }
  if (tokens[close]?.text !== ',' || close === comma + 1) return -1;
  // Then the subject's verb: an auxiliary or a past verb ("had died", "was responding", "died").
  const verb = tokens[close + 1];
  return verb !== undefined &&
    (verb.pos === 'AUX' || (verb.pos === 'VERB' && /ed$/i.test(verb.text) && !CLAUSE_VERBS.test(verb.lemma)))
    ? close
    : -1;
}
