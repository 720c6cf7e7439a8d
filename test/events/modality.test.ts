import { describe, expect, it } from 'vitest';
import { afterPublication, clauseModality, eventModality, verbModality } from '../../src/events/modality.ts';

describe('clauseModality', () => {
  it('reads plans and schedules from the first verb group', () => {
    expect(clauseModality('Mr Cameron will visit the US on 20 July.')).toBe('planned');
    expect(clauseModality('The army’ll attack next week.')).toBe('planned');
    expect(clauseModality('BP is due to meet officials on Monday.')).toBe('planned');
    expect(clauseModality('President Obama is to tour Louisiana on Friday.')).toBe('planned');
    expect(clauseModality('Arab ministers are expected to back the plan.')).toBe('planned');
    expect(clauseModality('Louisiana officials plan to ask BP to pay.')).toBe('planned');
  });

  it('reads possibilities and counterfactuals as hypothetical', () => {
    expect(clauseModality('Syria could face sanctions.')).toBe('hypothetical');
    expect(clauseModality('The oil slick might reach Cuba.')).toBe('hypothetical');
    expect(clauseModality('The child would have grown up and killed his parents.')).toBe('hypothetical');
    expect(clauseModality('If the talks fail, the army will attack.')).toBe('hypothetical');
  });

  it('reads "would" in reported words as a future seen from the past', () => {
    expect(clauseModality('it would generate $30 billion this year', { reported: true })).toBe('planned');
    expect(clauseModality('it would generate $30 billion this year')).toBe('hypothetical');
  });

  it('leaves happenings alone, whatever modal follows their verb', () => {
    expect(clauseModality('On May 10, suicide bombings killed 55 people.')).toBeUndefined();
    expect(clauseModality('Rebels attacked the town, which will be rebuilt.')).toBeUndefined();
    expect(clauseModality('Her death was due to pneumonia.')).toBeUndefined();
    expect(clauseModality('Up to 20 people may have died in the attack.')).toBeUndefined();
    expect(clauseModality('Thousands are expected to have died.')).toBeUndefined();
    expect(clauseModality('Will Smith visited Haiti.')).toBeUndefined();
  });

  it('skips a leading adverbial clause and a parenthetical with verbs of their own', () => {
    expect(clauseModality('After the talks failed, the army will attack.')).toBe('planned');
    expect(
      clauseModality('Shares in Anadarko, a firm which may face liabilities, rallied on Wednesday.'),
    ).toBeUndefined();
  });
});

describe('verbModality', () => {
  it('reads the verb group right before the event verb only', () => {
    expect(verbModality('Obama also will ', 'meet')).toBe('planned');
    expect(verbModality('Pupils are expected to ', 'return')).toBe('planned');
    expect(verbModality('he decided to ', 'flee')).toBeUndefined();
    expect(verbModality('Leaflets suggesting ways people can treat flu have ', 'begun')).toBeUndefined();
    expect(verbModality('The army ', 'attacked')).toBeUndefined();
  });
});

describe('eventModality', () => {
  it("gives an event noun dated before publication no modality of its clause's verb", () => {
    const noun = { nominal: true };
    const clause = 'mechanisms that should have prevented the 20 April explosion';
    expect(eventModality(clause, noun, '2010-04-20', '2010-05-25')).toBeUndefined();
    expect(
      eventModality('it would hold talks this year', noun, '2010-12-31', '2010-06-01', { reported: true }),
    ).toBe('planned');
    expect(eventModality('Syria could face sanctions', undefined, '2010-06-01', '2010-06-01')).toBe(
      'hypothetical',
    );
    expect(
      eventModality('the army will attack', { nominal: false }, '2010-06-01', '2010-06-01'),
    ).toBeUndefined();
  });
});

describe('afterPublication', () => {
  it('compares calendar days, times included', () => {
    expect(afterPublication('2010-07-13', '2010-07-12')).toBe(true);
    expect(afterPublication('2010-07-12T18:00', '2010-07-12')).toBe(false);
    expect(afterPublication('2010-07-01', '2010-07-12')).toBe(false);
  });
});
