import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../src/events/extractEvents.ts';
import { article, yesterday } from './eventFixtures.ts';

describe('reportedEvents (through extractEvents)', () => {
  it('separates when it was said from when it happened', () => {
    const text =
      'Karimi said yesterday that government forces killed a number of militants in Kohistan district of Kapisa.';
    const [statement, killing] = extractEvents(article(text), [yesterday(text, 'yesterday')]);
    expect(statement).toMatchObject({
      type: 'statement',
      isReport: true,
      when: { start: '2022-04-11', end: '2022-04-11' },
    });
    expect(killing).toMatchObject({
      type: 'battle',
      when: { end: '2022-04-11', mod: 'ON_OR_BEFORE', approximate: true },
    });
    expect(killing!.when.start < '2022-04-11').toBe(true);
    expect(killing!.places[0]).toMatchObject({ name: 'Kohistan', within: 'Kapisa' });
  });

  it('makes a sentence that only reports a statement at publication', () => {
    const [e] = extractEvents(article('The ministry said that the dispute has ended.', '2022-06-26'), []);
    expect(e).toMatchObject({
      type: 'statement',
      isReport: true,
      when: { start: '2022-06-26', end: '2022-06-26' },
    });
  });
});
