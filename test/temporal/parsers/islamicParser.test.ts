import { describe } from 'vitest';
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
});
