import type { TaskAScores } from '../../src/temporal/eval/taskAScores.ts';

const pct = (x: number) => (x * 100).toFixed(2).padStart(6);
const cell = (s: string, width: number) => s.padStart(width);

/** Header of the plain-text score table (figures in percent). */
export const SCORE_HEADER = [
  'corpus'.padEnd(11),
  'system'.padEnd(12),
  cell('gold', 5),
  cell('sys', 5),
  ' | strict',
  cell('P', 6),
  cell('R', 6),
  cell('F1', 6),
  ' | relaxed',
  cell('P', 6),
  cell('R', 6),
  cell('F1', 6),
  ' | type',
  cell('acc', 6),
  cell('F1', 6),
  ' | value',
  cell('acc', 6),
  cell('P', 6),
  cell('R', 6),
  cell('F1', 6),
].join(' ');

/** One row of the plain-text score table. */
export function formatScoreRow(corpus: string, system: string, s: TaskAScores): string {
  return [
    corpus.padEnd(11).slice(0, 11),
    system.padEnd(12),
    cell(String(s.counts.gold), 5),
    cell(String(s.counts.system), 5),
    ' |       ',
    pct(s.strict.precision),
    pct(s.strict.recall),
    pct(s.strict.f1),
    ' |        ',
    pct(s.relaxed.precision),
    pct(s.relaxed.recall),
    pct(s.relaxed.f1),
    ' |     ',
    pct(s.type.accuracy),
    pct(s.type.f1),
    ' |      ',
    pct(s.value.accuracy),
    pct(s.value.precision),
    pct(s.value.recall),
    pct(s.value.f1),
  ].join(' ');
}
