import { describe, expect, it } from 'vitest';
import { triggerModality } from '../../../src/events/clauses/modality.ts';
import { clauseOf, splitClauses } from '../../../src/events/clauses/splitClauses.ts';
import { annotate } from '../../../src/events/nlp/annotate.ts';

const modality = (text: string, verb: string) => {
  const { tokens } = annotate(text);
  const k = tokens.findIndex((t) => t.text === verb);
  return triggerModality(tokens, clauseOf(splitClauses(tokens), k), k);
};

describe('lapsedPlan', () => {
  it('takes a plan told in the past perfect, for a counterfactual', () => {
    expect(modality('The dividend had been due to be paid on 21 June.', 'paid')).toBe('hypothetical');
    expect(modality('Obama had planned to visit the coast on Friday.', 'visit')).toBe('hypothetical');
    expect(modality('The talks had been scheduled to start on Monday.', 'start')).toBe('hypothetical');
  });

  it('takes the head of the lapsed plan and the verbs it governs for it too', () => {
    expect(modality('The cap had been scheduled to end Sunday.', 'scheduled')).toBe('hypothetical');
    expect(
      modality('BP had been scheduled to start slowly shutting off valves on Tuesday.', 'shutting'),
    ).toBe('hypothetical');
  });

  it('leaves a plan that still stands', () => {
    expect(modality('The dividend is due to be paid on 21 June.', 'paid')).toBe('planned');
    expect(modality('The talks were due to start on Monday.', 'start')).toBe('planned');
  });
});
