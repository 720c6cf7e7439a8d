import { readFileSync } from 'node:fs';
import type { Chronology, ChronologyEvent } from '../../src/model/chronology.ts';

/** The hand-written sample chronology (two real articles, 13 events). */
export const sample = JSON.parse(
  readFileSync(new URL('../fixtures/chronology/sample.json', import.meta.url), 'utf8'),
) as Chronology;

/** A minimal valid event, with overrides. */
export function makeEvent(
  id: string,
  start: string,
  end = start,
  extra: Partial<ChronologyEvent> = {},
): ChronologyEvent {
  return {
    id,
    title: `Event ${id}`,
    when: { start, end, precision: 'day', value: start, approximate: false },
    reported: end.slice(0, 10),
    mentions: [{ article: 'a', sentence: { start: 0, end: 5, text: 'Hello' } }],
    actors: [],
    places: [],
    ...extra,
  };
}

/** A chronology of the given events from one article. */
export function makeChronology(events: ChronologyEvent[]): Chronology {
  return {
    version: 1,
    articles: [{ id: 'a', title: 'A title', source: 'Wire', published: '2022-01-01' }],
    events,
  };
}
