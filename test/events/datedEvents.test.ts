import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../src/events/extractEvents.ts';
import { article, dayIn, yesterday } from './eventFixtures.ts';

describe('datedEvents (through extractEvents)', () => {
  it('dates the main clause by a date beside its verb', () => {
    const text = 'Militants attacked a checkpoint in Ghazni yesterday.';
    const [e] = extractEvents(article(text), [yesterday(text, 'yesterday')]);
    expect(e).toMatchObject({ type: 'battle', when: { start: '2022-04-11', end: '2022-04-11' } });
    expect(e!.mentions[0]!.timex?.text).toBe('yesterday');
  });

  it('dates a clause of its own, not the main verb, and makes two events of two dates', () => {
    const text = 'Militants attacked Tagab on Monday, and the army recaptured the town on 10 April.';
    const monday = yesterday(text, 'Monday');
    const april10 = dayIn(text, '10 April', '2022-04-10');
    const events = extractEvents(article(text), [monday, april10]);
    expect(events.map((e) => e.when.start)).toEqual(['2022-04-11', '2022-04-10']);
    expect(events[1]!.title).toBe('Army recaptures the town in Tagab');
  });
});
