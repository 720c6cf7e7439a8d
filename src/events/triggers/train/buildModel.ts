import { annotate, type Pos, type Token } from '../../nlp/annotate.ts';
import {
  featureKeys,
  type Lexicon,
  lexiconOf,
  TEMPLATE_COUNT,
  TEMPLATES,
  type Template,
} from '../features.ts';
import {
  compileModel,
  EVENT_CLASSES,
  type EventClass,
  packWeights,
  scoreToken,
  type TriggerModel,
  type TriggerModelJson,
} from '../model.ts';
import { type FitOptions, fitBinary, fitMultinomial, random, type SparseExamples } from './logistic.ts';

/** A document with gold event spans (from TimeML): what the trigger model learns from. */
export interface GoldDocument {
  readonly docId: string;
  readonly text: string;
  readonly events: ReadonlyArray<{
    readonly start: number;
    readonly end: number;
    readonly eventClass: string;
  }>;
}

/** One sentence's tokens, each labelled with the class index of a gold event it overlaps, or -1. */
export interface LabelledSentence {
  readonly tokens: readonly Token[];
  readonly labels: Int8Array;
}

/** Settings of a build; the defaults are what `npm run build:triggers` uses. */
export interface BuildOptions {
  /** Folds of the inner cross-validation that picks the threshold. */
  readonly folds: number;
  /** A feature must occur this often in training to get a weight (rare lemmas back off). */
  readonly minCount: number;
  /** A part of speech is a candidate when at least this share of its tokens are events. */
  readonly minPosRate: number;
  readonly fit: Omit<FitOptions, 'featureCount'>;
  readonly classFit: Omit<FitOptions, 'featureCount'>;
  /** Weights smaller than this in magnitude are dropped from the stored model. */
  readonly prune: number;
  /**
   * Share of training tokens whose lemma features are hidden, so that the back-off features
   * (suffix, WordNet sense, context) learn to decide alone, as they must for unseen lemmas.
   */
  readonly lemmaDropout: number;
  /** Templates each regression uses (the class model needs fewer: it mostly follows the lemma). */
  readonly eventTemplates: readonly Template[];
  readonly classTemplates: readonly Template[];
  /** Class weights are rounded to this many decimals (only their argmax matters). */
  readonly classDecimals: number;
}

export const DEFAULT_BUILD: BuildOptions = {
  folds: 5,
  minCount: 3,
  minPosRate: 0.002,
  fit: { epochs: 8, rate: 0.1, l2: 1e-6, seed: 17 },
  classFit: { epochs: 8, rate: 0.1, l2: 1e-6, seed: 29 },
  prune: 0.2,
  lemmaDropout: 0,
  eventTemplates: TEMPLATES,
  classTemplates: ['bias', 'lemma', 'pos', 'suffix4', 'nounSense', 'verbSense'],
  classDecimals: 2,
};

/** Annotates a document and labels its tokens by overlap with the gold EVENT spans. */
export function labelDocument(doc: GoldDocument): LabelledSentence[] {
  const { tokens, sentenceStarts } = annotate(doc.text);
  const sentences: LabelledSentence[] = [];
  let e = 0;
  let from = 0;
  for (let s = 0; s <= sentenceStarts.length; s++) {
    const limit = s + 1 < sentenceStarts.length ? sentenceStarts[s + 1]! : Number.POSITIVE_INFINITY;
    let to = from;
    while (to < tokens.length && tokens[to]!.start < limit) to++;
    if (to === from) continue;
    const slice = tokens.slice(from, to);
    const labels = new Int8Array(slice.length).fill(-1);
    slice.forEach((token, i) => {
      while (e < doc.events.length && doc.events[e]!.end <= token.start) e++;
      for (let k = e; k < doc.events.length && doc.events[k]!.start < token.end; k++) {
        const cls = EVENT_CLASSES.indexOf(doc.events[k]!.eventClass as EventClass);
        if (doc.events[k]!.end > token.start) labels[i] = Math.max(0, cls);
      }
    });
    if (slice.some((t) => t.pos !== 'SPACE')) sentences.push({ tokens: slice, labels });
    from = to;
  }
  return sentences;
}

/** Parts of speech whose tokens are events at least `minRate` of the time. */
function candidateParts(sentences: readonly LabelledSentence[], minRate: number): Pos[] {
  const seen = new Map<Pos, [number, number]>();
  for (const { tokens, labels } of sentences)
    tokens.forEach((t, i) => {
      const tally = seen.get(t.pos) ?? [0, 0];
      tally[0]++;
      if (labels[i]! >= 0) tally[1]++;
      seen.set(t.pos, tally);
    });
  return [...seen]
    .filter(([, [n, events]]) => events / n >= minRate)
    .map(([pos]) => pos)
    .sort();
}

interface Encoded {
  readonly ids: ReadonlyMap<string, number>;
  readonly names: readonly string[];
  readonly x: SparseExamples;
  readonly labels: Int8Array;
}

/** Feature ids for the candidate tokens; features rarer than `minCount` get none. */
function encode(
  sentences: readonly LabelledSentence[],
  candidates: ReadonlySet<Pos>,
  minCount: number,
  lexicon: Lexicon,
  dropout: number,
): Encoded {
  const next = random(7);
  const lemmaSlots = [TEMPLATES.indexOf('lemma'), TEMPLATES.indexOf('lemmaPos')];
  const rows: string[][] = [];
  const labelList: number[] = [];
  const counts = new Map<string, number>();
  const keys: string[] = new Array(TEMPLATE_COUNT).fill('');
  for (const { tokens, labels } of sentences)
    for (let i = 0; i < tokens.length; i++) {
      if (!candidates.has(tokens[i]!.pos)) continue;
      featureKeys(tokens, i, keys, lexicon);
      const row = keys.map((k, t) => (k === '' ? '' : `${t}\u0001${k}`));
      if (dropout > 0 && next() < dropout) for (const t of lemmaSlots) row[t] = '';
      for (const name of row) if (name) counts.set(name, (counts.get(name) ?? 0) + 1);
      rows.push(row);
      labelList.push(labels[i]!);
    }
  const ids = new Map<string, number>();
  const names: string[] = [];
  for (const [name, n] of counts)
    if (n >= minCount) {
      ids.set(name, names.length);
      names.push(name);
    }
  const features = new Int32Array(rows.length * TEMPLATE_COUNT).fill(-1);
  rows.forEach((row, n) => {
    row.forEach((name, t) => {
      features[n * TEMPLATE_COUNT + t] = ids.get(name) ?? -1;
    });
  });
  return {
    ids,
    names,
    x: { width: TEMPLATE_COUNT, features, count: rows.length },
    labels: Int8Array.from(labelList),
  };
}

const round = (w: number, decimals = 3): number => Math.round(w * 10 ** decimals) / 10 ** decimals;

/** A copy of `x` keeping only the slots of the given templates (and, if given, the rows). */
function select(x: SparseExamples, templates: readonly Template[], rows?: readonly number[]): SparseExamples {
  const keep = TEMPLATES.map((t) => templates.includes(t));
  const order = rows ?? Array.from({ length: x.count }, (_, n) => n);
  const features = new Int32Array(order.length * x.width).fill(-1);
  order.forEach((n, k) => {
    for (let s = 0; s < x.width; s++) if (keep[s]) features[k * x.width + s] = x.features[n * x.width + s]!;
  });
  return { width: x.width, features, count: order.length };
}

/** Fits both regressions on `sentences` and stores them with the given threshold. */
export function fitModel(
  sentences: readonly LabelledSentence[],
  threshold: number,
  options: BuildOptions = DEFAULT_BUILD,
  info: Record<string, string | number> = {},
  senses: Readonly<Record<string, string>> = {},
): TriggerModelJson {
  const candidatePos = candidateParts(sentences, options.minPosRate);
  const data = encode(
    sentences,
    new Set(candidatePos),
    options.minCount,
    lexiconOf(senses),
    options.lemmaDropout,
  );
  const featureCount = data.names.length;
  const y = Uint8Array.from(data.labels, (l) => (l >= 0 ? 1 : 0));
  const w = fitBinary(select(data.x, options.eventTemplates), y, { ...options.fit, featureCount });
  // The class model learns from the events only: it answers "which kind", given "an event".
  const positives: number[] = [];
  data.labels.forEach((l, n) => {
    if (l >= 0) positives.push(n);
  });
  const py = Uint8Array.from(positives, (n) => data.labels[n]!);
  const k = EVENT_CLASSES.length;
  const cw = fitMultinomial(select(data.x, options.classTemplates, positives), py, k, {
    ...options.classFit,
    featureCount,
  });
  const event = new Map(TEMPLATES.map((t) => [t, new Map<string, number>()]));
  const eventClass = new Map(TEMPLATES.map((t) => [t, new Map<string, number[]>()]));
  data.names.forEach((name, f) => {
    const cut = name.indexOf('\u0001');
    const template = TEMPLATES[Number(name.slice(0, cut))]!;
    const key = name.slice(cut + 1);
    if (/\s/.test(key)) return; // unpackable, and no token holds a space
    if (Math.abs(w[f]!) >= options.prune) event.get(template)!.set(key, round(w[f]!));
    const vector = Array.from(cw.subarray(f * k, (f + 1) * k), (v) => round(v, options.classDecimals));
    if (vector.some((v) => Math.abs(v) >= options.prune)) eventClass.get(template)!.set(key, vector);
  });
  const pack = <T extends number | number[]>(tables: Map<Template, Map<string, T>>) =>
    Object.fromEntries(
      [...tables].filter(([, table]) => table.size > 0).map(([t, table]) => [t, packWeights(table)]),
    );
  return {
    version: 1,
    info,
    candidatePos,
    threshold,
    templates: [...TEMPLATES],
    event: pack(event),
    classes: [...EVENT_CLASSES],
    eventClass: pack(eventClass),
    senses,
  };
}

/** The documents of fold `fold` of `folds`, by position (documents are dealt round-robin). */
export function inFold(index: number, fold: number, folds: number): boolean {
  return index % folds === fold;
}

/** The threshold with the best token-level F1 over held-out (score, is-event) pairs. */
export function bestThreshold(scored: ReadonlyArray<readonly [number, boolean]>): {
  threshold: number;
  f1: number;
} {
  const sorted = [...scored].sort((a, b) => b[0] - a[0]);
  const positives = sorted.filter(([, gold]) => gold).length;
  let best = { threshold: 0.5, f1: 0 };
  let hits = 0;
  sorted.forEach(([score, gold], n) => {
    if (gold) hits++;
    const next = sorted[n + 1];
    if (next && next[0] === score) return;
    const f1 = (2 * hits) / (n + 1 + positives);
    if (f1 > best.f1) best = { threshold: next ? (score + next[0]) / 2 : score, f1 };
  });
  return best;
}

/**
 * Builds a trigger model from labelled documents: an inner cross-validation by document chooses
 * the threshold with the best held-out F1, then both regressions are fitted on everything.
 */
export function buildTriggerModel(
  documents: ReadonlyArray<readonly LabelledSentence[]>,
  options: BuildOptions = DEFAULT_BUILD,
  senses: Readonly<Record<string, string>> = {},
): TriggerModelJson {
  const scored: Array<readonly [number, boolean]> = [];
  for (let fold = 0; fold < options.folds; fold++) {
    const train = documents.filter((_, d) => !inFold(d, fold, options.folds)).flat();
    const model: TriggerModel = compileModel(fitModel(train, 0.5, options, {}, senses));
    documents.forEach((sentences, d) => {
      if (!inFold(d, fold, options.folds)) return;
      for (const { tokens, labels } of sentences)
        for (let i = 0; i < tokens.length; i++) scored.push([scoreToken(model, tokens, i), labels[i]! >= 0]);
    });
  }
  const { threshold, f1 } = bestThreshold(scored);
  const all = documents.flat();
  const tokens = all.reduce((n, s) => n + s.tokens.length, 0);
  return fitModel(
    all,
    round(threshold),
    options,
    {
      documents: documents.length,
      tokens,
      innerFolds: options.folds,
      innerTokenF1: round(f1),
    },
    senses,
  );
}
