import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../src/events/extractEvents.ts';
import { mergeEvents } from '../../src/events/mergeEvents.ts';
import type { Article, ArticleMeta } from '../../src/model/article.ts';
import { dayIn as day } from './eventFixtures.ts';

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
