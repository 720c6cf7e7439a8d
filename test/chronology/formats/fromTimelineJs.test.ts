import { describe, expect, it } from 'vitest';
import { fromTimelineJs } from '../../../src/chronology/formats/fromTimelineJs.ts';
import { toTimelineJs } from '../../../src/chronology/formats/timelineJs.ts';
import { validateChronology } from '../../../src/model/validateChronology.ts';
import { sampleChronology } from './sampleChronology.ts';

const doc = toTimelineJs(sampleChronology, sampleChronology.events);

describe('fromTimelineJs', () => {
  it('round-trips a chronology through JSON text', () => {
    const { chronology, errors } = fromTimelineJs(JSON.parse(JSON.stringify(doc)), 'tl.json');
    expect(errors).toEqual([]);
    expect(validateChronology(chronology).ok).toBe(true);
    const byId = new Map(chronology.events.map((e) => [e.id, e]));
    for (const e of sampleChronology.events) {
      const b = byId.get(e.id)!;
      expect(b.title).toBe(e.title);
      expect(b.when).toEqual(e.when);
      expect(b.reported).toBe(e.reported);
      expect([b.fatalities, b.injured, b.arrested, b.corroboration, b.type]).toEqual([
        e.fatalities,
        e.injured,
        e.arrested,
        e.corroboration,
        e.type,
      ]);
      expect(b.places).toEqual(e.places);
      expect(b.actors).toEqual(e.actors);
      expect(b.mentions[0]!.sentence.text).toBe(e.mentions[0]!.sentence.text);
    }
    const e2 = byId.get('e2')!;
    const sources = e2.mentions.map((m) => chronology.articles.find((a) => a.id === m.article)!.source);
    expect(sources).toEqual(['BBC', 'Al Jazeera']);
  });
  it('reads a plain TimelineJS file, with string numbers and HTML text', () => {
    const plain = {
      title: { text: { headline: 'Afghanistan 2022' } },
      events: [
        {
          start_date: { year: '2022', month: '8' },
          text: { headline: 'Kabul &amp; beyond', text: '<p>First <b>line</b></p><p>Second</p>' },
          group: 'Protest',
        },
        {
          start_date: { year: 2021 },
          end_date: { year: 2022, month: 2 },
          text: { text: 'Only text here' },
          unique_id: 'u2',
        },
      ],
    };
    const { chronology, errors } = fromTimelineJs(plain, 'plain.json');
    expect(errors).toEqual([]);
    const [a, b] = chronology.events;
    expect(a).toMatchObject({
      id: 'plain-1',
      title: 'Kabul & beyond',
      type: 'protest',
      when: { start: '2022-08-01', end: '2022-08-31', precision: 'month', value: '2022-08' },
    });
    expect(a!.mentions[0]!.sentence.text).toBe('First line\nSecond');
    expect(b).toMatchObject({
      id: 'u2',
      title: 'Only text here',
      when: { start: '2021-01-01', end: '2022-02-28', precision: 'year' },
    });
    expect(validateChronology(chronology).ok).toBe(true);
  });
  it('prefers edited slide dates over a stale chronoscope extension', () => {
    const edited = JSON.parse(JSON.stringify(doc));
    edited.events[0].start_date = { year: 2022, month: 4, day: 9 };
    const { chronology } = fromTimelineJs(edited);
    expect(chronology.events.find((e) => e.id === 'e1')!.when).toMatchObject({
      start: '2022-04-09',
      end: '2022-04-09',
    });
  });
  it('reports bad slides by position and id and keeps the good ones', () => {
    const bad = {
      events: [
        { start_date: { year: 2022 }, text: { headline: 'ok' }, unique_id: 'a' },
        { text: { headline: 'no date' }, unique_id: 'b' },
        { start_date: { year: 'soon' }, text: { headline: 'x' } },
        { start_date: { year: 2022, month: 13 }, text: { headline: 'x' } },
        { start_date: { year: 2022 }, end_date: { year: 2020 }, text: { headline: 'x' } },
        { start_date: { year: 2022 }, text: {} },
        { start_date: { year: 2022 }, text: { headline: 'dup' }, unique_id: 'a' },
        'nonsense',
      ],
    };
    const { chronology, errors } = fromTimelineJs(bad, 'bad.json');
    expect(chronology.events.map((e) => e.id)).toEqual(['a']);
    expect(errors.map((e) => e.message)).toEqual([
      'event 2 ("b"): has no start_date',
      'event 3: start_date.year is missing or not a year 0–9999',
      expect.stringMatching(/^event 4: start "2022-13" is not a date/),
      expect.stringMatching(/^event 5: end 2020-12-31 is before start 2022-01-01/),
      'event 6: has neither a headline nor text',
      'event 7 ("a"): duplicate unique_id',
      'event 8: is not an object',
    ]);
    expect(errors.every((e) => e.file === 'bad.json')).toBe(true);
  });
  it('rejects what is not a TimelineJS document', () => {
    expect(fromTimelineJs([1, 2]).errors[0]!.message).toMatch(/not a TimelineJS document/);
    expect(fromTimelineJs(null).chronology.events).toEqual([]);
  });
  it('drops unsafe or malformed extension fields instead of trusting them', () => {
    const tampered = JSON.parse(JSON.stringify(doc));
    tampered.events[0].chronoscope.places = [
      { name: 'X', lat: 500, lon: 10, extra: '<script>' },
      { nope: 1 },
    ];
    tampered.events[0].chronoscope.fatalities = -4;
    const e = fromTimelineJs(tampered).chronology.events[0]!;
    expect(e.places).toEqual([{ name: 'X' }]);
    expect(e.fatalities).toBeUndefined();
  });
});
