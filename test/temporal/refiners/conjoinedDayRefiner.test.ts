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

  it('leaves counts, figures, impossible days and non-dates alone', () => {
    const cases: [string, string[]][] = [
      ['On April 24 and 25 people died.', ['April 24']],
      ['On May 5, 12 and 19 percent rose.', ['May 5']],
      ['On April 24 and 31, nothing.', ['April 24']],
      ['On April 24 and 2.5 million more.', ['April 24']],
      ['On April 24 and 25 of the 30 hostages were freed.', ['April 24']],
      ['Troops killed 4 rebels on March 1 and 12 of their commanders.', ['March 1']],
      // After a weekday or "yesterday" a number is a figure, not a day of a month.
      ['Shares rose 5 on Monday and 3 on Tuesday.', ['Monday', 'Tuesday']],
      ['The Dow fell 12 points yesterday and 15 on Friday.', ['yesterday', 'Friday']],
    ];
    for (const [text, expected] of cases) {
      expect(tag(text, { reference: '1999-02-10' }).map((r) => r.text)).toEqual(expected);
    }
  });

  it('reads ordinal days whatever follows them', () => {
    const texts = tag('The shows on April 24th and 25th sold out.', { reference: '1999-02-10' });
    expect(texts.map((r) => [r.text, r.value])).toEqual([
      ['April 24th', '1998-04-24'],
      ['25th', '1998-04-25'],
    ]);
  });
});
