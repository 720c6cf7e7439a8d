import { describe, expect, it } from 'vitest';
import { clauses } from './clauseText.ts';

describe('a finite "be" before a participle read as an adjective, after a relative clause', () => {
  it('takes the main clause up again', () => {
    const out = clauses(
      "The Berkshire boys ' school, which was attended by Princes William and Harry, was informed on Wednesday that a boy had tested positive.",
    );
    expect(out[1]).toMatch(/^relative: which was attended by Princes William and Harry ,$/);
    expect(out[2]).toMatch(/^coordinate: was informed on Wednesday/);
  });
});
