import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../src/events/extractEvents.ts';
import { tag } from '../../../src/temporal/tag.ts';
import { article } from '../eventFixtures.ts';

const events = (text: string, published: string) =>
  extractEvents(article(text, published), tag(text, { reference: published }));

describe('untilBoundClause (through extractEvents)', () => {
  it('dates by an "until" date the state it ends, no happening of the clause after it', () => {
    const text =
      'Thirty-three million Mexican schoolchildren will be off school until the middle of next week as authorities seek to contain the outbreak.';
    const dated = events(text, '2009-04-28').flatMap((e) =>
      e.mentions.filter((m) => m.timex).map((m) => m.trigger?.text),
    );
    expect(dated).not.toContain('seek');
    // The state the date ends, before its comma when nothing follows it.
    const trial =
      'The trial in Los Angeles Superior Court is expected to last five weeks, until the end of October.';
    const last = events(trial, '2011-10-12').find((e) => e.mentions.some((m) => m.trigger?.text === 'last'));
    expect(last?.when.value).toBe('2011-10');
  });

  it('dates nothing by the time a verb allows, a deadline of what follows', () => {
    const text =
      'The company expects to take at least until next month to deliver on all of its orders, he said.';
    const dated = events(text, '2009-05-21').filter((e) => e.mentions.some((m) => m.timex));
    expect(dated.map((e) => e.title)).toEqual([]);
    // Told in the past, the time taken is when the thing was done.
    const took = events('It took until March 1980 to cap the well.', '2010-04-27');
    expect(took.map((e) => e.when.value)).toEqual(['1980-03']);
  });

  it('leaves a verb joined by "and" to the bounded clause the date of the sentence', () => {
    const text =
      'It spread through Europe, and reached North America, lasting until 1892 and eventually killing an estimated one million people.';
    const killing = events(text, '2009-04-29').find((e) =>
      e.mentions.some((m) => m.trigger?.text === 'killing'),
    );
    expect(killing?.when.value).toBe('1892');
  });
});
