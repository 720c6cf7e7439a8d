import { describe, expect, it } from 'vitest';
import { tag } from '../../../src/temporal/tag.ts';
import { runCases } from '../cases.ts';

describe('islamicMonthParser and islamicHolidayParser, DCT 2022-04-12', () => {
  runCases('2022-04-12', [
    {
      text: 'Pilgrims arrived in Muharram 1444.',
      surface: 'Muharram 1444',
      value: '2022-08',
      precision: 'month',
      rangeStart: '2022-07-30',
    },
    {
      text: 'Bombings since the beginning of the holy month of Ramadan.',
      surface: 'the beginning of the holy month of Ramadan',
      value: '2022-04-02',
      mod: 'START',
      precision: 'day',
      rangeStart: '2022-04-02',
    },
    {
      text: 'Attacks rose during Ramadan.',
      surface: 'Ramadan',
      value: '2022-04',
      rangeStart: '2022-04-02',
      anchor: 'dct',
    },
    { text: 'It began on 1 Ramadan 1443.', surface: '1 Ramadan 1443', value: '2022-04-02', precision: 'day' },
    {
      text: 'The truce was kept over Eid al-Fitr.',
      surface: 'Eid al-Fitr',
      value: '2021-05-13',
      rangeStart: '2021-05-13',
    },
    { text: 'Eid al-Fitr is near.', surface: 'Eid al-Fitr', value: '2022-05-02' },
    { text: 'Mourners gathered for Ashura.', surface: 'Ashura', value: '2021-08-18' },
  ]);

  // A lone month name needs a cue: a preposition, "month of", a day or a year (Ramadan aside).
  runCases('2022-04-12', [
    { text: 'Prices rose in Shaaban.', surface: 'Shaaban', value: '2022-03' },
    { text: 'The holy month of Shaaban ended.', surface: 'The holy month of Shaaban', value: '2022-03' },
    { text: 'Talks stalled during Rajab.', surface: 'Rajab', value: '2022-02' },
    { text: 'On 15 Shaaban crowds gathered.', surface: '15 Shaaban', value: '2022-03-18' },
    { text: 'Ramadan began on Saturday.', surface: 'Ramadan', value: '2022-04' },
    { text: 'During Ramadan people fast.', surface: 'Ramadan', value: '2022-04' },
  ]);

  it.each([
    ['Bouthaina Shaaban, right, attended.', 'Shaaban'],
    ['Tariq Ramadan spoke.', 'Ramadan'],
    ['Safar said the convoy left.', 'Safar'],
    ['Officials met Rajab at noon.', 'Rajab'],
  ])('does not read a name as a month: %s', (text, word) => {
    expect(tag(text, { reference: '2022-04-12' }).map((r) => r.text)).not.toContain(word);
  });
});
