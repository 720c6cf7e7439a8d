import { describe, expect, it } from 'vitest';
import { tag } from '../../../src/temporal/tag.ts';
import { runCases } from '../cases.ts';

describe('vagueParser, DCT 2013-03-22', () => {
  runCases('2013-03-22', [
    { text: 'It will list shares in the near future.', surface: 'the near future', value: 'FUTURE_REF' },
    { text: 'It must placate holders in the short term.', surface: 'the short term', value: 'FUTURE_REF' },
    {
      text: 'We do not minimize the challenges of the near term.',
      surface: 'the near term',
      value: 'FUTURE_REF',
    },
    { text: 'The army is now in control.', surface: 'now', value: 'PRESENT_REF', precision: 'vague' },
    { text: 'Prices recently rose.', surface: 'recently', value: 'PAST_REF' },
    { text: 'Such wars happened in the past.', surface: 'the past', value: 'PAST_REF' },
    { text: 'We will see in the future.', surface: 'the future', value: 'FUTURE_REF' },
    { text: 'He currently lives abroad.', surface: 'currently', value: 'PRESENT_REF' },
    {
      text: 'They bought shares at the then current market price.',
      surface: 'then current',
      value: 'PAST_REF',
    },
    { text: 'The then-current rules applied.', surface: 'then-current', value: 'PAST_REF' },
  ]);

  it('reads "then current" only after a determiner', () => {
    expect(
      tag('Back then current rules applied.', { reference: '2013-03-22' }).map((r) => r.value),
    ).not.toContain('PAST_REF');
  });

  it('leaves the water and power sense of "current" alone', () => {
    expect(tag('An ocean current is threatening to carry the oil.', { reference: '2013-03-22' })).toEqual([]);
    expect(tag('The loop current, which flows north, carried it.', { reference: '2013-03-22' })).toEqual([]);
    expect(tag('The current government fell.', { reference: '2013-03-22' }).map((r) => r.value)).toEqual([
      'PRESENT_REF',
    ]);
  });

  it('leaves the money sense of "current account" alone', () => {
    expect(tag('The current account deficit grew.', { reference: '2013-03-22' })).toEqual([]);
  });
});
