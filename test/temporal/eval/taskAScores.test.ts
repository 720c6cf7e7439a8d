import { describe, expect, it } from 'vitest';
import { matchTimexes } from '../../../src/temporal/eval/matchTimexes.ts';
import {
  addCounts,
  countAlignment,
  EMPTY_COUNTS,
  taskAScores,
} from '../../../src/temporal/eval/taskAScores.ts';

const gold = [
  { start: 0, end: 6, type: 'DATE', value: '2022-04-10' }, // system exact, right value
  { start: 10, end: 24, type: 'TIME', value: '2022-04-10TMO' }, // system partial, wrong type+value
  { start: 30, end: 37, type: 'DURATION', value: 'P3D' }, // system exact, right value
  { start: 40, end: 45, type: 'DATE', value: '2022' }, // missed
] as const;
const system = [
  { start: 0, end: 6, type: 'DATE', value: '2022-04-10' },
  { start: 10, end: 16, type: 'DATE', value: '2022-04-10' },
  { start: 30, end: 37, type: 'DURATION', value: 'P3D' },
  { start: 50, end: 55, type: 'DATE', value: '2021' }, // spurious
  { start: 60, end: 65, type: 'DATE', value: '2020' }, // spurious
] as const;

describe('taskAScores', () => {
  const counts = countAlignment(matchTimexes(gold, system));

  it('counts matches by hand', () => {
    expect(counts).toEqual({ gold: 4, system: 5, strict: 2, relaxed: 3, typeCorrect: 2, valueCorrect: 2 });
  });

  it('computes the figures worked out by hand', () => {
    const scores = taskAScores(counts);
    // Strict: 2 of 5 system, 2 of 4 gold; F1 = 2·0.4·0.5/0.9 = 4/9.
    expect(scores.strict.precision).toBeCloseTo(0.4);
    expect(scores.strict.recall).toBeCloseTo(0.5);
    expect(scores.strict.f1).toBeCloseTo(4 / 9);
    // Relaxed: 3/5, 3/4; F1 = 2·0.6·0.75/1.35 = 2/3.
    expect(scores.relaxed.precision).toBeCloseTo(0.6);
    expect(scores.relaxed.recall).toBeCloseTo(0.75);
    expect(scores.relaxed.f1).toBeCloseTo(2 / 3);
    // Value: 2 right of 3 matches; P = 2/5, R = 2/4, F1 = accuracy × relaxed F1 = 2/3 · 2/3.
    expect(scores.value.accuracy).toBeCloseTo(2 / 3);
    expect(scores.value.precision).toBeCloseTo(0.4);
    expect(scores.value.recall).toBeCloseTo(0.5);
    expect(scores.value.f1).toBeCloseTo(4 / 9);
    expect(scores.value.f1).toBeCloseTo(scores.value.accuracy * scores.relaxed.f1);
    expect(scores.type.accuracy).toBeCloseTo(2 / 3);
  });

  it('ignores mod when comparing values', () => {
    const withMod = countAlignment(
      matchTimexes(
        [{ start: 0, end: 4, type: 'DATE', value: '2022', mod: 'START' }],
        [{ start: 0, end: 4, type: 'DATE', value: '2022' }],
      ),
    );
    expect(withMod.valueCorrect).toBe(1);
  });

  it('sums counts over documents and scores nothing as zero', () => {
    expect(addCounts(counts, counts).relaxed).toBe(6);
    expect(addCounts(EMPTY_COUNTS, counts)).toEqual(counts);
    expect(taskAScores(EMPTY_COUNTS).value).toEqual({ precision: 0, recall: 0, f1: 0, accuracy: 0 });
  });
});

describe('taskAScores on a TimeML fixture', () => {
  it('scores the gold annotation against itself as perfect, and nothing as zero recall', async () => {
    const { readFileSync } = await import('node:fs');
    const { readTimeML } = await import('../../../src/temporal/eval/readTimeML.ts');
    const doc = readTimeML(
      readFileSync(new URL('../../fixtures/tempeval/wsj_0068.tml', import.meta.url), 'utf8'),
    );
    const perfect = taskAScores(countAlignment(matchTimexes(doc.timexes, doc.timexes)));
    expect([perfect.strict.f1, perfect.relaxed.f1, perfect.type.f1, perfect.value.f1]).toEqual([1, 1, 1, 1]);
    const none = taskAScores(countAlignment(matchTimexes(doc.timexes, [])));
    expect(none.counts.gold).toBe(4);
    expect(none.relaxed.recall).toBe(0);
  });
});
