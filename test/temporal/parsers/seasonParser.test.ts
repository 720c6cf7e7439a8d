import { describe } from 'vitest';
import { runCases } from '../cases.ts';

describe('seasonParser and quarterParser, DCT 2022-04-12', () => {
  runCases('2022-04-12', [
    {
      text: 'Fighting paused during the winter.',
      surface: 'the winter',
      value: '2022-WI',
      precision: 'season',
    },
    { text: 'It rained last fall.', surface: 'last fall', value: '2021-FA' },
    { text: 'The vote is this summer.', surface: 'this summer', value: '2022-SU' },
    { text: 'Fighting resumed this spring.', surface: 'this spring', value: '2022-SP' },
    // "this" names the DCT year's season even in a past-tense clause about plans.
    {
      text: 'They said they would join protests this summer.',
      surface: 'this summer',
      value: '2022-SU',
    },
    { text: 'It started in the summer of 1998.', surface: 'the summer of 1998', value: '1998-SU' },
    {
      text: 'Profit rose in the first quarter.',
      surface: 'the first quarter',
      value: '2022-Q1',
      precision: 'quarter',
    },
    { text: 'Third-quarter profit fell.', surface: 'Third-quarter', value: '2021-Q3' },
    {
      text: 'Sales in the fourth quarter of 1998 fell.',
      surface: 'the fourth quarter of 1998',
      value: '1998-Q4',
    },
    { text: 'Sales fell in the first half of 2021.', surface: 'the first half of 2021', value: '2021-H1' },
  ]);

  // A spelled or two-digit year after "of" joins the season (broadcast transcripts).
  runCases('1998-02-23', [
    {
      text: 'the level we saw in the winter of nineteen ninety-four. Weakened prices followed.',
      surface: 'the winter of nineteen ninety-four',
      value: '1994-WI',
      rangeStart: '1993-12-01',
    },
    {
      text: 'It began in the fall of nineteen eighty-nine.',
      surface: 'the fall of nineteen eighty-nine',
      value: '1989-FA',
    },
    { text: "It was the summer of '69.", surface: "the summer of '69", value: '1969-SU' },
    { text: "Plans for the spring of '99 were shelved.", surface: "the spring of '99", value: '1999-SP' },
    // Without "of", "two thousand" is a count.
    { text: 'This spring two thousand people marched.', surface: 'This spring', value: '1998-SP' },
  ]);
});
