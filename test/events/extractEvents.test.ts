import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../src/events/extractEvents.ts';
import type { Article } from '../../src/model/article.ts';
import type { TemporalExpression } from '../../src/model/timex.ts';
import { tag } from '../../src/temporal/tag.ts';
import { goldenTimexes, readGoldenArticles } from './goldenPipeline.ts';

const article = (text: string, published = '2022-04-12'): Article => ({
  id: 'a',
  title: 't',
  source: 's',
  published,
  text,
});
const yesterday = (text: string, word: string): TemporalExpression => {
  const start = text.indexOf(word);
  return {
    start,
    end: start + word.length,
    text: word,
    type: 'DATE',
    value: '2022-04-11',
    precision: 'day',
    range: { start: '2022-04-11', end: '2022-04-11' },
    known: {},
    implied: {},
    anchor: 'dct',
    tags: ['test'],
    explanation: '',
  };
};

describe('extractEvents', () => {
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

  it('joins a continuing sentence to the event before it, with its counts', () => {
    const text = 'Yesterday militants attacked a checkpoint in Ghazni. The attack killed nine.';
    const events = extractEvents(article(text), [yesterday(text, 'Yesterday')]);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ fatalities: 9, type: 'battle' });
    expect(events[0]!.mentions).toHaveLength(2);
  });

  it('places a new undated happening on or before publication, not on it', () => {
    const [e] = extractEvents(article('Police arrested five protesters in Herat.'), []);
    expect(e).toMatchObject({
      arrested: 5,
      when: { mod: 'ON_OR_BEFORE', approximate: true, end: '2022-04-12', start: '2022-03-13' },
    });
  });

  it('makes no event of quotations or opinions', () => {
    const text =
      '“We hope for peace today and tomorrow,” said Raziq, a resident of Bamiyan. Residents expressed concerns.';
    expect(extractEvents(article(text), tag(text, { reference: '2022-04-12' }))).toEqual([]);
  });

  it('gives every event a mention pointing at its sentence, for any slice of the sample articles', () => {
    const samples = readGoldenArticles();
    const timexes = goldenTimexes();
    fc.assert(
      fc.property(fc.constantFrom(...samples), fc.nat(), fc.nat(), (a, x, y) => {
        // Cut the article at paragraph boundaries so offsets stay meaningful.
        const paragraphs = a.text.split('\n\n');
        const from = x % paragraphs.length;
        const to = from + 1 + (y % (paragraphs.length - from));
        const text = paragraphs.slice(from, to).join('\n\n');
        const shift = paragraphs.slice(0, from).join('\n\n').length + (from > 0 ? 2 : 0);
        const tx = (timexes[a.id] ?? [])
          .filter((t) => t.start >= shift && t.end <= shift + text.length)
          .map((t) => ({ ...t, start: t.start - shift, end: t.end - shift }));
        const sub = { ...a, text };
        const ids = new Set<string>();
        for (const e of extractEvents(sub, tx)) {
          expect(ids.has(e.id)).toBe(false);
          ids.add(e.id);
          expect(e.mentions.length).toBeGreaterThan(0);
          for (const m of e.mentions)
            expect(text.slice(m.sentence.start, m.sentence.end)).toBe(m.sentence.text);
          expect(e.when.start <= e.when.end).toBe(true);
        }
      }),
      { numRuns: 60, seed: 7 },
    );
  });

  it('never places a past happening after publication when the date was mis-resolved forward', () => {
    const text = 'Government forces attacked the town of Tagab on Thursday.';
    const thursday = {
      ...yesterday(text, 'Thursday'),
      value: '2022-04-14',
      range: { start: '2022-04-14', end: '2022-04-14' },
    };
    const [e] = extractEvents(article(text), [thursday]);
    expect(e!.when.end <= '2022-04-12').toBe(true);
    expect(e!.when.mod).toBe('ON_OR_BEFORE');
  });

  it('does not date a clause by a figure it is compared with', () => {
    const text = 'Rebels attacked the army base, up from 20 raids in March.';
    const march = {
      ...yesterday(text, 'March'),
      value: '2022-03',
      precision: 'month' as const,
      range: { start: '2022-03-01', end: '2022-03-31' },
    };
    const [e] = extractEvents(article(text), [march]);
    expect(e!.when.mod).toBe('ON_OR_BEFORE');
  });

  it('keeps quotations and first-person commentary out', () => {
    const text = '"We will fight on," said the commander. I think the attack was a mistake.';
    expect(extractEvents(article(text), [])).toEqual([]);
  });
});
