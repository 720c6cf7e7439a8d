import { describe, expect, it } from 'vitest';
import { matchTimexes } from '../../../src/temporal/eval/matchTimexes.ts';
import {
  spanContext,
  type TextTimex,
  timexErrors,
  timexErrorsToTsv,
} from '../../../src/temporal/eval/timexErrors.ts';

const text = 'On Friday, the talks\tended. Last week was calm. In May 2022 it rained.';
const span = (s: string, value: string, tags?: string[]): TextTimex => {
  const start = text.indexOf(s);
  return { start, end: start + s.length, text: s, type: 'DATE', value, ...(tags ? { tags } : {}) };
};

describe('timexErrors', () => {
  const gold = [span('Friday', '2022-04-08'), span('Last week', '2022-W13'), span('May 2022', '2022-05')];
  const system = [
    span('Friday', '2022-04-15', ['weekday']),
    span('talks', '2022', ['noise']),
    span('May 2022', '2022-05'),
  ];
  const rows = timexErrors('doc1', text, matchTimexes(gold, system));

  it('lists wrong values, false positives and misses in text order', () => {
    expect(rows.map((r) => [r.kind, r.goldText, r.systemText, r.systemValue, r.tags])).toEqual([
      ['wrong-value', 'Friday', 'Friday', '2022-04-15', 'weekday'],
      ['false-positive', '', 'talks', '2022', 'noise'],
      ['miss', 'Last week', '', '', ''],
    ]);
  });

  it('writes one TSV line a row with tabs removed from fields', () => {
    const tsv = timexErrorsToTsv(rows).split('\n').slice(0, -1);
    expect(tsv).toHaveLength(4);
    expect(tsv[0]).toBe('kind\tdoc\tgoldText\tgoldValue\tsystemText\tsystemValue\tcontext\ttags');
    for (const line of tsv) expect(line.split('\t')).toHaveLength(8);
  });
});

describe('spanContext', () => {
  it('brackets the span and flattens whitespace', () => {
    expect(spanContext('a\nb Friday c\n\nd', 4, 10, 3)).toBe(' b [Friday] c ');
  });
});
