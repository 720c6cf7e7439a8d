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

describe('clockTimeRefiner, days tied to the clock time, DCT Wednesday 2000-04-05', () => {
  runCases('2000-04-05', [
    {
      text: 'He arrived on March 3. He left at 10 a.m. yesterday.',
      surface: '10 a.m. yesterday',
      value: '2000-04-04T10:00',
    },
    {
      text: 'He arrived on March 3. Yesterday at 10 a.m. he left.',
      surface: 'Yesterday at 10 a.m.',
      value: '2000-04-04T10:00',
    },
    {
      text: 'This father will leave at 4 in the morning (4 a.m. EDT Thursday), he said.',
      surface: '4 in the morning',
      value: '2000-04-06T04:00',
      anchor: 'narrative',
    },
    { text: 'He came home on March 3 and left at noon.', surface: 'noon', value: '2000-03-03T12:00' },
    // A restatement without a day of its own: both clock times take the day the narrative named.
    {
      text: 'Ten were killed on Monday, after the truce began at 06:00 (03:00 GMT), activists said.',
      surface: '06:00',
      value: '2000-04-03T06:00',
      anchor: 'narrative',
    },
    {
      text: 'Ten were killed on Monday, after the truce began at 06:00 (03:00 GMT), activists said.',
      surface: '03:00 GMT',
      value: '2000-04-03T03:00',
      anchor: 'narrative',
    },
  ]);

  const filler = ' The committee met and argued about the budget for a long time.'.repeat(8);

  it('dates a retold event by the day the story gave it earlier', () => {
    const text = `He was shot to death last Oct. 23 at his home.${filler} Slepian was shot to death at 10 p.m. as he stood in the kitchen.`;
    const hit = tagOne(text, '1999-04-19', '10 p.m.');
    expect(hit.value).toBe('1998-10-23T22:00');
    expect(hit.anchor).toBe('narrative');
  });

  it('keeps the DCT when the earlier mention is another event or a plan', () => {
    const text = `He was arrested last Oct. 23 in Ohio.${filler} The hearing is scheduled at 10 a.m. and he was questioned at 9 p.m.`;
    expect(tagOne(text, '1999-04-19', '10 a.m.').value).toBe('1999-04-19T10:00');
    expect(tagOne(text, '1999-04-19', '9 p.m.').value).toBe('1999-04-19T21:00');
  });

  it('ends when the predicate only occurs inside a longer word at the very start', () => {
    const text = `shot to deathly${filler} He was shot to death at 10 p.m.`;
    expect(tagOne(text, '1999-04-19', '10 p.m.').value).toBe('1999-04-19T22:00');
  });
});
