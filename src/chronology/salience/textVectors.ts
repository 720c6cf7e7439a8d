/** A sparse term-weight vector. */
export type TermVector = ReadonlyMap<string, number>;

/** Words that say nothing about a topic, kept out of TF-IDF vectors. */
const STOP = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before being ' +
    'below between both but by can could did do does doing down during each few for from further had has ' +
    'have having he her here hers him his how i if in into is it its itself just me more most my no nor ' +
    'not now of off on once only or other our ours out over own said same says she should so some such ' +
    'than that the their theirs them then there these they this those through to too under until up very ' +
    'was we were what when where which while who whom why will with would you your yours mr mrs ms one two ' +
    'new told says say year years day days week weeks month months monday tuesday wednesday thursday ' +
    'friday saturday sunday january february march april may june july august september october ' +
    'november december yesterday today'
  ).split(' '),
);

/** Lower-cased content words of a text (letters only, stop words dropped). */
export function contentWords(text: string): string[] {
  const out: string[] = [];
  for (const m of text.toLowerCase().match(/[a-z][a-z'-]*[a-z]|[a-z]/g) ?? []) {
    const w = m.endsWith("'s") ? m.slice(0, -2) : m;
    if (w.length > 1 && !STOP.has(w)) out.push(w);
  }
  return out;
}

/** Inverse document frequencies over `documents` (each a list of words), smoothed. */
export function inverseDocumentFrequency(documents: readonly (readonly string[])[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const d of documents) for (const w of new Set(d)) df.set(w, (df.get(w) ?? 0) + 1);
  const n = documents.length;
  const idf = new Map<string, number>();
  for (const [w, c] of df) idf.set(w, Math.log((1 + n) / (1 + c)) + 1);
  return idf;
}

/** The TF-IDF vector of a word list, L2-normalized (empty for no words). */
export function tfidf(words: readonly string[], idf: ReadonlyMap<string, number>): TermVector {
  const v = new Map<string, number>();
  for (const w of words) v.set(w, (v.get(w) ?? 0) + (idf.get(w) ?? 1));
  let norm = 0;
  for (const x of v.values()) norm += x * x;
  norm = Math.sqrt(norm);
  if (norm > 0) for (const [w, x] of v) v.set(w, x / norm);
  return v;
}

/** Cosine similarity of two L2-normalized vectors. */
export function cosine(a: TermVector, b: TermVector): number {
  const [small, big] = a.size <= b.size ? [a, b] : [b, a];
  let s = 0;
  for (const [w, x] of small) {
    const y = big.get(w);
    if (y !== undefined) s += x * y;
  }
  return s;
}

/** The normalized mean of normalized vectors. */
export function centroid(vectors: readonly TermVector[]): TermVector {
  const c = new Map<string, number>();
  for (const v of vectors) for (const [w, x] of v) c.set(w, (c.get(w) ?? 0) + x);
  let norm = 0;
  for (const x of c.values()) norm += x * x;
  norm = Math.sqrt(norm);
  if (norm > 0) for (const [w, x] of c) c.set(w, x / norm);
  return c;
}
