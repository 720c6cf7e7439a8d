import { describe, expect, it } from 'vitest';
import { annotate } from '../../../src/events/nlp/annotate.ts';
import { ongoingState } from '../../../src/events/triggers/ongoingState.ts';

const state = (text: string, word: string) => {
  const { tokens } = annotate(text);
  const k = tokens.findIndex((t) => t.text === word);
  expect(k).toBeGreaterThanOrEqual(0);
  return ongoingState(tokens, k);
};

describe('ongoingState', () => {
  it('takes a present progressive of "continue" for a continuing action', () => {
    expect(state('Syrian forces are continuing to attack opposition strongholds.', 'continuing')).toBe(
      'a continuing action',
    );
    expect(state('Government forces are continuing a fierce assault on rebels in Homs.', 'continuing')).toBe(
      'a continuing action',
    );
    expect(state('The protests have continued despite the government crackdown.', 'continued')).toBe(
      'a continuing action',
    );
    // A past continuation is a happening of the past.
    expect(state('Syrian forces continued to attack opposition strongholds.', 'continued')).toBeUndefined();
  });

  it('takes a present progressive of accusing for a standing charge, not one of facing', () => {
    expect(state('Activists are accusing the government of torture.', 'accusing')).toBe('a standing charge');
    expect(
      state('BP is facing two new charges after senators demanded an inquiry.', 'facing'),
    ).toBeUndefined();
    expect(state('Activists accused the government of torture.', 'accused')).toBeUndefined();
  });

  it('takes a growing degree for a trend', () => {
    expect(state('The eight-month-old uprising has become increasingly armed.', 'become')).toBe('a trend');
    expect(state('Obama has come under increasing pressure to act.', 'come')).toBe('a trend');
    expect(state('Pressure is mounting on the Syrian president.', 'mounting')).toBe('a trend');
    // The latest to do something tells a happening; a verb of degree with an object is an act.
    expect(state('Germany has become the latest country to confirm cases.', 'become')).toBeUndefined();
    expect(state('The lab is growing it up in eggs.', 'growing')).toBeUndefined();
    expect(
      state('The order came amid increasing tension between the administration and the company.', 'came'),
    ).toBeUndefined();
  });
});
