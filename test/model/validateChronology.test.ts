import { describe, expect, it } from 'vitest';
import schema from '../../src/model/chronology.schema.json';
import { EVENT_STATUSES, EVENT_TYPES } from '../../src/model/chronology.ts';
import { PRECISIONS, TIMEX_MODS } from '../../src/model/timex.ts';
import { validateChronology } from '../../src/model/validateChronology.ts';

const event = {
  id: 'e1',
  title: 'Clashes in Balkhab',
  when: { start: '2022-06-19', end: '2022-06-19', precision: 'day', value: '2022-06-19', approximate: false },
  reported: '2022-06-26',
  mentions: [{ article: 'a', sentence: { start: 0, end: 10, text: 'Clashes...' } }],
  actors: [],
  places: [{ name: 'Balkhab', lat: 35.9, lon: 66.9 }],
};
const good = {
  version: 1,
  articles: [{ id: 'a', title: 'T', source: 'S', published: '2022-06-26' }],
  events: [event],
};

describe('validateChronology', () => {
  it('accepts a well-formed chronology', () => {
    expect(validateChronology(good)).toMatchObject({ ok: true });
  });

  it('names the JSON path of a bad enum value and lists the allowed values', () => {
    const bad = { ...good, events: [{ ...event, when: { ...event.when, precision: 'fortnight' } }] };
    const r = validateChronology(bad);
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.errors[0]).toMatch(
        /^\/events\/0\/when\/precision: must be equal to one of the allowed values \(time, day/,
      );
  });

  it('names a missing required field', () => {
    const { title: _t, ...noTitle } = event;
    const r = validateChronology({ ...good, events: [noTitle] });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors).toContain("/events/0: must have required property 'title'");
  });

  it('rejects a malformed date and a wrong version', () => {
    const r = validateChronology({
      ...good,
      version: 2,
      articles: [{ ...good.articles[0], published: '26/06/2022' }],
    });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors.some((e) => e.startsWith('/version:'))).toBe(true);
      expect(r.errors.some((e) => e.startsWith('/articles/0/published:'))).toBe(true);
    }
  });

  it('rejects non-objects', () => {
    expect(validateChronology(null).ok).toBe(false);
    expect(validateChronology([]).ok).toBe(false);
  });

  it('lists in the schema exactly the event types of the TypeScript model', () => {
    expect(schema.definitions.event.properties.type.enum).toEqual([...EVENT_TYPES]);
  });

  it('lists in the schema exactly the event statuses of the TypeScript model, and accepts an event without one', () => {
    expect(schema.definitions.event.properties.status.enum).toEqual([...EVENT_STATUSES]);
    const planned = { ...good, events: [{ ...event, status: 'planned' }] };
    expect(validateChronology(planned)).toMatchObject({ ok: true });
    const r = validateChronology({ ...good, events: [{ ...event, status: 'rumoured' }] });
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.errors[0]).toMatch(/^\/events\/0\/status: must be equal to one of the allowed values/);
  });

  it('lists in the schema exactly the precisions and TIMEX3 mods of the TypeScript model', () => {
    expect(schema.definitions.precision.enum).toEqual([...PRECISIONS]);
    expect(schema.definitions.mod.enum).toEqual([...TIMEX_MODS]);
  });
});
