import { describe, expect, it } from 'vitest';
import { clauseOf, splitClauses } from '../../../src/events/clauses/splitClauses.ts';
import { annotate } from '../../../src/events/nlp/annotate.ts';
import { sayingRelative } from '../../../src/events/titles/sayingRelative.ts';
import { cut } from './cutTitle.ts';

describe('sayingRelative', () => {
  it("runs a saying's relative clause after the sentence's verb on through the words said", () => {
    expect(
      cut(
        'Markets began to heed warnings from analysts who said the sell-off of BP shares in New York was an overreaction.',
        'said',
      ),
    ).toBe('Analysts said the sell-off of BP shares in New York was an overreaction');
  });

  it('leaves a relative clause before the main verb to close there', () => {
    const { tokens } = annotate('The report that said the spill was worse was released.');
    const k = tokens.findIndex((t) => t.text === 'said');
    expect(sayingRelative(tokens, clauseOf(splitClauses(tokens), k), k)).toBe(false);
    const after = annotate('Markets heeded analysts who said the sell-off was an overreaction.').tokens;
    const s = after.findIndex((t) => t.text === 'said');
    expect(sayingRelative(after, clauseOf(splitClauses(after), s), s)).toBe(true);
  });
});
