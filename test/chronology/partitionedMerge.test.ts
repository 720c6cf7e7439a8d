import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mapArticle } from '../../src/chronology/mapArticle.ts';
import {
  indexArticles,
  mergePartition,
  partitionedMerge,
  partitionOf,
  partitionsOf,
} from '../../src/chronology/partitionedMerge.ts';
import { mergeEvents } from '../../src/events/merge/mergeEvents.ts';
import { parseArticleFile } from '../../src/ingest/parseArticleFile.ts';
import type { ArticleMeta } from '../../src/model/article.ts';
import type { ChronologyEvent } from '../../src/model/chronology.ts';

const sample = fileURLToPath(new URL('../fixtures/t17-sample.jsonl', import.meta.url));
const parsed = parseArticleFile(sample, readFileSync(sample, 'utf8'));
const mapped = parsed.articles.map(mapArticle);
const metas = mapped.map((m) => m.article);
const events = mapped.flatMap((m) => m.events);

describe('partitionedMerge on 30 Timeline17 articles that report the same events', {
  timeout: 60_000,
}, () => {
  const whole = mergeEvents(events, metas);

  it('merges reports across articles in the first place, so the comparison means something', () => {
    expect(whole.filter((e) => e.merged).length).toBeGreaterThan(5);
    expect(whole.length).toBeLessThan(events.length);
  });

  it.each([1, 2, 3, 7, 10, 30, 365])(
    'gives the same events as mergeEvents with %i-day partitions',
    (days) => {
      expect(partitionedMerge(events, metas, days)).toEqual(whole);
    },
  );

  it('does not depend on the order events arrive in', () => {
    const reversed = [...events].reverse();
    expect(partitionedMerge(reversed, metas, 3)).toEqual(whole);
  });

  it('hands groups that cross a partition edge on for reconciling (1-day partitions)', () => {
    const byArticle = indexArticles(metas);
    const partitions = new Map<number, ChronologyEvent[]>();
    for (const e of events)
      for (const k of partitionsOf(e, 1)) partitions.set(k, [...(partitions.get(k) ?? []), e]);
    const results = [...partitions].map(([k, list]) => mergePartition(k, list, 1, byArticle));
    expect(results.some((r) => r.edges.length > 0)).toBe(true);
    // Every event is owned by exactly one partition: in its final events or one of its edge groups.
    const owned = results.flatMap((r) => [
      ...r.events.flatMap((e) => e.merged?.map((m) => m.id) ?? [e.id]),
      ...r.edges.flatMap((g) => g.owned.map((e) => e.id)),
    ]);
    expect(owned.sort()).toEqual(events.map((e) => e.id).sort());
  });
});

describe('partitionsOf', () => {
  const at = (end: string) => ({ when: { end } }) as ChronologyEvent;
  it('sends an event to its own bucket and every bucket within 13 days of its end', () => {
    const e = at('2010-01-15');
    const own = partitionOf(e, 7);
    expect(partitionsOf(e, 7)).toContain(own);
    expect(partitionsOf(e, 7)).toEqual([own - 2, own - 1, own, own + 1, own + 2]);
    expect(partitionsOf(e, 365).length).toBeLessThanOrEqual(2);
  });
});

/** Synthetic reports: few words, places, types and days, so many pairs could merge and chains form. */
const WORDS = ['clashes', 'kunduz', 'killed', 'taliban', 'attack', '12'];
const arbEvent = fc.record({
  article: fc.integer({ min: 0, max: 12 }),
  words: fc.uniqueArray(fc.constantFrom(...WORDS), { minLength: 2, maxLength: 3 }),
  day: fc.integer({ min: 0, max: 40 }),
  span: fc.constantFrom(0, 0, 0, 1, 6, 12, 30),
  actor: fc.boolean(),
  approximate: fc.boolean(),
  type: fc.constantFrom('battle', 'explosion'),
  place: fc.constantFrom('Kunduz', 'Kunduz', 'Kabul', undefined),
  fatalities: fc.constantFrom(undefined, 3, 5),
});

type Synthetic = typeof arbEvent extends fc.Arbitrary<infer T> ? T : never;

function synthetic(records: Synthetic[]): {
  events: ChronologyEvent[];
  metas: ArticleMeta[];
} {
  const iso = (d: number) => new Date(Date.UTC(2022, 0, 1 + d)).toISOString().slice(0, 10);
  const events = records.map((r, i): ChronologyEvent => {
    const start = iso(r.day);
    return {
      id: `a${r.article}#${i}`,
      title: r.words.join(' '),
      when: {
        start,
        end: iso(r.day + r.span),
        precision: r.span === 0 ? 'day' : 'month',
        value: start,
        approximate: r.approximate,
      },
      reported: iso(r.day + r.span + 1),
      mentions: [
        {
          article: `a${r.article}`,
          sentence: { start: 0, end: 1, text: r.words.join(' ') },
          timex: { start: 0, end: 1, text: 'x', type: 'DATE', value: start },
        },
      ],
      actors: r.actor ? [{ name: 'Taliban' }] : [],
      places: r.place ? [{ name: r.place }] : [],
      type: r.type,
      ...(r.fatalities !== undefined ? { fatalities: r.fatalities } : {}),
    } as ChronologyEvent;
  });
  const metas = Array.from({ length: 13 }, (_, i) => ({
    id: `a${i}`,
    title: `A${i}`,
    source: `S${i % 4}`,
    published: '2022-03-01',
  }));
  return { events, metas };
}

describe('partitionedMerge on synthetic reports', { timeout: 60_000 }, () => {
  it('gives the same events as mergeEvents for any events and partition size', () => {
    let merges = 0;
    fc.assert(
      fc.property(fc.array(arbEvent, { maxLength: 60 }), fc.integer({ min: 1, max: 20 }), (records, days) => {
        const { events, metas } = synthetic(records);
        const whole = mergeEvents(events, metas);
        merges += whole.filter((e) => e.merged).length;
        expect(partitionedMerge(events, metas, days)).toEqual(whole);
      }),
      { numRuns: 200, seed: 13 },
    );
    // The generator must make reports that merge, or the property says nothing.
    expect(merges).toBeGreaterThan(10);
  });

  it('rejects a partition size below one day', () => {
    expect(() => partitionedMerge([], [], 0)).toThrow(RangeError);
  });
});
