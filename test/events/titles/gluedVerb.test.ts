import { describe, expect, it } from 'vitest';
import { splitClauses } from '../../../src/events/clauses/splitClauses.ts';
import { annotate } from '../../../src/events/nlp/annotate.ts';
import { deletionTitle } from '../../../src/events/titles/deletionTitle.ts';

const cut = (text: string, trigger: string, skip: string[] = []) => {
  const { tokens } = annotate(text);
  const k = tokens.findIndex((t) => t.text === trigger);
  const spans = skip.map((w) => [text.indexOf(w), text.indexOf(w) + w.length] as const);
  return deletionTitle(tokens, splitClauses(tokens), k, { skip: spans }).text;
};

describe('gluedVerb', () => {
  it("ends a subordinate clause's title before the main clause's auxiliary, past its date", () => {
    expect(
      cut(
        'One team that has studied video of the leaking riser pipe before it was cut and capped last week has concluded that the well was producing 25,000 barrels a day.',
        'capped',
        ['last week'],
      ),
    ).toBe('It was cut and capped');
  });
});
