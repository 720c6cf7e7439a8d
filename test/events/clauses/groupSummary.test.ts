import { describe, expect, it } from 'vitest';
import { groupSummary } from '../../../src/events/clauses/groupSummary.ts';
import { clauseOf, splitClauses } from '../../../src/events/clauses/splitClauses.ts';
import { annotate } from '../../../src/events/nlp/annotate.ts';

const summary = (text: string, word: string) => {
  const { tokens } = annotate(text);
  const k = tokens.findIndex((t) => t.text === word);
  expect(k).toBeGreaterThanOrEqual(0);
  return groupSummary(tokens, clauseOf(splitClauses(tokens), k), k);
};

describe('groupSummary', () => {
  it('takes what an unnamed part of a group has done so far for a summary', () => {
    expect(
      summary(
        'A number of countries have now withdrawn their ambassadors from Syria, and its isolation is growing.',
        'withdrawn',
      ),
    ).toBe(true);
    expect(summary('Most international journalists have been denied entry into Syria.', 'denied')).toBe(true);
    expect(
      summary('But some lawmakers have called for the department to open an investigation.', 'called'),
    ).toBe(true);
    expect(
      summary('BP is also facing a raft of lawsuits, some of which have already been filed.', 'filed'),
    ).toBe(true);
  });

  it('leaves a count, a past tense, a subject with names and one behind an aside', () => {
    expect(summary('Some 48 Iranian pilgrims have been kidnapped from a bus.', 'kidnapped')).toBe(false);
    expect(summary('Several countries have banned pork imports.', 'banned')).toBe(false);
    expect(summary('Many protesters were killed on Friday.', 'killed')).toBe(false);
    expect(
      summary(
        'Jermaine and Randy Jackson and a number of fan clubs have criticised the timing of the event.',
        'criticised',
      ),
    ).toBe(false);
    expect(
      summary('At least 90 people, including many children, have been killed in Homs province.', 'killed'),
    ).toBe(false);
  });
});
