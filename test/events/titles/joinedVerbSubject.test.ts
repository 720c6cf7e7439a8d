import { describe, expect, it } from 'vitest';
import { splitClauses } from '../../../src/events/clauses/splitClauses.ts';
import { annotate } from '../../../src/events/nlp/annotate.ts';
import { deletionTitle } from '../../../src/events/titles/deletionTitle.ts';

/** The title of the verb `trigger`, the `skip` phrases left out (its subject found by joinedVerbSubject). */
const cut = (text: string, trigger: string, skip: string[] = []) => {
  const { tokens } = annotate(text);
  const k = tokens.findIndex((t) => t.text === trigger);
  const spans = skip.map((w) => [text.indexOf(w), text.indexOf(w) + w.length] as const);
  return deletionTitle(tokens, splitClauses(tokens), k, { skip: spans }).text;
};

describe('joinedVerbSubject', () => {
  it("gives a verb joined by 'and' the first verb's subject", () => {
    expect(cut('McBride was part of the crew and later served as a pilot.', 'served')).toMatch(/^McBride/);
  });

  it("gives a verb joined after a comma the subject of the clause's first verb, past a that-clause in its object", () => {
    expect(
      cut(
        'Witty welcomed a recommendation last week that oral vaccines be included in all programs, but said they would not add much.',
        'said',
        ['last week'],
      ),
    ).toMatch(/^Witty said/);
  });

  it("keeps a relative clause's joined verb with the relative's antecedent", () => {
    expect(
      cut(
        'Both have tied their policies to the fate of the mission, which was given a month to observe compliance, and is expected to report back this week.',
        'expected',
        ['this week'],
      ),
    ).not.toMatch(/^Both/);
  });
});
