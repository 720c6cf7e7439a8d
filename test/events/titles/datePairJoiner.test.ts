import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../src/events/extractEvents.ts';
import { tag } from '../../../src/temporal/tag.ts';
import { article } from '../eventFixtures.ts';

const titles = (text: string) =>
  extractEvents(article(text, '2010-08-03'), tag(text, { reference: '2010-08-03' })).map((e) => e.title);

describe('datePairJoiner', () => {
  it('drops the conjunction of a pair of dates in words said, with the dates', () => {
    expect(
      titles(
        'Government scientists said on Monday that the average flow rate of oil from the well between 22 April and 3 June was 56,000 barrels per day.',
      ),
    ).toContain(
      'Government scientists said the average flow rate of oil from the well was 56,000 barrels per day',
    );
  });
});
