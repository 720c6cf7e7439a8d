import { describe, expect, it } from 'vitest';
import { onOrBefore, sometimeBefore } from '../../src/events/anchoring/eventTime.ts';
import { createArticleContext } from '../../src/events/articleContext.ts';
import { article } from './eventFixtures.ts';

describe('createArticleContext', () => {
  it('makes drafts with the places and actors of their span', () => {
    const text = 'Taliban forces attacked Tagab district of Kapisa. Fighting spread to the district.';
    const ctx = createArticleContext(article(text));
    const [s0, s1] = ctx.sentences;
    const when = onOrBefore('2022-04-12', 'test');
    const first = ctx.make(s0!, 0, s0!.start, s0!.end, when, {
      title: 'Taliban forces attack Tagab',
      type: 'battle',
    });
    expect(first.id).toBe('a#0-0');
    expect(first.places[0]).toMatchObject({ name: 'Tagab' });
    ctx.previous = first;
    // "the district" points back to the previous event's place.
    const second = ctx.make(s1!, 0, s1!.start, s1!.end, when, { title: 'Fighting spreads', type: 'battle' });
    expect(second.places).toEqual(first.places);
    expect(ctx.drafts).toEqual([first, second]);
  });

  it('ignores a place only named as a reference point', () => {
    const text = 'Troops attacked a village 100 kilometers north of Kabul.';
    const ctx = createArticleContext(article(text));
    const s = ctx.sentences[0]!;
    expect(ctx.placesOf(s, s.start, s.end)).toEqual([]);
  });

  it("tells the day's news in the lead and after a recent dated event, not down a chain of undated ones", () => {
    const text =
      'Troops shelled Homs. Rebels fled the city. Aid stalled. Officials met. Talks began. Envoys left. ' +
      'Prices rose. Schools shut. Crowds gathered.';
    const ctx = createArticleContext(article(text));
    const when = onOrBefore('2022-04-12', 'test');
    for (const s of ctx.sentences.slice(0, 8))
      ctx.make(s, 0, s.start, s.end, when, { title: s.text, type: 'other' });
    expect(ctx.tellsNews(ctx.sentences[1]!)).toBe(true);
    // Sentence 8 follows only undated events past the lead: background, not news by inference.
    expect(ctx.tellsNews(ctx.sentences[8]!)).toBe(false);
  });

  it('reads a standing position, but not words said in the past perfect, as a standing saying', () => {
    const text =
      'Troops shelled Homs. Rebels fled the city. Aid stalled. Dr Murray has repeatedly denied causing the death. ' +
      'He denied his company had been slow to react.';
    const ctx = createArticleContext(article(text));
    expect(ctx.standingSaying(ctx.sentences[3]!)).toBe(true);
    expect(ctx.standingSaying(ctx.sentences[4]!)).toBe(false);
  });

  it('passes over an aside of background in the lead: the sentence after it still tells the news', () => {
    const text =
      'Troops shelled Homs. Rebels fled the city. China has twice vetoed UN resolutions. Aid convoys reached Hama.';
    const ctx = createArticleContext(article(text));
    const [s0, s1, s2, s3] = ctx.sentences;
    for (const s of [s0!, s1!])
      ctx.make(s, 0, s.start, s.end, onOrBefore('2022-04-12', 'test'), { title: s.text });
    // The lead's third sentence sums up a history: background, not news.
    expect(ctx.tellsNews(s2!)).toBe(false);
    ctx.make(s2!, 0, s2!.start, s2!.end, sometimeBefore('2022-04-12', 'test'), { title: s2!.text });
    expect(ctx.tellsNews(s3!)).toBe(true);
  });
});
