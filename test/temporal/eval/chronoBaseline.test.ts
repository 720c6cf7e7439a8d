import { describe, expect, it } from 'vitest';
import { chronoBaseline } from '../../../src/temporal/eval/chronoBaseline.ts';

describe('chronoBaseline', () => {
  it('keeps the granularity chrono knows', () => {
    const text = 'On March 25 we met; in May 2019 and 2018-06 they left. It ended Friday at 3 pm.';
    const values = chronoBaseline(text, '2022-04-12').map((t) => [t.text, t.type, t.value]);
    expect(values).toContainEqual(['March 25', 'DATE', '2022-03-25']);
    expect(values).toContainEqual(['May 2019', 'DATE', '2019-05']);
    expect(values.find(([s]) => String(s).startsWith('Friday'))?.[1]).toBe('TIME');
  });

  it('gives spans that slice back to the text', () => {
    const text = 'Yesterday, and on 4 July 1990, then tomorrow.';
    const found = chronoBaseline(text, '2022-04-12');
    expect(found.length).toBeGreaterThanOrEqual(3);
    for (const t of found) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(found[0]?.value).toBe('2022-04-11');
  });
});
