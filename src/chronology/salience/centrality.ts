/**
 * How central each document is to a collection: the cosine of its TF-IDF vector to the normalized
 * centroid of all of them, and the inverse document frequencies. The same numbers, bit for bit, as
 * `cosine(tfidf(d, idf), centroid(vectors))` with the Map-based functions of textVectors.ts, in the
 * same order of additions; words are numbered once and vectors kept in typed arrays, which is
 * several times faster on the tens of thousands of events of a large collection.
 */
export function centrality(documents: readonly (readonly string[])[]): {
  central: number[];
  idf: Map<string, number>;
} {
  // Words numbered in order of first occurrence: the order a Map over all vectors would insert them.
  const ids = new Map<string, number>();
  const docs = documents.map((d) =>
    Int32Array.from(d, (w) => {
      let id = ids.get(w);
      if (id === undefined) {
        id = ids.size;
        ids.set(w, id);
      }
      return id;
    }),
  );
  const words = ids.size;
  const df = new Int32Array(words);
  const lastDoc = new Int32Array(words).fill(-1);
  docs.forEach((d, k) => {
    for (const id of d)
      if (lastDoc[id] !== k) {
        lastDoc[id] = k;
        df[id]!++;
      }
  });
  const n = documents.length;
  const idfOf = Float64Array.from(df, (c) => Math.log((1 + n) / (1 + c)) + 1);
  // Each document's vector: its distinct words in order of first occurrence, and their weights.
  const sum = new Float64Array(words);
  const inOrder = new Int32Array(words).fill(-1);
  const vectors = docs.map((d, k) => {
    const order: number[] = [];
    for (const id of d) {
      if (inOrder[id] !== k) {
        inOrder[id] = k;
        order.push(id);
      }
      sum[id] = sum[id]! + idfOf[id]!;
    }
    let norm = 0;
    for (const id of order) norm += sum[id]! * sum[id]!;
    norm = Math.sqrt(norm);
    const weights = Float64Array.from(order, (id) => (norm > 0 ? sum[id]! / norm : sum[id]!));
    for (const id of order) sum[id] = 0;
    return { order, weights };
  });
  const topic = new Float64Array(words);
  for (const v of vectors)
    v.order.forEach((id, k) => {
      topic[id] = topic[id]! + v.weights[k]!;
    });
  let norm = 0;
  for (let id = 0; id < words; id++) norm += topic[id]! * topic[id]!;
  norm = Math.sqrt(norm);
  if (norm > 0) for (let id = 0; id < words; id++) topic[id] = topic[id]! / norm;
  const central = vectors.map((v) => {
    let s = 0;
    v.order.forEach((id, k) => {
      s += v.weights[k]! * topic[id]!;
    });
    return s;
  });
  const idf = new Map<string, number>();
  for (const [w, id] of ids) idf.set(w, idfOf[id]!);
  return { central, idf };
}
