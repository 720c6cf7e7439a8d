import { describe, expect, it } from 'vitest';
import { matchTimexes, type ScoredTimex } from '../../../src/temporal/eval/matchTimexes.ts';

const t = (start: number, end: number, value = 'X', type: ScoredTimex['type'] = 'DATE') => ({
  start,
  end,
  type,
  value,
});

describe('matchTimexes', () => {
  it('pairs identical spans strictly and overlapping spans relaxed', () => {
    const gold = [t(0, 5), t(10, 20)];
    const system = [t(0, 5), t(12, 15)];
    const { matches, missed, spurious } = matchTimexes(gold, system);
    expect(matches.map((m) => [m.gold.start, m.system.start, m.strict])).toEqual([
      [0, 0, true],
      [10, 12, false],
    ]);
    expect(missed).toEqual([]);
    expect(spurious).toEqual([]);
  });

  it('does not pair spans that only touch', () => {
    const { matches, missed, spurious } = matchTimexes([t(0, 5)], [t(5, 9)]);
    expect(matches).toEqual([]);
    expect(missed).toHaveLength(1);
    expect(spurious).toHaveLength(1);
  });

  it('pairs one to one, preferring the identical span, then the larger overlap', () => {
    // Gold "Sunday morning" against system "Sunday" and "morning": one pair, one spurious.
    const gold = [t(0, 14)];
    const system = [t(0, 6), t(7, 14)];
    const result = matchTimexes(gold, system);
    expect(result.matches.map((m) => m.system.end)).toEqual([14]);
    expect(result.spurious.map((s) => s.start)).toEqual([0]);

    const strictWins = matchTimexes([t(0, 10), t(12, 20)], [t(0, 20), t(12, 20)]);
    expect(strictWins.matches.map((m) => [m.gold.start, m.system.end, m.strict])).toEqual([
      [0, 20, false],
      [12, 20, true],
    ]);
  });

  it('handles empty sides', () => {
    expect(matchTimexes([], [t(0, 1)]).spurious).toHaveLength(1);
    expect(matchTimexes([t(0, 1)], []).missed).toHaveLength(1);
  });
});
