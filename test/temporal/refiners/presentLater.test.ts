import { describe, expect, it } from 'vitest';
import { tagOne } from '../helpers.ts';

describe('presentLater (through the narrative anchoring), DCT 2010-05-03', () => {
  it('reads "N days later" with no date before it, in a present clause, as the publication day', () => {
    const present = tagOne(
      'On the day he got news that the rig caught fire, Hayward was in London. Twelve days later, Hayward is grappling with the slick.',
      '2010-05-03',
      'Twelve days later',
    );
    expect([present.value, present.anchor]).toEqual(['2010-05-03', 'dct']);
    // A past clause keeps the count from publication; a date before it anchors it in any tense.
    expect(tagOne('Two days later it ended.', '2010-05-03', 'Two days later').value).toBe('2010-05-05');
    const anchored = tagOne(
      'The rig caught fire on April 20. Twelve days later, Hayward is grappling with the slick.',
      '2010-05-03',
      'Twelve days later',
    );
    expect([anchored.value, anchored.anchor]).toEqual(['2010-05-02', 'narrative']);
  });
});
