/** An event span, gold or predicted, with its TimeML class. */
export interface EventSpan {
  readonly start: number;
  readonly end: number;
  readonly eventClass: string;
}

/** Raw counts of TempEval-3 Task B event extraction; they add up across documents. */
export interface EventCounts {
  readonly gold: number;
  readonly system: number;
  /** Gold events overlapped by at least one predicted trigger (relaxed match). */
  readonly goldFound: number;
  /** Predicted triggers that overlap at least one gold event. */
  readonly systemRight: number;
  /** Gold events found by an overlapping trigger of the same class. */
  readonly classRight: number;
}

export const NO_EVENTS: EventCounts = { gold: 0, system: 0, goldFound: 0, systemRight: 0, classRight: 0 };

const overlaps = (a: EventSpan, b: EventSpan): boolean => a.start < b.end && b.start < a.end;

/**
 * Matches predicted triggers to gold events by span overlap, as TempEval-3's relaxed matching
 * does: a gold event is found when some prediction overlaps it, a prediction is right when it
 * overlaps some gold event.
 */
export function matchEvents(gold: readonly EventSpan[], system: readonly EventSpan[]): EventCounts {
  let goldFound = 0;
  let classRight = 0;
  for (const g of gold) {
    const hits = system.filter((s) => overlaps(g, s));
    if (hits.length === 0) continue;
    goldFound++;
    if (hits.some((s) => s.eventClass === g.eventClass)) classRight++;
  }
  const systemRight = system.filter((s) => gold.some((g) => overlaps(g, s))).length;
  return { gold: gold.length, system: system.length, goldFound, systemRight, classRight };
}

/** The sum of two sets of counts. */
export function addEventCounts(a: EventCounts, b: EventCounts): EventCounts {
  return {
    gold: a.gold + b.gold,
    system: a.system + b.system,
    goldFound: a.goldFound + b.goldFound,
    systemRight: a.systemRight + b.systemRight,
    classRight: a.classRight + b.classRight,
  };
}

/** Precision, recall and F1 of extraction, and the TE3 class attribute (accuracy and F1). */
export function eventScores(c: EventCounts): {
  precision: number;
  recall: number;
  f1: number;
  classAccuracy: number;
  classF1: number;
} {
  const precision = c.system ? c.systemRight / c.system : 0;
  const recall = c.gold ? c.goldFound / c.gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  const cp = c.system ? c.classRight / c.system : 0;
  const cr = c.gold ? c.classRight / c.gold : 0;
  return {
    precision,
    recall,
    f1,
    classAccuracy: c.goldFound ? c.classRight / c.goldFound : 0,
    classF1: cp + cr ? (2 * cp * cr) / (cp + cr) : 0,
  };
}
