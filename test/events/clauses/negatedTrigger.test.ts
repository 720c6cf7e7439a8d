import { describe, expect, it } from 'vitest';
import { nearMiss, negatedVerb, withheld } from '../../../src/events/clauses/negatedTrigger.ts';
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

  it('leaves a failure of a device or a truce, which happened', () => {
    expect(
      negated('The blowout preventer was designed to seal the well, but it did not engage.', 'engage'),
    ).toBe(false);
    expect(negated('The ceasefire did not hold.', 'hold')).toBe(false);
    expect(negated('The army did not hold talks with the rebels.', 'hold')).toBe(true);
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
    expect(negated('No 10 said on Monday that the talks had ended.', 'said')).toBe(false);
  });
});

const near = (text: string, word: string) => {
  const { tokens } = annotate(text);
  const k = tokens.findIndex((t) => t.text === word);
  return nearMiss(tokens, clauseOf(splitClauses(tokens), k), k);
};

describe('nearMiss', () => {
  it('takes what almost came for no happening', () => {
    expect(near('The town had come close to tipping over into sectarian bloodletting.', 'bloodletting')).toBe(
      true,
    );
    expect(near('He took BP to the brink of a merger with Shell.', 'merger')).toBe(true);
    expect(near('The measure was nearly derailed by the request.', 'derailed')).toBe(true);
  });

  it('leaves an amount told approximately, a place close by and a happening past the phrase', () => {
    expect(near('Shares have nearly doubled since April.', 'doubled')).toBe(false);
    expect(near('Troops fought close to the border.', 'fought')).toBe(false);
    expect(near('Rebels fought close to the airport, which was shelled.', 'shelled')).toBe(false);
    expect(near('Violence that brought Syria to the brink of war killed 9,000.', 'killed')).toBe(false);
  });
});

const gaveNothing = (text: string, word: string) => {
  const { tokens } = annotate(text);
  return withheld(
    tokens,
    tokens.findIndex((t) => t.text === word),
  );
};

describe('withheld', () => {
  it('takes a light verb with "no" for its object for no happening, even after words said', () => {
    expect(gaveNothing('He gave no further details.', 'gave')).toBe(true);
    expect(gaveNothing('BP made no immediate comment on the suggestion.', 'made')).toBe(true);
    expect(
      gaveNothing(
        'Officials said a woman who died there had other health problems, but gave no details.',
        'gave',
      ),
    ).toBe(true);
  });

  it('leaves a finding, a bound and a light verb with an object', () => {
    expect(gaveNothing('The first tests on shrimp showed no traces of oil.', 'showed')).toBe(false);
    expect(gaveNothing('The firm gave no more than 20 days.', 'gave')).toBe(false);
    expect(gaveNothing('He gave a statement to police.', 'gave')).toBe(false);
  });
});
