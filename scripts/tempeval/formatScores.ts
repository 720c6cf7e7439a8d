import type { TaskAScores } from '../../src/temporal/eval/taskAScores.ts';

const pct = (x: number) => (x * 100).toFixed(2).padStart(6);

/** Header of the plain-text score table. */
export const SCORE_HEADER = [
  'corpus      system        gold   sys |  strict P      R     F1 | relaxed P      R     F1 |',
  '  type acc    F1 | value acc     P      R     F1',
].join('');

/** One row of the plain-text score table. */
export function formatScoreRow(corpus: string, system: string, s: TaskAScores): string {
  return [
    corpus.padEnd(11).slice(0, 11),
    system.padEnd(12),
    String(s.counts.gold).padStart(6),
    String(s.counts.system).padStart(5),
    ' |',
    pct(s.strict.precision),
    pct(s.strict.recall),
    pct(s.strict.f1),
    '   |',
    pct(s.relaxed.precision),
    pct(s.relaxed.recall),
    pct(s.relaxed.f1),
    ' |',
    pct(s.type.accuracy),
    pct(s.type.f1),
    ' |',
    pct(s.value.accuracy),
    pct(s.value.precision),
    pct(s.value.recall),
    pct(s.value.f1),
  ].join(' ');
}
