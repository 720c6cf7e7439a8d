import type { Pos, Token } from '../nlp/annotate.ts';
import { type FloorScorer, fastClassifier, floorScorer, type Scorer } from './fastScore.ts';
import {
  classifyToken,
  compileModel,
  type EventClass,
  type TriggerModel,
  type TriggerModelJson,
} from './model.ts';
import { namesNoHappening } from './noHappening.ts';
import stored from './triggerModel.json';

export type { EventClass } from './model.ts';

/** A token the model takes for an event's trigger word. */
export interface Trigger {
  /** Token index in the given array. */
  readonly index: number;
  /** UTF-16 offsets of the trigger; a phrasal verb's particle is included ("broke out"). */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly lemma: string;
  readonly pos: Pos;
  /** P(event) under the model. */
  readonly score: number;
  readonly eventClass: EventClass;
}

/**
 * A key of every field of a trigger, for memos of what is read from it: two triggers with one key
 * are the same to every rule (a field added to `Trigger` goes here too).
 */
export const triggerKey = (t: Trigger): string =>
  `${t.index}|${t.start}|${t.end}|${t.text}|${t.lemma}|${t.pos}|${t.score}|${t.eventClass}`;

let defaultModel: TriggerModel | undefined;
type Classifier = (tokens: readonly Token[], i: number) => EventClass;
const fast = new WeakMap<TriggerModel, { score: Scorer; above: FloorScorer; classify: Classifier }>();

/** The fast scorer (exact, and giving up below a floor: one scorer, one cache) and classifier of a model, built once. */
function fastOf(model: TriggerModel): { score: Scorer; above: FloorScorer; classify: Classifier } {
  let pair = fast.get(model);
  if (!pair) {
    const slow: Classifier = (tokens, i) => classifyToken(model, tokens, i);
    const above = floorScorer(model);
    pair = {
      score: (tokens, i) => above(tokens, i, Number.NEGATIVE_INFINITY),
      above,
      classify: fastClassifier(model, slow) ?? slow,
    };
    fast.set(model, pair);
  }
  return pair;
}

/** The committed model (built by `npm run build:triggers`), compiled once. */
export function triggerModel(): TriggerModel {
  defaultModel ??= compileModel(stored as unknown as TriggerModelJson);
  return defaultModel;
}

/** P(event) for token `i` of a sentence's tokens. */
export function triggerScore(tokens: readonly Token[], i: number, model = triggerModel()): number {
  return fastOf(model).score(tokens, i);
}

/** The TimeML class token `i` would have as an event ("said" → REPORTING). */
export function eventClassOf(tokens: readonly Token[], i: number, model = triggerModel()): EventClass {
  return fastOf(model).classify(tokens, i);
}

const PARTICLES: ReadonlySet<string> = new Set(['out', 'off', 'up', 'down']);
// After the particle, these leave it intransitive ("broke out on Wednesday", "broke out.").
const AFTER_PARTICLE: ReadonlySet<Pos> = new Set(['PUNCT', 'ADP', 'SCONJ', 'CCONJ']);

/** Where a verb trigger ends: after its particle when it is a phrasal verb used intransitively. */
function triggerEnd(tokens: readonly Token[], i: number): number {
  const token = tokens[i]!;
  const particle = tokens[i + 1];
  if (token.pos !== 'VERB' || !particle || !PARTICLES.has(particle.text.toLowerCase())) return token.end;
  if (particle.start !== token.end + 1) return token.end;
  const after = tokens[i + 2];
  return !after || AFTER_PARTICLE.has(after.pos) ? particle.end : token.end;
}

/** "a relatively unpopulated stretch of coast", "part of a team": a noun of a part of a thing before its "of" names no happening. */
const partitive = (tokens: readonly Token[], i: number): boolean =>
  tokens[i]!.pos === 'NOUN' &&
  /^(?:stretch|part|portion|piece|section|strip|swath|patch|segment|chunk|tract)(?:es|s)?$/i.test(
    tokens[i]!.text,
  ) &&
  /^of$/i.test(tokens[i + 1]?.text ?? '');

/**
 * The event triggers among a sentence's tokens: every token whose P(event) reaches the model's
 * threshold, with its class, but a word that where it stands names no happening (an age, a name,
 * a word of a title: see `noHappening.ts`).
 */
export function findTriggers(tokens: readonly Token[], model = triggerModel()): Trigger[] {
  const triggers: Trigger[] = [];
  const { above, classify } = fastOf(model);
  for (let i = 0; i < tokens.length; i++) {
    // (-1 for a word whose score cannot reach the threshold.)
    const score = above(tokens, i, model.threshold);
    if (score < model.threshold || namesNoHappening(tokens, i) || partitive(tokens, i)) continue;
    const token = tokens[i]!;
    const end = triggerEnd(tokens, i);
    triggers.push({
      index: i,
      start: token.start,
      end,
      text: end === token.end ? token.text : `${token.text} ${tokens[i + 1]!.text}`,
      lemma: token.lemma ?? token.text.toLowerCase(),
      pos: token.pos,
      score,
      eventClass: classify(tokens, i),
    });
  }
  return triggers;
}
