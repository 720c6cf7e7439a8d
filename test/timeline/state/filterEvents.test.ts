import { describe, expect, it } from 'vitest';
import { buildEventIndex } from '../../../src/timeline/layout/eventIndex.ts';
import { facetValues, filterEvents, searchTerms } from '../../../src/timeline/state/filterEvents.ts';
import { EMPTY_FILTERS } from '../../../src/timeline/state/timelineState.ts';
import { sample } from '../fixture.ts';

const index = buildEventIndex(sample);
const ids = (ps: Uint32Array): string[] => [...ps].map((p) => index.events[p]!.id).sort();

describe('filterEvents', () => {
  it('shows only key events when asked', () => {
    const ranked = buildEventIndex({
      ...sample,
      events: sample.events.map((e) => (e.id === 'e04' || e.id === 'e09' ? { ...e, key: true } : e)),
    });
    const keyIds = [...filterEvents(ranked, '', { ...EMPTY_FILTERS, keyOnly: true })].map(
      (p) => ranked.events[p]!.id,
    );
    expect(keyIds.sort()).toEqual(['e04', 'e09']);
    expect(filterEvents(ranked, '', EMPTY_FILTERS).length).toBe(sample.events.length);
  });

  it('requires every search word, anywhere in title, sentences, actors or places', () => {
    expect(searchTerms('Kohistan "special forces"')).toEqual(['kohistan', 'special forces']);
    expect(ids(filterEvents(index, 'kohistan "special forces"', EMPTY_FILTERS))).toEqual(['e05', 'e06']);
    expect(ids(filterEvents(index, 'Hanafi', EMPTY_FILTERS))).toEqual(['e11']);
  });

  it('applies facets (a place matches the places within it) and the date range (by overlap)', () => {
    expect(ids(filterEvents(index, '', { ...EMPTY_FILTERS, types: ['battle'] }))).toEqual([
      'e04',
      'e05',
      'e07',
      'e09',
    ]);
    expect(ids(filterEvents(index, '', { ...EMPTY_FILTERS, places: ['Sar-e-Pul'] }))).toEqual([
      'e09',
      'e10',
      'e11',
      'e12',
    ]);
    expect(ids(filterEvents(index, '', { ...EMPTY_FILTERS, precisions: ['week'] }))).toEqual(['e13']);
    expect(ids(filterEvents(index, '', { ...EMPTY_FILTERS, from: '2022-06-20', to: '2022-06-30' }))).toEqual([
      'e09',
      'e10',
      'e11',
      'e12',
    ]);
  });

  it('counts facet values, most frequent first', () => {
    expect(facetValues(index, 'type')[0]).toEqual(['battle', 4]);
    expect(
      facetValues(index, 'source')
        .map(([v]) => v)
        .sort(),
    ).toEqual(['Al Jazeera (English translation)', 'unknown Afghan outlet']);
  });
});
