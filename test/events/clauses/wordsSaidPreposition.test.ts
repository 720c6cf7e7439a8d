import { describe, expect, it } from 'vitest';
import { splitClauses } from '../../../src/events/clauses/splitClauses.ts';
import { annotate } from '../../../src/events/nlp/annotate.ts';

/** The kinds of the clauses of `text`. */
const kinds = (text: string) => splitClauses(annotate(text).tokens).map((c) => c.kind);

describe('prepositionInWordsSaid', () => {
  it('opens no clause at a "before" inside words said whose subject has no verb yet', () => {
    expect(
      kinds(
        'A judge has ruled a film of Michael Jackson rehearsing before his death can not be used in the trial.',
      ),
    ).toEqual(['main']);
  });

  it('keeps the clause a "before" opens after a verb that says nothing', () => {
    expect(kinds('The committee met for hours before the vote could take place.')).toEqual([
      'main',
      'subordinate',
    ]);
  });
});
