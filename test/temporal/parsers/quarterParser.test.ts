import { describe } from 'vitest';
import { runCases } from '../cases.ts';

describe('quarterParser and theQuarterParser, DCT 1989-10-26', () => {
  runCases('1989-10-26', [
    { text: 'Profit rose in the third quarter.', surface: 'the third quarter', value: '1989-Q3' },
    {
      text: 'In the 1988 third quarter, it lost money.',
      surface: 'the 1988 third quarter',
      value: '1988-Q3',
    },
    // An amount "last year" in a story about a quarter is that quarter a year back.
    {
      text: 'Net in the third quarter was $5 million, compared with $3 million last year.',
      surface: 'last year',
      value: '1988-Q3',
    },
    { text: 'Last year the company grew.', surface: 'Last year', value: '1988' },
    // "the latest quarter" is the last one completed, even after a mention of the coming quarter.
    {
      text: 'It expects a loss in the fourth quarter. In the latest quarter, sales rose.',
      surface: 'the latest quarter',
      value: '1989-Q3',
      anchor: 'dct',
    },
    { text: 'Revenue in the latest period rose 9%.', surface: 'the latest period', value: '1989-Q3' },
    // A comparison point ("a year earlier") is not where the story is: "the quarter" skips it.
    {
      text: 'In the third quarter of 1989 net rose to $5 million from $4 million a year earlier. During the quarter, sales rose.',
      surface: 'the quarter',
      value: '1989-Q3',
      anchor: 'narrative',
    },
  ]);
});
