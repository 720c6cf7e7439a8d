import { describe, expect, it } from 'vitest';
import { toTimelineJs } from '../../../src/chronology/formats/timelineJs.ts';
import type { Chronology, ChronologyEvent, EventTime } from '../../../src/model/chronology.ts';
import { sampleChronology } from './sampleChronology.ts';

const doc = toTimelineJs(sampleChronology, sampleChronology.events);
const slide = (id: string) => doc.events.find((e) => e.unique_id === id)!;

function withWhen(when: EventTime): Chronology {
  const base = sampleChronology.events[2]!;
  return { ...sampleChronology, events: [{ ...base, when } as ChronologyEvent] };
}

describe('toTimelineJs', () => {
  it('emits slides in chronological order with unique ids', () => {
    expect(doc.events.map((e) => e.unique_id)).toEqual(['e1', 'e3', 'e2']);
  });
  it('uses the date components the precision states', () => {
    expect(slide('e1').start_date).toEqual({ year: 2022, month: 4, day: 10 });
    expect(slide('e1').end_date).toBeUndefined();
    expect(slide('e2').start_date).toEqual({ year: 2022, month: 6 });
    expect(slide('e2').end_date).toBeUndefined();
    expect(slide('e3').start_date).toEqual({ year: 2022, month: 4, day: 11, hour: 14, minute: 30 });
  });
  it('adds an end date only when the start does not imply it', () => {
    const week = toTimelineJs(
      withWhen({
        start: '2022-04-11',
        end: '2022-04-17',
        precision: 'week',
        value: '2022-W15',
        approximate: false,
      }),
      withWhen({
        start: '2022-04-11',
        end: '2022-04-17',
        precision: 'week',
        value: '2022-W15',
        approximate: false,
      }).events,
    ).events[0]!;
    expect(week.start_date).toEqual({ year: 2022, month: 4, day: 11 });
    expect(week.end_date).toEqual({ year: 2022, month: 4, day: 17 });
    const spring = withWhen({
      start: '2022-03-01',
      end: '2022-05-31',
      precision: 'season',
      value: '2022-SP',
      approximate: false,
    });
    const s = toTimelineJs(spring, spring.events).events[0]!;
    expect([s.start_date, s.end_date]).toEqual([
      { year: 2022, month: 3 },
      { year: 2022, month: 5 },
    ]);
    const decade = withWhen({
      start: '2010-01-01',
      end: '2019-12-31',
      precision: 'decade',
      value: '201',
      approximate: false,
    });
    const d = toTimelineJs(decade, decade.events).events[0]!;
    expect([d.start_date, d.end_date]).toEqual([{ year: 2010 }, { year: 2019 }]);
  });
  it('falls back to days when a coarse precision does not fit the interval', () => {
    const odd = withWhen({
      start: '2022-04-05',
      end: '2022-04-20',
      precision: 'month',
      value: '2022-04',
      approximate: true,
    });
    const s = toTimelineJs(odd, odd.events).events[0]!;
    expect([s.start_date, s.end_date]).toEqual([
      { year: 2022, month: 4, day: 5 },
      { year: 2022, month: 4, day: 20 },
    ]);
  });
  it('HTML-escapes headline and text, and links only http(s) sources', () => {
    const e2 = slide('e2');
    expect(e2.text.headline).toBe(
      '=HYPERLINK(&quot;http://evil.example&quot;,&quot;click&quot;) &lt;script&gt;alert(1)&lt;/script&gt;',
    );
    expect(e2.text.text).toContain('<p>-5 degrees, @night &amp; &lt;b&gt;cold&lt;/b&gt;</p>');
    expect(e2.text.text).not.toContain('<b>');
    expect(e2.text.text).toContain(
      '<a href="https://example.org/aj/badakhshan?a=1&amp;b=2" rel="noopener noreferrer">Al Jazeera</a>',
    );
    const evil: Chronology = {
      ...sampleChronology,
      articles: [
        { id: 'x', title: 'x', source: 'X"><img>', url: 'javascript:alert(1)', published: '2022-01-01' },
      ],
      events: [
        {
          ...sampleChronology.events[0]!,
          mentions: [{ article: 'x', sentence: { start: 0, end: 1, text: 'a' } }],
        },
      ],
    };
    const text = toTimelineJs(evil, evil.events).events[0]!.text.text;
    expect(text).not.toContain('javascript:');
    expect(text).not.toContain('<img');
    expect(text).toContain('X&quot;&gt;&lt;img&gt;');
  });
  it('groups by event type and summarises counts', () => {
    expect(slide('e1').group).toBe('battle');
    expect(slide('e3').group).toBeUndefined();
    expect(slide('e1').text.text).toContain('9 killed · 3 injured · 1 arrested');
  });
  it('survives JSON serialization and has a title slide', () => {
    const back = JSON.parse(JSON.stringify(doc));
    expect(back).toEqual(doc);
    expect(doc.title?.text.text).toContain('3 events from 2 articles, 2022-04-10 to 2022-06-30');
  });
});
