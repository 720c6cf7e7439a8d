import { describe, expect, it } from 'vitest';
import { analyzeClause } from '../../src/events/analyzeClause.ts';

describe('analyzeClause', () => {
  it('titles a clause as who does what, in the present tense', () => {
    expect(
      analyzeClause('a storm that in 2005 killed more than 1,800 people in New Orleans', {
        finite: true,
        skip: ['2005'],
      }),
    ).toMatchObject({ title: 'Storm kills more than 1,800 people in New Orleans', type: 'other' });
    expect(
      analyzeClause('An online campaign was launched by social media users calling for aid'),
    ).toMatchObject({
      title: 'Social media users launch online campaign',
    });
  });

  it('reads a bomb that kills as an explosion, and "fought to contain the slick" as no battle', () => {
    expect(analyzeClause('A car bomb killed 26 people in Damascus')?.type).toBe('explosion');
    expect(analyzeClause('BP and the Coast Guard fought the oil slick')?.type).toBe('other');
  });
});
