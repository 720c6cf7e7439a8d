/**
 * Logistic regressions over sparse binary features, trained by AdaGrad SGD with L2 decay.
 * Hand-written (about a hundred lines) because the problem is small (10⁵ tokens, 10⁴ features,
 * a second per fit) and the npm packages for it are dense-matrix and unmaintained.
 */

/** Examples as feature ids, `width` slots each (-1 = no feature in that slot). */
export interface SparseExamples {
  readonly width: number;
  readonly features: Int32Array;
  readonly count: number;
}

/** Training settings shared by both regressions. */
export interface FitOptions {
  readonly featureCount: number;
  readonly epochs: number;
  readonly rate: number;
  /** L2 penalty per example seen. */
  readonly l2: number;
  /** Seed of the example order, so a build is reproducible. */
  readonly seed: number;
}

/** A small deterministic PRNG (mulberry32). */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled(count: number, next: () => number): Int32Array {
  const order = new Int32Array(count);
  for (let i = 0; i < count; i++) order[i] = i;
  for (let i = count - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    const swap = order[i]!;
    order[i] = order[j]!;
    order[j] = swap;
  }
  return order;
}

/** Fits P(y=1 | x) = σ(w·x); returns the weights, indexed by feature id. */
export function fitBinary(x: SparseExamples, y: Uint8Array, options: FitOptions): Float64Array {
  const { featureCount, epochs, rate, l2 } = options;
  const w = new Float64Array(featureCount);
  const g2 = new Float64Array(featureCount).fill(1e-8);
  const next = random(options.seed);
  for (let epoch = 0; epoch < epochs; epoch++) {
    const order = shuffled(x.count, next);
    for (const n of order) {
      const base = n * x.width;
      let z = 0;
      for (let s = 0; s < x.width; s++) {
        const f = x.features[base + s]!;
        if (f >= 0) z += w[f]!;
      }
      const gradient = 1 / (1 + Math.exp(-z)) - y[n]!;
      for (let s = 0; s < x.width; s++) {
        const f = x.features[base + s]!;
        if (f < 0) continue;
        const g = gradient + l2 * w[f]!;
        g2[f]! += g * g;
        w[f]! -= (rate * g) / Math.sqrt(g2[f]!);
      }
    }
  }
  return w;
}

/** Fits a softmax over `classCount` classes; weights are `featureCount × classCount`, row-major. */
export function fitMultinomial(
  x: SparseExamples,
  y: Uint8Array,
  classCount: number,
  options: FitOptions,
): Float64Array {
  const { featureCount, epochs, rate, l2 } = options;
  const w = new Float64Array(featureCount * classCount);
  const g2 = new Float64Array(featureCount * classCount).fill(1e-8);
  const p = new Float64Array(classCount);
  const next = random(options.seed);
  for (let epoch = 0; epoch < epochs; epoch++) {
    const order = shuffled(x.count, next);
    for (const n of order) {
      const base = n * x.width;
      p.fill(0);
      for (let s = 0; s < x.width; s++) {
        const f = x.features[base + s]!;
        if (f >= 0) for (let c = 0; c < classCount; c++) p[c]! += w[f * classCount + c]!;
      }
      let max = -Infinity;
      for (let c = 0; c < classCount; c++) max = Math.max(max, p[c]!);
      let sum = 0;
      for (let c = 0; c < classCount; c++) {
        p[c] = Math.exp(p[c]! - max);
        sum += p[c]!;
      }
      for (let s = 0; s < x.width; s++) {
        const f = x.features[base + s]!;
        if (f < 0) continue;
        for (let c = 0; c < classCount; c++) {
          const at = f * classCount + c;
          const g = p[c]! / sum - (c === y[n] ? 1 : 0) + l2 * w[at]!;
          g2[at]! += g * g;
          w[at]! -= (rate * g) / Math.sqrt(g2[at]!);
        }
      }
    }
  }
  return w;
}
