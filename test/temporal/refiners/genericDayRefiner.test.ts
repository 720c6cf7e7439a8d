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

describe('genericDayRefiner, an age rather than a day', () => {
  const values = (text: string) => tag(text, { reference: '2000-01-07' }).map((r) => [r.text, r.value]);

  it('reads "today\'s youth" and "the people of tomorrow" as the present and the future', () => {
    expect(values("The case is for today's youth what the blockade was.")).toEqual([
      ['today', 'PRESENT_REF'],
    ]);
    expect(values('If I were choosing the people of tomorrow, I would choose them.')).toEqual([
      ['tomorrow', 'FUTURE_REF'],
    ]);
  });

  it('keeps a day when the noun is an event of that day', () => {
    expect(values("Today's meeting was cancelled.")).toEqual([['Today', '2000-01-07']]);
  });
});
