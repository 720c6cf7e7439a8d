import { describe, expect, it } from 'vitest';
import type { ArticleDates } from '../../../src/chronology/salience/dateReferences.ts';
import { scoreDates } from '../../../src/chronology/salience/dateSalience.ts';
import { isTallyEvent, rankEvents } from '../../../src/chronology/salience/eventSalience.ts';
import type { ChronologyEvent, EventType } from '../../../src/model/chronology.ts';

let next = 0;
function event(title: string, day: string, articles: string[], type: EventType = 'battle'): ChronologyEvent {
  return {
    id: `e${next++}`,
    title,
    when: { start: day, end: day, precision: 'day', value: day, approximate: false },
    reported: day,
    mentions: articles.map((article, i) => ({
      article,
      sentence: { start: i, end: i + title.length, text: `${title}.` },
    })),
    actors: [],
    places: [],
    type,
  };
}

function named(day: string, count: number, published: string): ArticleDates[] {
  return Array.from({ length: count }, (_, i) => ({
    article: `${day}-${i}`,
    source: 'test',
    published,
    references: [{ date: day, start: 0, end: 5 }],
  }));
}

// A small Syria collection: the shelling of Homs is named again and again weeks later; a quiet
// day is named once; tallies and an off-topic earthquake come in between.
const dates = scoreDates([
  ...named('2012-02-03', 6, '2012-03-01'),
  ...named('2012-02-10', 1, '2012-02-10'),
  ...named('2012-02-15', 3, '2012-02-25'),
]);

describe('rankEvents', () => {
  it('makes the event of the day the collection keeps naming key, and ranks it first', () => {
    const events = [
      event('Syrian troops shell Homs', '2012-02-03', ['a1', 'a2']),
      event('Syrian troops patrol Homs suburbs', '2012-02-10', ['a3', 'a4']),
    ];
    const ranking = rankEvents(events, dates, { keyDates: 1 });
    expect(ranking[0]!.key).toBe(true);
    expect(ranking[1]!.key).toBe(false);
    expect(ranking[0]!.salience).toBeGreaterThan(ranking[1]!.salience);
  });

  it('keeps running tolls out of the key events, however often they are repeated', () => {
    const events = [
      event('The death toll in Syria rose to 9,000, the UN says', '2012-02-03', [
        'a1',
        'a2',
        'a3',
        'a4',
        'a5',
      ]),
      event('Syrian troops shell Homs', '2012-02-03', ['a6']),
    ];
    const ranking = rankEvents(events, dates, { keyDates: 3 });
    expect(ranking[0]).toMatchObject({ tally: true, key: false });
    expect(ranking[1]).toMatchObject({ tally: false, key: true });
    expect(ranking[0]!.salience).toBeLessThan(ranking[1]!.salience);
  });

  it('takes no event whose title holds no figure for a tally, though its reports count from it', () => {
    const quake = event('The quake struck', '2010-01-12', ['a1', 'a2', 'a3']);
    const since = {
      ...quake,
      mentions: quake.mentions.map((m) => ({
        ...m,
        sentence: { ...m.sentence, text: 'More than 150,000 people have died since the quake struck.' },
      })),
    };
    expect(isTallyEvent(since)).toBe(false);
    const toll = event('More than 150,000 people have died since the quake struck', '2010-01-25', ['a4']);
    expect(isTallyEvent(toll)).toBe(true);
  });

  it('never makes two key events that say the same thing', () => {
    const events = [
      event('Syrian troops shell the city of Homs', '2012-02-03', ['a1', 'a2', 'a3']),
      event('Syrian troops shell the city of Homs', '2012-02-15', ['a4', 'a5']),
      event('Arab League monitors leave Syria', '2012-02-10', ['a6']),
    ];
    const ranking = rankEvents(events, dates, { keyDates: 3 });
    expect(ranking.map((r) => r.key)).toEqual([true, false, true]);
  });

  it('ranks an off-topic event below an on-topic one with the same support', () => {
    const events = [
      event('Syrian army shells rebel districts of Homs', '2012-02-10', ['a1']),
      event('Earthquake strikes northern Japan', '2012-02-10', ['a2']),
      event('Rebels in Homs say the Syrian army shells their districts', '2012-02-15', ['a3']),
      event('Syrian army tanks enter Homs rebel districts', '2012-02-03', ['a4']),
    ];
    const ranking = rankEvents(events, dates);
    expect(ranking[0]!.salience).toBeGreaterThan(ranking[1]!.salience);
  });

  it('weighs what happened above what was said about it', () => {
    const events = [
      event('Rebels take control of Homs districts', '2012-02-15', ['a1'], 'battle'),
      event('Minister says rebels control Homs districts', '2012-02-15', ['a2'], 'statement'),
    ];
    const ranking = rankEvents(events, dates);
    expect(ranking[0]!.salience).toBeGreaterThan(ranking[1]!.salience);
  });
});
