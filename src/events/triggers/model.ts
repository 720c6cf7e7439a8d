import type { Pos, Token } from '../nlp/annotate.ts';
import { featureKeys, type Lexicon, lexiconOf, TEMPLATE_COUNT, TEMPLATES } from './features.ts';

/** TimeML event classes, as TimeBank annotates them. */
export const EVENT_CLASSES = [
  'OCCURRENCE',
  'REPORTING',
  'STATE',
  'I_STATE',
  'I_ACTION',
  'ASPECTUAL',
  'PERCEPTION',
] as const;

/** The TimeML class of an event. */
export type EventClass = (typeof EVENT_CLASSES)[number];

/**
 * A trigger model as stored in JSON: a binary logistic regression (is this token an event?) and
 * a multinomial one (which class?), both as sparse weights per feature template.
 */
export interface TriggerModelJson {
  readonly version: 1;
  /** What the model was built from and how it did in its inner cross-validation. */
  readonly info: Record<string, string | number>;
  /** Parts of speech that are ever events in training; other tokens score 0 without features. */
  readonly candidatePos: readonly Pos[];
  /** The score at or above which a token is a trigger (chosen by cross-validation for F1). */
  readonly threshold: number;
  readonly templates: readonly string[];
  /**
   * Per template, its weights packed as `key=weight` entries separated by spaces (keys never hold
   * a space): a tenth smaller than JSON objects, and the formatter leaves one line per template.
   */
  readonly event: Readonly<Record<string, string>>;
  /** Class order of `eventClass` weight vectors. */
  readonly classes: readonly EventClass[];
  /** Per template, `key=w1,w2,…` entries: one weight per class, in `classes` order. */
  readonly eventClass: Readonly<Record<string, string>>;
  /** WordNet sense codes → the lemmas that have them, space-separated (see `train/wordnet.ts`). */
  readonly senses: Readonly<Record<string, string>>;
}

/** Packs a template's weights for storage (see `TriggerModelJson.event`). */
export function packWeights(table: ReadonlyMap<string, number | readonly number[]>): string {
  return [...table].map(([key, w]) => `${key}=${typeof w === 'number' ? w : w.join(',')}`).join(' ');
}

/** Unpacks what `packWeights` stored. */
export function unpackWeights<T>(packed: string | undefined, value: (text: string) => T): Map<string, T> {
  const table = new Map<string, T>();
  if (!packed) return table;
  for (const entry of packed.split(' ')) {
    const at = entry.lastIndexOf('=');
    table.set(entry.slice(0, at), value(entry.slice(at + 1)));
  }
  return table;
}

/** A model ready to score: one Map per template, indexed like `TEMPLATES`. */
export interface TriggerModel {
  readonly candidatePos: ReadonlySet<Pos>;
  readonly threshold: number;
  readonly event: ReadonlyArray<ReadonlyMap<string, number>>;
  readonly classes: readonly EventClass[];
  readonly eventClass: ReadonlyArray<ReadonlyMap<string, readonly number[]>>;
  readonly lexicon: Lexicon;
}

/** Turns stored JSON into lookup tables; refuses a model built for other templates. */
export function compileModel(json: TriggerModelJson): TriggerModel {
  if (json.version !== 1 || json.templates.join() !== TEMPLATES.join())
    throw new Error('Trigger model was built for other feature templates; rebuild it');
  return {
    candidatePos: new Set(json.candidatePos),
    threshold: json.threshold,
    event: TEMPLATES.map((t) => unpackWeights(json.event[t], Number)),
    classes: json.classes,
    eventClass: TEMPLATES.map((t) => unpackWeights(json.eventClass[t], (v) => v.split(',').map(Number))),
    lexicon: lexiconOf(json.senses ?? {}),
  };
}

// One scratch array for feature keys: scoring allocates nothing beyond the keys themselves.
const keys: string[] = new Array(TEMPLATE_COUNT).fill('');
const classScores: number[] = [];

/** P(event) of token `i` of a sentence under `model`. */
export function scoreToken(model: TriggerModel, tokens: readonly Token[], i: number): number {
  if (!model.candidatePos.has(tokens[i]!.pos)) return 0;
  featureKeys(tokens, i, keys, model.lexicon);
  let z = 0;
  for (let t = 0; t < TEMPLATE_COUNT; t++) {
    const key = keys[t]!;
    if (key !== '') z += model.event[t]!.get(key) ?? 0;
  }
  return 1 / (1 + Math.exp(-z));
}

/** The most likely event class of token `i` of a sentence, were it an event. */
export function classifyToken(model: TriggerModel, tokens: readonly Token[], i: number): EventClass {
  featureKeys(tokens, i, keys, model.lexicon);
  const k = model.classes.length;
  classScores.length = k;
  classScores.fill(0);
  for (let t = 0; t < TEMPLATE_COUNT; t++) {
    const key = keys[t]!;
    const w = key === '' ? undefined : model.eventClass[t]!.get(key);
    if (w) for (let c = 0; c < k; c++) classScores[c]! += w[c]!;
  }
  let best = 0;
  for (let c = 1; c < k; c++) if (classScores[c]! > classScores[best]!) best = c;
  return model.classes[best]!;
}
