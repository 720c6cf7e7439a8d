import { describe, expect, it } from 'vitest';
import { findEventVerb, isOpinion } from '../../src/events/findEventVerb.ts';

describe('findEventVerb with finite', () => {
  it('skips modal, infinitive, relative-clause and participle uses', () => {
    expect(
      findEventVerb('There is way too much pressure to cap it with mud.', { finite: true }),
    ).toBeUndefined();
    expect(findEventVerb('the well may then be officially declared dead', { finite: true })).toBeUndefined();
    expect(
      findEventVerb('Annan, sent by the United Nations, expressed frustration', { finite: true }),
    ).toBeUndefined();
    expect(
      findEventVerb('the federal government, which in turn is charging BP', { finite: true }),
    ).toBeUndefined();
    expect(findEventVerb("Mexico's confirmed death toll ticked up", { finite: true })).toBeUndefined();
  });

  it('keeps a caused infinitive that happened', () => {
    expect(
      findEventVerb('A reality that prompted the government to tighten security measures', { finite: true })
        ?.form,
    ).toBe('tighten');
  });
});

describe('isOpinion', () => {
  it('tells a voiced opinion from a happening', () => {
    expect(isOpinion('Residents expressed concerns about the road')).toBe(true);
    expect(isOpinion('Police arrested five protesters in Herat')).toBe(false);
  });
});
