import { describe, expect, it } from 'vitest';
import { rankChronology } from '../../../src/chronology/salience/rankChronology.ts';
import type { Chronology, ChronologyEvent } from '../../../src/model/chronology.ts';

const toll = 'The UN estimates more than 5,400 people have been killed since the unrest began last March.';

function reported(id: string, title: string, text: string): ChronologyEvent {
  return {
    id,
    title,
    when: {
      start: '2011-03-01',
      end: '2011-03-31',
      precision: 'month',
      value: '2011-03',
      approximate: false,
    },
    reported: '2012-01-31',
    mentions: [{ article: 'a1', sentence: { start: 0, end: text.length, text } }],
    actors: [],
    places: [],
    type: 'protest',
  };
}

describe('rankChronology', () => {
  it('puts a toll told in a report of the happening it counts from on the line, not on that happening', () => {
    const chronology: Chronology = {
      version: 1,
      articles: [
        {
          id: 'a1',
          title: 'Syria',
          source: 'bbc',
          published: '2012-01-31',
        } as Chronology['articles'][number],
      ],
      events: [reported('e1', 'The unrest began', toll)],
    };
    const ranked = rankChronology(chronology, []);
    expect(ranked.events[0]!.tally).toBeUndefined();
    expect(ranked.tallies).toMatchObject([{ value: 5400, measure: 'deaths', event: 'e1' }]);
  });
});
