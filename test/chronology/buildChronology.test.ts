import { describe, expect, it, vi } from 'vitest';
import type { ReadArticle } from '../../src/model/article.ts';

// One article makes event extraction throw, as an unforeseen bug would.
vi.mock('../../src/events/extractEvents.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/events/extractEvents.ts')>();
  return {
    extractEvents: (article: ReadArticle, timexes: Parameters<typeof real.extractEvents>[1]) => {
      if (article.text.includes('BOOM')) throw new RangeError('Maximum call stack size exceeded');
      return real.extractEvents(article as Parameters<typeof real.extractEvents>[0], timexes);
    },
  };
});

const { buildChronology } = await import('../../src/chronology/buildChronology.ts');

const article = (id: string, text: string, published?: string): ReadArticle => ({
  id,
  title: id,
  source: 'S',
  text,
  ...(published ? { published } : {}),
  origin: { file: `in/${id}.md`, line: 1 },
});

describe('buildChronology', () => {
  it('reports a stage that throws on one article as file:line and keeps the others', () => {
    const c = buildChronology([
      article('a', 'On 10 April 2022, Taliban fighters killed 12 soldiers in Kunduz.', '2022-04-12'),
      article('b', 'BOOM. On 10 April 2022, forces killed nine militants in Badakhshan.', '2022-04-12'),
      article('c', 'Yesterday, protesters clashed with police near the airport in Kabul.', '2022-04-12'),
    ]);
    expect(c.articles.map((x) => x.id)).toEqual(['a', 'c']);
    expect(c.events.length).toBeGreaterThanOrEqual(2);
    expect(c.events.every((e) => e.mentions.every((m) => m.article !== 'b'))).toBe(true);
    expect(c.errors).toEqual([
      {
        file: 'in/b.md',
        line: 1,
        message:
          'event extraction failed on this article, which was left out (RangeError: Maximum call stack size exceeded); please report it',
      },
    ]);
  });

  it('dates an undated article by its absolute expressions only, never from a guessed day', () => {
    const text =
      'On 15 August 2021, Taliban fighters killed 12 soldiers in Kabul, officials said. Yesterday, protesters clashed with police near the airport.';
    const undated = buildChronology([article('u', text)]);
    const dated = buildChronology([article('u', text, '2021-08-17')]);
    expect(undated.articles).toEqual([{ id: 'u', title: 'u', source: 'S' }]);
    expect(undated.events.map((e) => [e.when.value, e.reported])).toEqual([['2021-08-15', '2021-08-15']]);
    // With a date the relative sentence yields its own event: that is the one left unresolved.
    expect(dated.events.map((e) => e.when.value).sort()).toEqual(['2021-08-15', '2021-08-16']);
  });

  it('lists problems by file and line whatever order they came in', () => {
    const e = (file: string, line: number) => ({ file, line, message: 'm' });
    const c = buildChronology([], [e('b.md', 1), e('a.md', 9), e('a.md', 2)]);
    expect(c.errors?.map((x) => `${x.file}:${x.line}`)).toEqual(['a.md:2', 'a.md:9', 'b.md:1']);
  });
});
