import { describe, expect, it } from 'vitest';
import { boundsStateEnd } from '../../../src/events/anchoring/stateBound.ts';
import { extractEvents } from '../../../src/events/extractEvents.ts';
import { article, dayIn, monthIn } from '../eventFixtures.ts';

const bounds = (text: string, date: string) => {
  const start = text.indexOf(date);
  return boundsStateEnd(text, start, start + date.length);
};

describe('boundsStateEnd', () => {
  it('reads a date after "until" or "till" as the end of a state', () => {
    expect(
      bounds('Officials announced they are shutting all schools until Wednesday May 6.', 'Wednesday May 6'),
    ).toBe(true);
    expect(bounds('Syria occupied Lebanon militarily from 1976 until 2005.', '2005')).toBe(true);
    expect(
      bounds('The trial is expected to last five weeks, until the end of October.', 'the end of October'),
    ).toBe(true);
    expect(bounds('And up until recently, it has suited Moscow.', 'recently')).toBe(true);
    expect(bounds('He stayed in the capital till March.', 'March')).toBe(true);
  });

  it('leaves a negated "until", which dates the happening at that time', () => {
    expect(bounds('The well will not be sealed until August.', 'August')).toBe(false);
    expect(
      bounds("It wasn't until the early 1900s that scientists discovered the reefs.", 'the early 1900s'),
    ).toBe(false);
    expect(bounds('Not until May 27 did the group increase its estimate.', 'May 27')).toBe(false);
    expect(bounds('Until Saturday, none of the sludge had reached shore.', 'Saturday')).toBe(false);
    expect(bounds("They didn't discover what had happened, until mid-July.", 'mid-July')).toBe(false);
  });

  it('leaves a possessive date and a date a "when" clause takes up', () => {
    expect(bounds("Until April's BP accident, it was America's worst spill.", 'April')).toBe(false);
    expect(bounds('The spill lasts until August, when a relief well is completed.', 'August')).toBe(false);
  });

  it('leaves other prepositions, "through" among them', () => {
    expect(bounds('The school was closed on Wednesday.', 'Wednesday')).toBe(false);
    expect(bounds('The fund has fallen 2.08% this year through Oct. 19.', 'Oct. 19')).toBe(false);
  });
});

describe('a state bound through extractEvents', () => {
  it('dates an announcement of a closure from publication to the day it ends, never as a plan of that day', () => {
    const text =
      'Mexican officials announced they are shutting all schools in the country until Wednesday May 6.';
    const events = extractEvents(article(text, '2009-04-28'), [dayIn(text, 'Wednesday May 6', '2009-05-06')]);
    expect(events.length).toBeGreaterThan(0);
    for (const e of events) {
      expect(e.when.start).toBe('2009-04-28');
      expect(e.when.end).toBe('2009-05-06');
      expect(e.when.mod).toBe('ON_OR_BEFORE');
      expect(e.status).toBeUndefined();
    }
  });

  it('dates a state that ended on or before the day it ended', () => {
    const text = 'The spill ran until July 15.';
    const [e] = extractEvents(article(text, '2010-08-01'), [dayIn(text, 'July 15', '2010-07-15')]);
    expect(e?.when).toMatchObject({ start: '2010-07-15', end: '2010-07-15', mod: 'ON_OR_BEFORE' });
    expect(e?.when.explanation).toMatch(/state that ended then/);
  });

  it('still dates a happening a negated "until" puts at the date', () => {
    const text = 'The relief well will not be completed until August.';
    const [e] = extractEvents(article(text, '2010-06-01'), [monthIn(text, 'August', '2010-08')]);
    expect(e?.when.start).toBe('2010-08-01');
    expect(e?.when.mod).toBeUndefined();
  });
});
