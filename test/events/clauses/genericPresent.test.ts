import { describe, expect, it } from 'vitest';
import { genericPresent } from '../../../src/events/clauses/genericPresent.ts';
import { clauseOf, splitClauses } from '../../../src/events/clauses/splitClauses.ts';
import { toldAsState } from '../../../src/events/clauses/toldAsState.ts';
import { annotate } from '../../../src/events/nlp/annotate.ts';

const generic = (text: string, word: string) => {
  const { tokens } = annotate(text);
  const k = tokens.findIndex((t) => t.text === word);
  expect(k).toBeGreaterThanOrEqual(0);
  return genericPresent(tokens, clauseOf(splitClauses(tokens), k), k);
};

describe('genericPresent', () => {
  it('takes a plain present after a bare plural subject for what a kind does', () => {
    expect(
      generic('In some cases, companies try to negotiate a settlement with the federal government.', 'try'),
    ).toBe(true);
    expect(
      generic(
        'Cold conditions help the virus survive, meaning that droplet particles take longer to evaporate in winter.',
        'take',
      ),
    ).toBe(true);
  });

  it('leaves a specific subject, a past spelt as the present, a saying and a dated headline', () => {
    expect(generic('In 2009, the companies try to negotiate a settlement.', 'try')).toBe(false);
    expect(generic('Last month, dissidents set up a council to co-ordinate the campaign.', 'set')).toBe(
      false,
    );
    expect(generic('Officials say the leak has slowed.', 'say')).toBe(false);
    expect(generic("Revelations about border checks prompt questions in Tuesday's papers.", 'prompt')).toBe(
      false,
    );
    expect(generic('Companies tried to negotiate a settlement in 2009.', 'tried')).toBe(false);
  });

  it('makes toldAsState read the clause as a generic statement', () => {
    const text = 'In some cases, companies try to negotiate a settlement with the federal government.';
    const { tokens } = annotate(text);
    const k = tokens.findIndex((t) => t.text === 'try');
    expect(toldAsState(tokens, clauseOf(splitClauses(tokens), k), k)).toBe('a generic statement');
  });
});
