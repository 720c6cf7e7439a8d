import { describe, expect, it } from 'vitest';
import { onOrBefore } from '../../../src/events/anchoring/eventTime.ts';
import { createArticleContext } from '../../../src/events/articleContext.ts';
import { extractEvents } from '../../../src/events/extractEvents.ts';
import { continueEvent, referredEvent } from '../../../src/events/merge/continueEvent.ts';
import { article, yesterday } from '../eventFixtures.ts';

describe('continueEvent and referredEvent (through extractEvents)', () => {
  it('joins a continuing sentence to the event before it, with its counts', () => {
    const text = 'Yesterday militants attacked a checkpoint in Ghazni. The attack killed nine.';
    const events = extractEvents(article(text), [yesterday(text, 'Yesterday')]);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ fatalities: 9, type: 'battle' });
    expect(events[0]!.mentions).toHaveLength(2);
  });

  it('adds a following sentence only when it says more about the event, not commentary or a new happening', () => {
    const text =
      'Protesters rallied in Herat yesterday. Security forces opened fire on the march, and two were killed. ' +
      'The opposition is deeply divided. President Ghani ended the state of emergency.';
    const events = extractEvents(article(text), [yesterday(text, 'yesterday')]);
    const [rally] = events;
    expect(rally!.mentions.map((m) => m.sentence.text.slice(0, 20))).toEqual([
      'Protesters rallied i',
      'Security forces open',
    ]);
    expect(rally!.fatalities).toBe(2);
    expect(events.map((e) => e.title)).toContain('President Ghani ended the state of emergency');
  });

  it('does not let a chain of sentences run on past one that adds nothing', () => {
    const text =
      'Militants attacked a checkpoint in Ghazni yesterday. The weather was cold. Militants are common in Ghazni.';
    const [e] = extractEvents(article(text), [yesterday(text, 'yesterday')]);
    expect(e!.mentions).toHaveLength(1);
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
