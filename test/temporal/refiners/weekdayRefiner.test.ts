import { describe } from 'vitest';
import { runCases } from '../cases.ts';

describe('weekdayRefiner, DCT Wednesday 2013-03-20', () => {
  runCases('2013-03-20', [
    { text: 'Rebels attacked the town on Friday.', surface: 'Friday', value: '2013-03-15' },
    { text: 'The president said Wednesday that he would stay.', surface: 'Wednesday', value: '2013-03-20' },
    { text: 'The minister will visit on Friday.', surface: 'Friday', value: '2013-03-22' },
    { text: 'They met last Monday.', surface: 'last Monday', value: '2013-03-18' },
    { text: 'They meet next Monday.', surface: 'next Monday', value: '2013-03-25' },
  ]);
});
