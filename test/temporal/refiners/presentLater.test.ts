import { describe } from 'vitest';
import { runCases } from '../cases.ts';

describe('presentLater (through the narrative anchoring), DCT 2010-05-03', () => {
  runCases('2010-05-03', [
    {
      // No date before it: a present clause has come up to the story's present, not 12 days on.
      text: 'On the day he got news that the rig caught fire, Hayward was in London. Twelve days later, Hayward is grappling with the slick.',
      surface: 'Twelve days later',
      value: '2010-05-03',
      anchor: 'dct',
    },
    {
      // A past clause keeps the count from publication.
      text: 'Two days later it ended.',
      surface: 'Two days later',
      value: '2010-05-05',
      anchor: 'dct',
    },
    {
      // With a date before it, the count runs from that date in any tense.
      text: 'The rig caught fire on April 20. Twelve days later, Hayward is grappling with the slick.',
      surface: 'Twelve days later',
      value: '2010-05-02',
      anchor: 'narrative',
    },
  ]);
});
