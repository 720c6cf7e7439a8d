import { describe } from 'vitest';
import { runCases } from '../cases.ts';

describe('periodAnchorFits, DCT Thursday 2009-05-21', () => {
  runCases('2009-05-21', [
    // "earlier in the week" counts back from the writer's present, not from a day named sentences before.
    {
      text: 'The man arrived in Beijing on 16 May. A doctor arrived by plane from Hong Kong earlier in the week.',
      surface: 'the week',
      value: '2009-W21',
    },
    // In its own sentence the named day is where it looks back from.
    {
      text: 'On 16 May he arrived, having left Hong Kong earlier in the week.',
      surface: 'the week',
      value: '2009-W20',
    },
    // An abbreviation's period ends no sentence between them.
    {
      text: 'On 16 May he met Mr. Smith, having left Hong Kong earlier in the week.',
      surface: 'the week',
      value: '2009-W20',
    },
    // A year holds no week the story is at.
    {
      text: 'He arrived in 2006. Workers will be back by the end of the week.',
      surface: 'the end of the week',
      value: '2009-W21',
    },
    { text: 'On Monday, he arrived. Later in the week he left.', surface: 'the week', value: '2009-W21' },
  ]);
});
