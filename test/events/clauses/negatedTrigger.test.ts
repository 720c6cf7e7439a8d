import { describe, expect, it } from 'vitest';
import { negatedVerb } from '../../../src/events/clauses/negatedTrigger.ts';
import { clauseOf, splitClauses } from '../../../src/events/clauses/splitClauses.ts';
import { annotate } from '../../../src/events/nlp/annotate.ts';

const negated = (text: string, verb: string) => {
  const { tokens } = annotate(text);
  const k = tokens.findIndex((t) => t.text === verb);
  return negatedVerb(tokens, clauseOf(splitClauses(tokens), k), k);
};

describe('negatedVerb', () => {
  it('takes a verb its own verb group denies for no happening', () => {
    expect(
      negated('But the defection of the deputy oil minister did not trigger a cascade of moves.', 'trigger'),
    ).toBe(true);
    expect(negated('The coroner has not published its findings.', 'published')).toBe(true);
    expect(negated('Pemex never revealed the exact cause of the accident.', 'revealed')).toBe(true);
  });

  it('takes a subject that denies anyone did it for a denial', () => {
    expect(negated('No one was hurt in the blast.', 'hurt')).toBe(true);
    expect(negated('No successor was named.', 'named')).toBe(true);
  });

  it('leaves a happening that "not only", "not … until" or "not … without" affirms', () => {
    expect(negated('Troops not only shelled the town but also cut its water.', 'shelled')).toBe(false);
    expect(negated('The book was not published until 2008.', 'published')).toBe(false);
    expect(negated('The reversal did not come without criticism.', 'come')).toBe(false);
  });

  it('leaves a denial inside words said: the saying is the happening', () => {
    expect(negated("Dr Murray's lawyers say he did not give the singer the drug.", 'give')).toBe(false);
    expect(negated('The experts did not reach a firm conclusion, Fukuda said.', 'reach')).toBe(false);
  });

  it('leaves a verb no negation governs', () => {
    expect(negated('Troops shelled the town, and no aid reached it.', 'shelled')).toBe(false);
    expect(negated('No sooner had the talks begun than shelling resumed.', 'begun')).toBe(false);
  });
});
