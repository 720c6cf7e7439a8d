import { describe, expect, it } from 'vitest';
import { runCases } from '../cases.ts';
import { tagOne } from '../helpers.ts';

describe('clockTimeRefiner, DCT 1999-04-19', () => {
  runCases('1999-04-19', [
    {
      text: 'Slepian was killed on Oct. 23, 1998. He was shot at 10 p.m. in his kitchen.',
      surface: '10 p.m.',
      value: '1998-10-23T22:00',
      anchor: 'narrative',
    },
    { text: 'The talks resume at 10 a.m.', surface: '10 a.m.', value: '1999-04-19T10:00', anchor: 'dct' },
    {
      text: 'Yesterday the market opened at 9:30 a.m. and fell.',
      surface: '9:30 a.m.',
      value: '1999-04-18T09:30',
    },
  ]);

  it('leaves a clock time on the publication day when the last named day is far back', () => {
    const filler = ' The committee met and argued about the budget for a long time.'.repeat(8);
    const hit = tagOne(`It began on Oct. 23, 1998.${filler} Voting ends at 5 p.m.`, '1999-04-19', '5 p.m.');
    expect(hit.value).toBe('1999-04-19T17:00');
  });
});
