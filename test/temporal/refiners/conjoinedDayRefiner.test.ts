import { describe, expect, it } from 'vitest';
import { tag } from '../../../src/temporal/tag.ts';
import { runCases } from '../cases.ts';

describe('conjoinedDayRefiner, DCT 1999-02-10', () => {
  runCases('1999-02-10', [
    { text: 'The summit will be held on April 24 and 25.', surface: '25', value: '1999-04-25' },
    { text: 'It met on April 24 and 25, in Washington.', surface: '25', value: '1998-04-25' },
    { text: 'Talks are set for May 2, 3 and 4 in Geneva.', surface: '3', value: '1999-05-03' },
    { text: 'Talks are set for May 2, 3 and 4 in Geneva.', surface: '4', value: '1999-05-04' },
    { text: 'Votes fall on May 2 and 3rd.', surface: '3rd', value: '1999-05-03' },
  ]);

  it('explains the day from the date it shares a month with', () => {
    const [, second] = tag('The summit will be held on April 24 and 25.', { reference: '1999-02-10' });
    expect(second?.tags).toEqual(['ConjoinedDayRefiner']);
    expect(second?.explanation).toContain('April 24');
  });

  it('leaves counts, figures and impossible days alone', () => {
    const texts = [
      'On April 24 and 25 people died.',
      'On May 5, 12 and 19 percent rose.',
      'On April 24 and 31, nothing.',
      'On April 24 and 2.5 million more.',
    ];
    for (const text of texts) {
      expect(tag(text, { reference: '1999-02-10' }).map((r) => r.text)).toHaveLength(1);
    }
  });
});
