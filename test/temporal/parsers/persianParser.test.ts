import { describe, expect, it } from 'vitest';
import { tag } from '../../../src/temporal/tag.ts';
import { runCases } from '../cases.ts';

describe('persianParser (solar Hijri), DCT 2022-06-26', () => {
  runCases('2022-06-26', [
    { text: 'He left on 3 Hoot 1400.', surface: '3 Hoot 1400', value: '2022-02-22' },
    {
      text: 'The decree of 1 Saratan 1401 took effect.',
      surface: '1 Saratan 1401',
      value: '2022-06-22',
      precision: 'day',
    },
    {
      text: 'Clashes began in Hamal 1401.',
      surface: 'Hamal 1401',
      value: '2022-03',
      precision: 'month',
      rangeStart: '2022-03-21',
    },
    {
      text: 'The law was passed on 10 Farvardin.',
      surface: '10 Farvardin',
      value: '2022-03-30',
      anchor: 'dct',
    },
  ]);

  it('ignores month names that are common words without a number', () => {
    expect(tag('Mehr news agency reported it.', { reference: '2022-06-26' })).toEqual([]);
  });

  // Names and words (Asad = lion, close to al-Assad; Saratan = crab; Hoot = fish) need a number.
  it.each([
    'Bashar al-Assad said it.',
    'Asad said it.',
    'In Asad it is hot.',
    'The Saratan heat hit Kandahar.',
    'Hoot Ahmadzai was arrested.',
    'Hamal is a word.',
    'Jadi and Dalw are names.',
    'Reza Farvardin spoke.',
  ])('tags no date in "%s"', (text) => {
    expect(tag(text, { reference: '2022-06-26' })).toEqual([]);
  });

  runCases('2022-06-26', [
    { text: 'It happened on 12 Asad 1401.', surface: '12 Asad 1401', value: '2022-08-03' },
    { text: 'The heat peaked on 3 Saratan.', surface: '3 Saratan', value: '2022-06-24' },
    { text: 'Classes resumed in Farvardin.', surface: 'Farvardin', value: '2022-03' },
  ]);
});
