import { describe, expect, it } from 'vitest';
import { CLAUSE_OPENING_VERBS, CLAUSE_VERBS } from '../../../src/events/clauses/clauseVerbs.ts';
import { CLAUSE_VERBS as TITLE_CLAUSE_VERBS } from '../../../src/events/titles/words.ts';

describe('clauseVerbs', () => {
  it('lists the verbs of words said once, for the clause split and the titles', () => {
    expect(TITLE_CLAUSE_VERBS).toBe(CLAUSE_VERBS);
    for (const w of ['say', 'tell', 'believe', 'show', 'quote']) expect(CLAUSE_VERBS.test(w)).toBe(true);
    // Verbs of deciding and finding open a clause for the split only.
    for (const w of ['decide', 'find', 'admit', 'stress']) {
      expect(CLAUSE_VERBS.test(w)).toBe(false);
      expect(CLAUSE_OPENING_VERBS.test(w)).toBe(true);
    }
    for (const w of ['say', 'quote']) expect(CLAUSE_OPENING_VERBS.test(w)).toBe(true);
  });

  it('takes whole lemmas only', () => {
    expect(CLAUSE_VERBS.test('says')).toBe(false);
    expect(CLAUSE_VERBS.test('essay')).toBe(false);
    expect(CLAUSE_OPENING_VERBS.test('finding')).toBe(false);
  });
});
