import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  arrowOutput,
  arrowToColumns,
  chronologyFromArrow,
  chronologyToArrow,
  columnsToArrow,
  looksLikeArrow,
} from '../../../src/chronology/formats/arrowChronology.ts';
import { intervalMs } from '../../../src/chronology/formats/arrowColumns.ts';
import { columnEvents } from '../../../src/chronology/formats/arrowEvents.ts';
import type { Chronology } from '../../../src/model/chronology.ts';
import { eventInterval } from '../../../src/timeline/layout/eventTime.ts';
import { syntheticChronology } from '../../../src/timeline/synthetic.ts';
import { syntheticColumns } from '../../../src/timeline/syntheticColumns.ts';
import { sampleChronology } from './sampleChronology.ts';

const fixture = (name: string): Chronology =>
  JSON.parse(
    readFileSync(new URL(`../../fixtures/chronology/${name}`, import.meta.url), 'utf8'),
  ) as Chronology;

describe('chronologyToArrow / chronologyFromArrow', () => {
  it.each([
    ['the sample fixture', fixture('sample.json')],
    ['planned ranges', fixture('planned-ranges.json')],
    ['the flat-format sample', sampleChronology],
    ['synthetic events', syntheticChronology(300, { seed: 4 })],
  ])('round-trips %s to the same chronology as its JSON', (_, chronology) => {
    const bytes = chronologyToArrow(chronology);
    expect(looksLikeArrow(bytes)).toBe(true);
    expect(chronologyFromArrow(bytes)).toEqual(JSON.parse(JSON.stringify(chronology)));
  });

  it("keeps a title's referent, and files without the column read as having none", () => {
    const c = fixture('sample.json');
    const e = c.events[0]!;
    const m = e.mentions[0]!;
    const referent = {
      words: { start: m.sentence.start, end: m.sentence.start + 2, text: 'He' },
      name: { start: 3, end: 14, text: 'Kofi Annan' },
    };
    const withReferent: Chronology = { ...c, events: [{ ...e, referent }, ...c.events.slice(1)] };
    const back = chronologyFromArrow(chronologyToArrow(withReferent));
    expect(back.events[0]!.referent).toEqual(referent);
    expect(back.events.slice(1).every((x) => x.referent === undefined)).toBe(true);
    expect(back).toEqual(JSON.parse(JSON.stringify(withReferent)));
  });

  it('keeps ingest errors and an empty chronology', () => {
    const c: Chronology = {
      version: 1,
      articles: [],
      events: [],
      errors: [{ file: 'x.md', line: 4, message: 'bad' }],
    };
    expect(chronologyFromArrow(chronologyToArrow(c))).toEqual(c);
  });

  it('stores the drawn interval in ms, as the explorer computes it', () => {
    const c = fixture('sample.json');
    const cols = arrowToColumns(chronologyToArrow(c));
    c.events.forEach((e, p) => {
      const iv = eventInterval(e);
      expect([cols.startMs[p], cols.endMs[p]]).toEqual([iv.start, iv.end]);
    });
    expect(intervalMs('2022-04-10T14:30', '2022-04-10T14:30')).toEqual({
      start: Date.UTC(2022, 3, 10, 14, 30),
      end: Date.UTC(2022, 3, 10, 14, 31),
    });
  });

  it('dictionary-encodes repeated values so each distinct list is parsed once', () => {
    const c = syntheticChronology(2000, { seed: 2 });
    const cols = arrowToColumns(chronologyToArrow(c));
    expect(cols.places.values.length).toBeLessThanOrEqual(10);
    expect(cols.precision.values.length).toBeLessThanOrEqual(5);
    const { events } = columnEvents(cols);
    const aleppo = events.filter((e) => e.places[0]?.name === 'Aleppo');
    expect(aleppo.length).toBeGreaterThan(1);
    expect(new Set(aleppo.map((e) => e.places)).size).toBe(1);
  });

  it('reads mentions only when an event is opened', () => {
    const c = fixture('sample.json');
    const cols = arrowToColumns(chronologyToArrow(c));
    const read: number[] = [];
    const { events, sourcesOf } = columnEvents(cols, (p) => {
      read.push(p);
      return JSON.parse(
        new TextDecoder().decode(
          cols.detail.bytes.subarray(cols.detail.offsets[p], cols.detail.offsets[p + 1]),
        ),
      );
    });
    expect(events.map((e) => e.title)).toEqual(c.events.map((e) => e.title));
    expect(sourcesOf(0).length).toBeGreaterThan(0);
    expect(read).toEqual([]);
    expect(events[3]!.mentions).toEqual(c.events[3]!.mentions);
    expect(events[3]!.when.explanation).toEqual(c.events[3]!.when.explanation);
    expect(read).toEqual([3]);
  });

  it('rejects an Arrow file that is not a chronology', () => {
    const c = fixture('sample.json');
    const bytes = chronologyToArrow(c);
    expect(looksLikeArrow(new TextEncoder().encode('{"version":1}'))).toBe(false);
    expect(() => arrowToColumns(bytes.subarray(0, 100))).toThrow();
  });
});

describe('arrowOutput', () => {
  it('gives Arrow bytes for an Arrow name and leaves other names to JSON', () => {
    const c = fixture('sample.json');
    const bytes = arrowOutput('out/big.arrow', c);
    expect(bytes && chronologyFromArrow(bytes)).toEqual(c);
    expect(arrowOutput('out/chronology.json', c)).toBeNull();
  });
});

describe('columnsToArrow', () => {
  it('writes columns with made-up details as the chronology they stand for', () => {
    const { columns, detail } = syntheticColumns(700, { seed: 6 });
    expect(chronologyFromArrow(columnsToArrow(columns, detail))).toEqual(
      syntheticChronology(700, { seed: 6 }),
    );
  });
});
