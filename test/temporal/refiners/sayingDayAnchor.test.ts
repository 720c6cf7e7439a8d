import { describe } from 'vitest';
import { runCases } from '../cases.ts';

describe('sayingDayAnchor: a day step counts from the happening told, not the day it was told (DCT Saturday 2010-07-31)', () => {
  runCases('2010-07-31', [
    {
      text: 'The rig sank on Friday, officials said on Saturday. The previous day, the crew left.',
      surface: 'The previous day',
      value: '2010-07-29',
    },
    {
      text: 'The rig sank on Wednesday, BP said today. A day earlier, the crew had left.',
      surface: 'A day earlier',
      value: '2010-07-27',
    },
    // The saying's own sentence keeps its day: what was said happened the day before it was said.
    {
      text: 'USAID said on Friday that teams had pulled 10 people alive from the rubble the day before.',
      surface: 'the day before',
      value: '2010-07-29',
    },
    // With no happening's day before the saying's, the saying's day is the anchor.
    {
      text: 'Officials said on Friday the rig sank. The previous day, the crew left.',
      surface: 'The previous day',
      value: '2010-07-29',
    },
    // A same-day or forward step goes on from the saying's day.
    {
      text: 'The rig sank on Friday, officials said on Saturday. The next day, the crew left.',
      surface: 'The next day',
      value: '2010-08-01',
    },
    {
      text: 'The rig sank on Friday, officials said on Saturday. That evening, protesters gathered.',
      surface: 'That evening',
      value: '2010-07-31TEV',
    },
  ]);
});
