import type { Chronology } from '../../../src/model/chronology.ts';

/** A small chronology exercising every field the flat formats carry, plus awkward text. */
export const sampleChronology: Chronology = {
  version: 1,
  articles: [
    {
      id: 'aj-2022-04-12',
      title: 'Taliban forces pursue militants in Badakhshan',
      source: 'Al Jazeera',
      url: 'https://example.org/aj/badakhshan?a=1&b=2',
      published: '2022-04-12',
    },
    { id: 'bbc-1', title: 'Mine collapse', source: 'BBC', published: '2022-06-26' },
  ],
  events: [
    {
      id: 'e1',
      title: 'Attack on Taliban headquarters in Kohistan, "Islamic Emirate" says',
      when: {
        start: '2022-04-10',
        end: '2022-04-10',
        precision: 'day',
        value: '2022-04-10',
        approximate: false,
      },
      reported: '2022-04-12',
      mentions: [
        {
          article: 'aj-2022-04-12',
          sentence: {
            start: 10,
            end: 80,
            text: 'A group of 10 armed people attacked,\nsaid Mansour; "we responded".',
          },
        },
      ],
      actors: [{ name: 'Taliban', kind: 'group' }, { name: 'Resistance fronts' }],
      places: [
        { name: 'Kohistan', kind: 'district', within: 'Badakhshan' },
        { name: 'Badakhshan', kind: 'province', lat: 36.73, lon: 70.81 },
      ],
      type: 'battle',
      fatalities: 9,
      injured: 3,
      arrested: 1,
      corroboration: 1,
    },
    {
      id: 'e2',
      title: '=HYPERLINK("http://evil.example","click") <script>alert(1)</script>',
      when: {
        start: '2022-06-01',
        end: '2022-06-30',
        precision: 'month',
        value: '2022-06',
        approximate: true,
      },
      reported: '2022-06-26',
      mentions: [
        { article: 'bbc-1', sentence: { start: 0, end: 5, text: '-5 degrees, @night & <b>cold</b>' } },
        { article: 'aj-2022-04-12', sentence: { start: 0, end: 5, text: 'other' } },
      ],
      actors: [],
      places: [{ name: 'Balkhab', lat: 35.93, lon: -66.87 }],
      corroboration: 2,
    },
    {
      id: 'e3',
      title: 'Clashes at 14:30',
      when: {
        start: '2022-04-11T14:30+04:30',
        end: '2022-04-11T14:30+04:30',
        precision: 'time',
        value: '2022-04-11T14:30',
        approximate: false,
      },
      reported: '2022-04-12',
      mentions: [{ article: 'aj-2022-04-12', sentence: { start: 0, end: 5, text: 'Clashes' } }],
      actors: [],
      places: [],
    },
  ],
};
