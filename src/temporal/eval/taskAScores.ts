import type { ScoredTimex, TimexAlignment } from './matchTimexes.ts';

/** Raw counts behind TempEval-3 Task A; they add up across documents. */
export interface TaskACounts {
  readonly gold: number;
  readonly system: number;
  readonly strict: number;
  readonly relaxed: number;
  readonly typeCorrect: number;
  readonly valueCorrect: number;
}

/** Precision, recall and F1 as fractions in [0, 1]. */
export interface PRF {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

/** TempEval-3 Task A figures. Attribute scores count relaxed matches whose attribute is right. */
export interface TaskAScores {
  readonly counts: TaskACounts;
  readonly strict: PRF;
  readonly relaxed: PRF;
  readonly type: PRF & { readonly accuracy: number };
  readonly value: PRF & { readonly accuracy: number };
}

/** Counts of no documents. */
export const EMPTY_COUNTS: TaskACounts = {
  gold: 0,
  system: 0,
  strict: 0,
  relaxed: 0,
  typeCorrect: 0,
  valueCorrect: 0,
};

/**
 * Counts one document's alignment. Value is compared as an exact string and `mod` is ignored,
 * as in the official TE3 scorer (`evaluate_entities.py` reads only `type` and `value`).
 */
export function countAlignment<G extends ScoredTimex, S extends ScoredTimex>(
  alignment: TimexAlignment<G, S>,
): TaskACounts {
  const { matches, missed, spurious } = alignment;
  return {
    gold: matches.length + missed.length,
    system: matches.length + spurious.length,
    strict: matches.filter((m) => m.strict).length,
    relaxed: matches.length,
    typeCorrect: matches.filter((m) => m.gold.type === m.system.type).length,
    valueCorrect: matches.filter((m) => m.gold.value === m.system.value).length,
  };
}

/** The sum of two sets of counts. */
export function addCounts(a: TaskACounts, b: TaskACounts): TaskACounts {
  return {
    gold: a.gold + b.gold,
    system: a.system + b.system,
    strict: a.strict + b.strict,
    relaxed: a.relaxed + b.relaxed,
    typeCorrect: a.typeCorrect + b.typeCorrect,
    valueCorrect: a.valueCorrect + b.valueCorrect,
  };
}

function ratio(numerator: number, denominator: number): number {
  return denominator === 0 ? 0 : numerator / denominator;
}

function prf(correct: number, system: number, gold: number): PRF {
  const precision = ratio(correct, system);
  const recall = ratio(correct, gold);
  return { precision, recall, f1: ratio(2 * precision * recall, precision + recall) };
}

/**
 * Task A figures from counts. Attribute precision is correct-attribute matches over system
 * timexes and recall over gold timexes, so attribute F1 = attribute accuracy × relaxed F1, the
 * official formula.
 */
export function taskAScores(counts: TaskACounts): TaskAScores {
  const { gold, system, strict, relaxed, typeCorrect, valueCorrect } = counts;
  return {
    counts,
    strict: prf(strict, system, gold),
    relaxed: prf(relaxed, system, gold),
    type: { ...prf(typeCorrect, system, gold), accuracy: ratio(typeCorrect, relaxed) },
    value: { ...prf(valueCorrect, system, gold), accuracy: ratio(valueCorrect, relaxed) },
  };
}
