import { describe, expect, it } from 'vitest';
import { arrowToColumns, chronologyToArrow } from '../../../src/chronology/formats/arrowChronology.ts';
import { columnEvents } from '../../../src/chronology/formats/arrowEvents.ts';
import type { Chronology } from '../../../src/model/chronology.ts';
import { buildEventIndex, type EventIndex, focusExtent } from '../../../src/timeline/layout/eventIndex.ts';
import { groupLanes } from '../../../src/timeline/layout/groupLanes.ts';
import { facetValues, filterEvents } from '../../../src/timeline/state/filterEvents.ts';
import { EMPTY_FILTERS } from '../../../src/timeline/state/timelineState.ts';
import { syntheticChronology } from '../../../src/timeline/synthetic.ts';
import { syntheticColumns } from '../../../src/timeline/syntheticColumns.ts';
import { sample } from '../fixture.ts';

/** The index of column-backed events, with the intervals and sources the columns carry. */
function columnIndex(
  columns: ReturnType<typeof arrowToColumns>,
  detail?: Parameters<typeof columnEvents>[1],
): EventIndex {
  const { events, sourcesOf } = columnEvents(columns, detail);
  return buildEventIndex(
    { version: 1, articles: columns.articles, events },
    { start: columns.startMs, end: columns.endMs, reported: columns.reportedMs, sourcesOf },
  );
}

const cases: [string, () => { plain: Chronology; columnar: EventIndex }][] = [
  [
    'synthetic columns',
    () => {
      const { columns, detail } = syntheticColumns(3000, { seed: 11 });
      return { plain: syntheticChronology(3000, { seed: 11 }), columnar: columnIndex(columns, detail) };
    },
  ],
  [
    'an Arrow file',
    () => ({ plain: sample, columnar: columnIndex(arrowToColumns(chronologyToArrow(sample))) }),
  ],
];

describe.each(cases)('the explorer index over %s', (_, make) => {
  const { plain, columnar } = make();
  const index = buildEventIndex(plain);

  it('has the same numbers, order and sources as the index of the JSON events', () => {
    expect(columnar.byStart).toEqual(index.byStart);
    for (const k of ['start', 'end', 'reported', 'importance', 'vague'] as const)
      expect(columnar[k]).toEqual(index[k]);
    expect(columnar.sources).toEqual(index.sources);
    expect(columnar.extent).toEqual(index.extent);
    expect(focusExtent(columnar)).toEqual(focusExtent(index));
    const last = plain.events.at(-1)!;
    expect(columnar.positionById.get(last.id)).toBe(index.positionById.get(last.id));
  });

  it('gives the same facets, filters, search results and lanes', () => {
    for (const f of ['type', 'place', 'actor', 'source', 'precision'] as const)
      expect(facetValues(columnar, f)).toEqual(facetValues(index, f));
    const [place] = facetValues(index, 'place')[0]!;
    const [type] = facetValues(index, 'type')[0]!;
    for (const [query, filters] of [
      ['', EMPTY_FILTERS],
      ['', { ...EMPTY_FILTERS, places: [place], types: [type] }],
      [plain.events[0]!.mentions[0]!.sentence.text.split(' ').slice(0, 2).join(' '), EMPTY_FILTERS],
    ] as const)
      expect(filterEvents(columnar, query, filters)).toEqual(filterEvents(index, query, filters));
    for (const by of ['place', 'actor', 'source', 'type'] as const)
      expect(groupLanes(columnar, columnar.byStart, by)).toEqual(groupLanes(index, index.byStart, by));
  });
});
