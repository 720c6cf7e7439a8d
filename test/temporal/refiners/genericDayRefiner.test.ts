import { describe, expect, it } from 'vitest';
import { tag } from '../../../src/temporal/tag.ts';

describe('genericDayRefiner', () => {
  it('reads paired "today and tomorrow" as a general present and future', () => {
    const results = tag('a necessity for Afghanistan today and tomorrow.', { reference: '2022-04-12' });
    expect(results.map((r) => [r.text, r.value, r.precision])).toEqual([
      ['today', 'PRESENT_REF', 'vague'],
      ['tomorrow', 'FUTURE_REF', 'vague'],
    ]);
    expect(results.every((r) => r.range === undefined)).toBe(true);
  });

  it('leaves a lone "tomorrow" a calendar day', () => {
    expect(tag('The vote is tomorrow.', { reference: '2022-04-12' })[0]?.value).toBe('2022-04-13');
  });
});
