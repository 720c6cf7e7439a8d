import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../src/events/extractEvents.ts';
import { contentWords, mergeEvents } from '../../../src/events/merge/mergeEvents.ts';
import type { Article, ArticleMeta } from '../../../src/model/article.ts';
import type { ChronologyEvent } from '../../../src/model/chronology.ts';
import { dayIn as day, monthIn } from '../eventFixtures.ts';

const reports: [Article, string, string][] = [
  [
    {
      id: 'r1',
      title: '',
      source: 'Reuters',
      published: '2022-04-12',
      text: 'On April 10, militants attacked a police checkpoint in Ghazni, killing 9 people.',
    },
    'April 10',
    '2022-04-10',
  ],
  [
    {
      id: 'r2',
      title: '',
      source: 'AP',
      published: '2022-04-12',
      text: 'Militants attacked a police checkpoint in Ghazni on April 11, killing 14 people.',
    },
    'April 11',
    '2022-04-11',
  ],
  [
    {
      id: 'r3',
      title: '',
      source: 'BBC',
      published: '2022-04-13',
      text: 'On April 10, militants attacked a checkpoint in Ghazni city. Nine people were killed.',
    },
    'April 10',
    '2022-04-10',
  ],
  [
    {
      id: 'r4',
      title: '',
      source: 'BBC',
      published: '2022-04-13',
      text: 'On April 10, thousands protested in Herat against prices.',
    },
    'April 10',
    '2022-04-10',
  ],
];
const events = reports.flatMap(([a, w, v]) => extractEvents(a, [day(a.text, w, v)]));
const metas: ArticleMeta[] = reports.map(([{ text: _t, ...m }]) => m);

describe('mergeEvents', () => {
  const merged = mergeEvents(events, metas);
  const attack = merged.find((e) => e.type === 'battle')!;

  it('merges reports of one happening and keeps every mention', () => {
    expect(merged).toHaveLength(2);
    expect(attack.mentions.map((m) => m.article).sort()).toEqual(['r1', 'r2', 'r3', 'r3']);
    expect(attack.corroboration).toBe(3);
  });

  it('records where sources disagree instead of choosing', () => {
    const fields = Object.fromEntries((attack.disagreements ?? []).map((d) => [d.field, d.values]));
    expect(fields.fatalities).toEqual({ r1: '9', r2: '14', r3: '9' });
    expect(fields.when).toEqual({ r1: '2022-04-10', r2: '2022-04-11', r3: '2022-04-10' });
  });

  it('explains the merge and can be undone from the data', () => {
    expect(attack.merged!.map((m) => m.id).sort()).toEqual(
      events
        .filter((e) => e.type === 'battle')
        .map((e) => e.id)
        .sort(),
    );
    for (const m of attack.merged!.slice(1)) expect(m.reason).toMatch(/same type/);
    const mentionsBack = attack.merged!.flatMap((m) => m.mentions).sort((a, b) => a - b);
    expect(mentionsBack).toEqual(attack.mentions.map((_, i) => i));
  });

  it('does not merge different happenings or reports from the same article', () => {
    expect(merged.find((e) => e.type === 'protest')!.mentions).toHaveLength(1);
    const same = mergeEvents(
      [
        events[0]!,
        { ...events[2]!, id: 'r1#9-0', mentions: events[2]!.mentions.map((m) => ({ ...m, article: 'r1' })) },
      ],
      metas,
    );
    expect(same).toHaveLength(2);
  });

  it('gives the same result whatever order the articles are read in', () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray(events, { minLength: events.length }),
        fc.shuffledSubarray(metas, { minLength: metas.length }),
        (e, m) => {
          expect(mergeEvents(e, m)).toEqual(merged);
        },
      ),
      { numRuns: 40, seed: 3 },
    );
  });
});

/** One undated or month-dated tally per article, as a news site repeats it day after day. */
function tallies(list: [id: string, source: string, published: string, text: string][]) {
  const arts: Article[] = list.map(([id, source, published, text]) => ({
    id,
    title: '',
    source,
    published,
    text,
  }));
  const evs = arts.flatMap((a) =>
    extractEvents(a, a.text.includes('March') ? [monthIn(a.text, 'March', '2011-03')] : []),
  );
  return {
    evs,
    merged: mergeEvents(
      evs,
      arts.map(({ text: _t, ...m }) => m),
    ),
  };
}

describe('mergeEvents and running tallies', () => {
  it('keeps a figure whole, so 5,000 and 9,000 share no word', () => {
    expect([...contentWords('More than 5,000 people killed')]).toContain('5000');
    expect(contentWords('More than 9,000 people killed').has('000')).toBe(false);
  });

  it('does not fold a tally reported on other days with other figures into one event', () => {
    const { merged } = tallies([
      [
        'b1',
        'BBC',
        '2011-08-27',
        'More than 2,000 people have been killed since the uprising began in March.',
      ],
      [
        'b2',
        'BBC',
        '2012-01-28',
        'More than 5,000 people have been killed since the uprising began in March.',
      ],
      [
        'g1',
        'Guardian',
        '2012-03-28',
        'More than 9,000 people have been killed since the uprising began in March.',
      ],
    ]);
    expect(merged.map((e) => e.fatalities).sort()).toEqual([2000, 5000, 9000]);
    // One article each (a sentence may give its event more than one trigger, each a mention).
    expect(merged.every((e) => new Set(e.mentions.map((m) => m.article)).size === 1)).toBe(true);
  });

  it("keeps one source's undated count of each day apart, but merges other sources on the day", () => {
    const { merged } = tallies([
      ['b1', 'BBC', '2012-03-06', 'More than 7,500 people have been killed in Syria, activists say.'],
      ['b2', 'BBC', '2012-03-07', 'More than 7,500 people have been killed in Syria, activists say.'],
      ['r1', 'Reuters', '2012-03-06', 'More than 7,500 people have been killed in Syria, activists say.'],
    ]);
    const byArticles = merged
      .map((e) =>
        e.mentions
          .map((m) => m.article)
          .sort()
          .join(' '),
      )
      .sort();
    expect(byArticles).toEqual(['b1 r1', 'b2']);
  });

  it('still merges one dated happening whose sources disagree on the toll', () => {
    const fields = Object.fromEntries(
      (mergeEvents(events, metas).find((e) => e.type === 'battle')!.disagreements ?? []).map((d) => [
        d.field,
        d.values,
      ]),
    );
    expect(fields.fatalities).toMatchObject({ r1: '9', r3: '9' });
  });

  it('keeps a merged event planned only while every report of it is a plan', () => {
    const [a, b] = events.filter((e) => e.type === 'battle') as [ChronologyEvent, ChronologyEvent];
    const both = mergeEvents([{ ...a, status: 'planned' }, b], metas);
    expect(both.find((e) => e.type === 'battle')!.status).toBeUndefined();
    const plans = mergeEvents(
      [
        { ...a, status: 'planned' },
        { ...b, status: 'planned' },
      ],
      metas,
    );
    expect(plans.find((e) => e.type === 'battle')!.status).toBe('planned');
  });
});
