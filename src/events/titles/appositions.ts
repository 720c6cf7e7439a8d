import { DASH } from '../clauses/clauseWords.ts';
import type { Token } from '../nlp/annotate.ts';

/*
 * Noun phrases set off by commas or dashes around a verb's subject: a name in apposition ("the
 * Syrian National Council"), a list between dashes, and asides after an opening noun phrase.
 */

/**
 * Whether an article's noun phrase opens the clause at `first` and only asides follow it up to the
 * comma at `j` before the verb group at `g` ("The victim, Jacqui Fleming, 38, from Carnwadric,
 * Glasgow, died"): its head is a noun, no verb stands between, and the verb group is the clause's
 * own, not a participle set off before it ("The draft, proposed by the UK, was vetoed").
 */
export function onlyAsidesBefore(
  tokens: readonly Token[],
  first: number,
  j: number,
  g: number,
  to: number,
): boolean {
  let head = first;
  while (head + 1 < j && /^(?:DET|ADJ|NOUN|PROPN|NUM)$/.test(tokens[head + 1]!.pos)) head++;
  if (tokens[head]!.pos !== 'NOUN' || tokens[head + 1]?.text !== ',') return false;
  if (tokens.slice(first, j).some((t) => t.pos === 'VERB' || t.pos === 'AUX')) return false;
  // (A participle right after the comma, a name, a number or its doer after it: "The baby, named
  // Jack, …", "The boat, made 10 years ago by …".)
  if (
    g === j + 1 &&
    /(?:ed|en)$/i.test(tokens[g]!.text) &&
    (/^(?:PROPN|NUM)$/.test(tokens[g + 1]?.pos ?? '') || /^by$/i.test(tokens[g + 1]?.text ?? ''))
  )
    return false;
  // (A verb of the clause after a comma later on is the clause's own.)
  for (let n = g + 1; n < to; n++) {
    if (tokens[n]!.text !== ',') continue;
    let v = n + 1;
    while (v < to && (/^(?:["“”'‘’]|``|'')$/.test(tokens[v]!.text) || tokens[v]!.pos === 'ADV')) v++;
    const x = tokens[v];
    // (A verb in -s the tagger took for a plural noun: "…, claims that most of the oil …".)
    const saysNoun =
      x?.pos === 'NOUN' && /s$/.test(x.text) && /^(?:DET|SCONJ)$/.test(tokens[v + 1]?.pos ?? '');
    if (x && (x.pos === 'AUX' || (x.pos === 'VERB' && !/ing$/i.test(x.text)) || saysNoun)) return false;
  }
  return true;
}

/** The words of a name between the marks at `from` and `to` ("the Syrian National Council"), or none. */
export function namedApposition(tokens: readonly Token[], from: number, to: number): number[] {
  const words: number[] = [];
  for (let i = from + 1; i < to; i++) words.push(i);
  const first = words[0] === undefined ? undefined : tokens[words[0]]!.pos === 'DET' ? 1 : 0;
  if (first === undefined || words.length - first < 2 || words.length > 8) return [];
  const ok = words
    .slice(first)
    .every(
      (i) =>
        tokens[i]!.pos === 'PROPN' ||
        (/^(?:of|for|and)$/i.test(tokens[i]!.text) && tokens[i + 1]?.pos === 'PROPN'),
    );
  return ok && tokens[words[first]!]!.pos === 'PROPN' ? words : [];
}

/** The names between a dash closing at `close` and the one before it, when they are a list joined by "and" (token indices), or none. */
export function dashedList(tokens: readonly Token[], close: number): number[] {
  if (!DASH.test(tokens[close]!.text)) return [];
  let open = close - 1;
  while (open > close - 16 && open >= 0 && tokens[open]!.text !== tokens[close]!.text) open--;
  if (open < 0 || tokens[open]!.text !== tokens[close]!.text) return [];
  const words: number[] = [];
  for (let i = open + 1; i < close; i++) words.push(i);
  const joined = words.some((i) => /^(?:and|or)$/i.test(tokens[i]!.text));
  const names = words.every(
    (i) => /^(?:PROPN|CCONJ|PUNCT|DET|PART)$/.test(tokens[i]!.pos) || /^of$/i.test(tokens[i]!.text),
  );
  return joined && names && words.length >= 3 ? words : [];
}

/**
 * "the Paris Club of creditor governments, including the US, UK, France and Germany, called": where
 * an aside that "including" opens after a comma starts (that comma's index), when it runs, list and
 * all, to the comma at `close`; else -1. The nearest comma before `close` is a list's.
 */
export function inclusionAside(tokens: readonly Token[], close: number, floor: number): number {
  for (let q = close - 1; q > Math.max(floor, close - 20); q--) {
    const t = tokens[q]!;
    // (A list joined by "and"/"or", not one name and its apposition: "including the Louisiana state
    // bird, the brown pelican, removed from …".)
    if (/^including$/i.test(t.text))
      return tokens[q - 1]?.text === ',' &&
        q - 1 > floor &&
        tokens.slice(q + 1, close).some((x) => x.pos === 'CCONJ')
        ? q - 1
        : -1;
    if (!(/^(?:PROPN|NOUN|DET|ADJ|NUM|CCONJ|PART)$/.test(t.pos) || t.text === ',')) return -1;
  }
  return -1;
}
