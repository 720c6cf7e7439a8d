import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../src/events/extractEvents.ts';
import { tag } from '../../../src/temporal/tag.ts';

const eventsOf = (text: string, published: string) =>
  extractEvents({ id: 'a', title: 'a', source: 's', published, text }, tag(text, { reference: published }));

describe('planningProgressive (through extractEvents)', () => {
  it('marks planned what a present progressive of planning dates by a period reaching past publication', () => {
    // Wednesday 28 September 2011: the week's end lies ahead.
    const [e] = eventsOf(
      'Western diplomats say they are planning for a vote by the end of the week.',
      '2011-09-28',
    );
    expect(e?.when).toMatchObject({ value: '2011-W39', mod: 'END' });
    expect(e?.status).toBe('planned');
  });

  it('takes a present verb ending in "-ed" for no verb in the past', () => {
    const [e] = eventsOf(
      'Western diplomats say they are planning for a vote to proceed by the end of the week.',
      '2011-09-28',
    );
    expect(e?.when).toMatchObject({ value: '2011-W39', mod: 'END' });
    expect(e?.status).toBe('planned');
  });

  it('leaves other verbs, a plan told in the past and a period over by publication as told', () => {
    for (const text of [
      'Western diplomats say they are pushing for a vote by the end of the week.',
      'Western diplomats say they were planning for a vote by the end of the week.',
      'Diplomats say they are planning for a vote after talks last week.',
    ]) {
      const [e] = eventsOf(text, '2011-09-28');
      expect(e).toBeDefined();
      expect(e?.status).toBeUndefined();
    }
  });
});
