import type { TimexType } from '../../model/timex.ts';

/** The fields TempEval-3 Task A compares. */
export interface ScoredTimex {
  readonly start: number;
  readonly end: number;
  readonly type: TimexType;
  readonly value: string;
}

/** A gold and a system timex paired by overlap; `strict` when they cover the same characters. */
export interface TimexMatch<G extends ScoredTimex, S extends ScoredTimex> {
  readonly gold: G;
  readonly system: S;
  readonly strict: boolean;
}

/** Pairs, plus what stayed unpaired on either side. */
export interface TimexAlignment<G extends ScoredTimex, S extends ScoredTimex> {
  readonly matches: readonly TimexMatch<G, S>[];
  readonly missed: readonly G[];
  readonly spurious: readonly S[];
}

function overlap(a: ScoredTimex, b: ScoredTimex): number {
  return Math.min(a.end, b.end) - Math.max(a.start, b.start);
}

/**
 * Aligns gold and system timexes one to one. Any character overlap counts (TempEval-3's relaxed
 * match); when one span overlaps several, identical spans win, then the largest overlap, then
 * the earliest, so the alignment is deterministic. One-to-one pairing makes precision and
 * recall count the same matches, which the official scorer gets by giving overlapping entities
 * one id (TimeML-Normalizer).
 */
export function matchTimexes<G extends ScoredTimex, S extends ScoredTimex>(
  gold: readonly G[],
  system: readonly S[],
): TimexAlignment<G, S> {
  const candidates: Array<{ g: number; s: number; strict: boolean; overlap: number }> = [];
  for (let g = 0; g < gold.length; g++) {
    for (let s = 0; s < system.length; s++) {
      const a = gold[g] as G;
      const b = system[s] as S;
      const shared = overlap(a, b);
      if (shared <= 0) continue;
      candidates.push({ g, s, strict: a.start === b.start && a.end === b.end, overlap: shared });
    }
  }
  candidates.sort(
    (x, y) => Number(y.strict) - Number(x.strict) || y.overlap - x.overlap || x.g - y.g || x.s - y.s,
  );
  const goldTaken = new Set<number>();
  const systemTaken = new Set<number>();
  const pairs: Array<{ g: number; s: number; strict: boolean }> = [];
  for (const candidate of candidates) {
    if (goldTaken.has(candidate.g) || systemTaken.has(candidate.s)) continue;
    goldTaken.add(candidate.g);
    systemTaken.add(candidate.s);
    pairs.push(candidate);
  }
  pairs.sort((x, y) => x.g - y.g);
  return {
    matches: pairs.map(({ g, s, strict }) => ({ gold: gold[g] as G, system: system[s] as S, strict })),
    missed: gold.filter((_, g) => !goldTaken.has(g)),
    spurious: system.filter((_, s) => !systemTaken.has(s)),
  };
}
