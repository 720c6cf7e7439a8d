import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../src/events/extractEvents.ts';
import { tag } from '../../../src/temporal/tag.ts';

const eventsOf = (text: string, published: string) =>
  extractEvents({ id: 'a', title: 'a', source: 's', published, text }, tag(text, { reference: published }));

describe('comingWeek (through extractEvents)', () => {
  const plan = 'Obama will press BP executives this week to set up a fund for the victims.';

  it('gives a plan in "this week" said on a Sunday the coming week', () => {
    // Sunday 13 June 2010: the ISO week of 7 June is over.
    const [e] = eventsOf(plan, '2010-06-13');
    expect(e?.status).toBe('planned');
    expect(e?.when).toMatchObject({ start: '2010-06-14', end: '2010-06-20', value: '2010-W24' });
  });

  it('reads a "will" before the happening as a plan, whatever word the date attaches to', () => {
    const [reveal] = eventsOf(
      'BP will this week reveal that it has cleared itself of gross negligence.',
      '2010-07-25',
    );
    expect(reveal?.status).toBe('planned');
    expect(reveal?.when).toMatchObject({ start: '2010-07-26', end: '2010-08-01' });
    const look = eventsOf(
      'Three separate congressional committees will also take a close look at offshore drilling and the disaster this week.',
      '2010-05-09',
    );
    expect(look).toHaveLength(1);
    expect(look[0]?.title).toMatch(/will take a close look/);
    expect(look[0]?.when).toMatchObject({ start: '2010-05-10', end: '2010-05-16' });
  });

  it('moves a plan in reported words too', () => {
    const [e] = eventsOf(
      'The White House said Obama will meet BP executives this week to press for a fund.',
      '2010-06-13',
    );
    expect(e?.mentions[0]?.trigger?.text).toBe('meet');
    expect(e?.when).toMatchObject({ start: '2010-06-14', end: '2010-06-20' });
  });

  it('leaves "this week" said on another day, and a past happening of a Sunday\'s week, as tagged', () => {
    const [saturday] = eventsOf(plan, '2010-06-12');
    expect(saturday?.when).toMatchObject({ start: '2010-06-07', end: '2010-06-13' });
    const [past] = eventsOf('BP said this week it had cut the pipe.', '2010-06-13');
    expect(past?.status).toBeUndefined();
    expect(past?.when).toMatchObject({ start: '2010-06-07', end: '2010-06-13' });
  });

  it('leaves a plan told in the past ("was due to") in the week just ending', () => {
    const events = eventsOf('BP was due to cap the well this week.', '2010-06-13');
    expect(events.length).toBeGreaterThan(0);
    for (const e of events) expect(e.when.start < '2010-06-14').toBe(true);
  });
});
