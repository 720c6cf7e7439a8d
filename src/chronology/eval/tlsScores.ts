/** A timeline as the scorer sees it: dates with their summary text. */
export interface ScoredTimeline {
  readonly entries: readonly { readonly date: string; readonly text: string }[];
}

/** Precision, recall and F1. */
export interface Prf {
  readonly p: number;
  readonly r: number;
  readonly f1: number;
}

function prf(overlap: number, predicted: number, reference: number): Prf {
  const p = predicted > 0 ? overlap / predicted : 0;
  const r = reference > 0 ? overlap / reference : 0;
  return { p, r, f1: p + r > 0 ? (2 * p * r) / (p + r) : 0 };
}

/** Date-F1 (Martschat & Markert 2017): the sets of dates compared exactly. */
export function dateF1(predicted: ScoredTimeline, reference: ScoredTimeline): Prf {
  const pred = new Set(predicted.entries.map((e) => e.date));
  const ref = new Set(reference.entries.map((e) => e.date));
  let overlap = 0;
  for (const d of pred) if (ref.has(d)) overlap++;
  return prf(overlap, pred.size, ref.size);
}

/** Lower-cased word tokens, as ROUGE's default tokenizer reads them (no stemming, no stop words removed). */
export function rougeTokens(text: string): string[] {
  return text.toLowerCase().match(/[a-z0-9]+/g) ?? [];
}

function ngrams(tokens: readonly string[], n: number): Map<string, number> {
  const m = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const g = tokens.slice(i, i + n).join(' ');
    m.set(g, (m.get(g) ?? 0) + 1);
  }
  return m;
}

/** ROUGE-N of two texts: clipped n-gram overlap, as precision, recall and F1. */
export function rougeN(predicted: string, reference: string, n: number): Prf {
  const a = ngrams(rougeTokens(predicted), n);
  const b = ngrams(rougeTokens(reference), n);
  let overlap = 0;
  let total = 0;
  let totalRef = 0;
  for (const [g, c] of a) {
    total += c;
    overlap += Math.min(c, b.get(g) ?? 0);
  }
  for (const c of b.values()) totalRef += c;
  return prf(overlap, total, totalRef);
}

/**
 * Concatenation ROUGE-N of timelines (the "concat" setting of Martschat & Markert's tilse):
 * all summaries of each timeline joined in date order, dates ignored.
 */
export function concatRouge(predicted: ScoredTimeline, reference: ScoredTimeline, n: number): Prf {
  const join = (t: ScoredTimeline): string =>
    [...t.entries]
      .sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0))
      .map((e) => e.text)
      .join(' ');
  return rougeN(join(predicted), join(reference), n);
}
