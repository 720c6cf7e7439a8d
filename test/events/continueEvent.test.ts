import { describe, expect, it } from 'vitest';
import { createArticleContext } from '../../src/events/articleContext.ts';
import { continueEvent, referredEvent } from '../../src/events/continueEvent.ts';
import { onOrBefore } from '../../src/events/eventTime.ts';
import { extractEvents } from '../../src/events/extractEvents.ts';
import { article, yesterday } from './eventFixtures.ts';

describe('continueEvent and referredEvent (through extractEvents)', () => {
  it('joins a continuing sentence to the event before it, with its counts', () => {
    const text = 'Yesterday militants attacked a checkpoint in Ghazni. The attack killed nine.';
    const events = extractEvents(article(text), [yesterday(text, 'Yesterday')]);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ fatalities: 9, type: 'battle' });
    expect(events[0]!.mentions).toHaveLength(2);
  });
});

describe('continueEvent', () => {
  it('adds a mention once, fills counts and gives places only to an event without', () => {
    const text = 'Militants attacked a checkpoint. The attack killed nine in Ghazni.';
    const ctx = createArticleContext(article(text));
    const [s0, s1] = ctx.sentences;
    const d = ctx.make(s0!, 0, s0!.start, s0!.end, onOrBefore('2022-04-12', 'test'), {
      title: 'Militants attack a checkpoint',
      type: 'battle',
    });
    ctx.previous = d;
    expect(referredEvent(ctx, s1!)).toBe(d);
    const places = ctx.placesOf(s1!, s1!.start, s1!.end);
    continueEvent(d, 'a', s1!, undefined, places);
    continueEvent(d, 'a', s1!, undefined, places);
    expect(d.mentions).toHaveLength(2);
    expect(d.counts.fatalities).toBe(9);
    expect(d.places[0]).toMatchObject({ name: 'Ghazni' });
  });
});
