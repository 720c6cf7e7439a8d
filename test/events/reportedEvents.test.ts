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

  it('gives the speaker to a reported pronoun, once', () => {
    const text = 'Activists said yesterday they had seized the town of Qusair.';
    const titles = extractEvents(article(text), [yesterday(text, 'yesterday')]).map((e) => e.title);
    expect(titles).toEqual([
      'Activists say they seize the town of Qusair',
      'Activists seize the town of Qusair',
    ]);
  });

  it('gives "it" to an organization, "he" to a person, and neither the other way round', () => {
    const curry = 'BP spokesman John Curry said yesterday it had deployed a dome.';
    const dome = extractEvents(article(curry), [yesterday(curry, 'yesterday')]).map((e) => e.title);
    expect(dome.some((t) => /John Curry deploys/.test(t))).toBe(false);
    const smith = 'General Smith said yesterday he had captured the town.';
    const town = extractEvents(article(smith), [yesterday(smith, 'yesterday')]).map((e) => e.title);
    expect(town).toContain('General Smith captures the town');
  });
});
