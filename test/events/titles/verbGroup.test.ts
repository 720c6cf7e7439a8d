import { describe, expect, it } from 'vitest';
import { clauseOf, splitClauses } from '../../../src/events/clauses/splitClauses.ts';
import { annotate } from '../../../src/events/nlp/annotate.ts';
import { verbGroup } from '../../../src/events/titles/verbGroup.ts';

/** The words of the verb group that ends at the first token spelled `verb`. */
const group = (text: string, verb: string) => {
  const { tokens } = annotate(text);
  const k = tokens.findIndex((t) => t.text === verb);
  const g = verbGroup(tokens, clauseOf(splitClauses(tokens), k), k, new Set());
  return tokens
    .slice(g, k + 1)
    .map((t) => t.text)
    .join(' ');
};

describe('verbGroup', () => {
  it('takes auxiliaries, "to" and the perfect\'s "have" however the tagger calls it', () => {
    expect(group('Syrian troops were to have completed their withdrawal.', 'completed')).toBe(
      'were to have completed',
    );
    expect(group('The rebels have been looting shops.', 'looting')).toBe('have been looting');
  });

  it('leaves an infinitive\'s "to have" after a noun to that noun', () => {
    expect(group('The agency reported the number of infected people to have reached 9,830.', 'reached')).toBe(
      'reached',
    );
  });

  it('takes a quantifier floated after the auxiliary into the group', () => {
    expect(group('The government and opposition have both denied the claim.', 'denied')).toBe(
      'have both denied',
    );
  });
});
