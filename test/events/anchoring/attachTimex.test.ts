import { describe, expect, it } from 'vitest';
import { attachTimex, modifiesNoun } from '../../../src/events/anchoring/attachTimex.ts';
import { splitClauses } from '../../../src/events/clauses/splitClauses.ts';
import { annotate } from '../../../src/events/nlp/annotate.ts';

// Triggers stand in for the learned model here: the words named, with their part of speech.
const attached = (text: string, date: string, triggers: string[]) => {
  const { tokens } = annotate(text);
  const refs = tokens
    .map((t, index) => ({
      index,
      pos: t.pos,
      eventClass: t.lemma === 'say' ? 'REPORTING' : 'OCCURRENCE',
      text: t.text,
    }))
    .filter((t) => triggers.includes(t.text));
  const from = text.indexOf(date);
  const found = attachTimex(tokens, splitClauses(tokens), refs, from, from + date.length);
  return found && `${found.trigger.text} (${found.rule})`;
};

describe('attachTimex', () => {
  it('dates the verb of its own clause, not the nearest verb', () => {
    expect(
      attached('Fighting broke out on Wednesday after talks collapsed.', 'Wednesday', ['broke', 'collapsed']),
    ).toBe('broke (clause-verb-left)');
    expect(
      attached('Talks collapsed after fighting broke out on Wednesday.', 'Wednesday', ['broke', 'collapsed']),
    ).toBe('broke (clause-verb-left)');
  });

  it('dates the verb after an expression that opens its clause', () => {
    expect(
      attached('Last month 21 people were killed in an explosion at a mosque.', 'Last month', [
        'killed',
        'explosion',
      ]),
    ).toBe('killed (clause-verb-right)');
    expect(attached('On Friday, militants attacked the base.', 'Friday', ['attacked'])).toBe(
      'attacked (clause-verb-right)',
    );
  });

  it('dates the noun a possessive or an adjacent phrase modifies', () => {
    expect(attached("The embassy said Friday's attack was over.", 'Friday', ['said', 'attack'])).toBe(
      'attack (possessive)',
    );
    expect(attached('The attack on Friday shocked the city.', 'Friday', ['attack', 'shocked'])).toBe(
      'attack (noun-pp)',
    );
  });

  it('lets a verb before the noun take the date ("killed … in an attack on Friday")', () => {
    expect(attached('Gunmen killed five in an attack on Friday.', 'Friday', ['killed', 'attack'])).toBe(
      'killed (clause-verb-left)',
    );
  });

  it('leaves a date with no trigger to attach to unattached', () => {
    expect(attached('The weather on Friday was fine.', 'Friday', [])).toBeUndefined();
  });
});

describe('attachTimex inside a noun phrase', () => {
  it('dates the noun a date premodifies ("the November 1995 assassination")', () => {
    expect(
      attached('Amir is serving a sentence for the November 1995 assassination of Rabin.', 'November 1995', [
        'serving',
        'assassination',
      ]),
    ).toBe('assassination (premodifier)');
  });
});

describe('attachTimex and infinitives', () => {
  it('gives the date of an infinitive to the verb that governs it', () => {
    expect(attached('Ministers voted to support the republic Friday.', 'Friday', ['voted', 'support'])).toBe(
      'voted (clause-verb-left)',
    );
  });
});

describe('attachTimex on a possessive date', () => {
  it('reaches the noun past three modifiers', () => {
    expect(
      attached("He was arrested over last year's deadly U.S. Embassy blasts in Kenya.", 'last year', [
        'arrested',
        'blasts',
      ]),
    ).toBe('blasts (possessive)');
  });
});

describe('modifiesNoun', () => {
  const at = (text: string, word: string) => {
    const { tokens } = annotate(text);
    return modifiesNoun(
      tokens,
      tokens.findIndex((t) => t.text === word),
    );
  };
  it('takes the naming in "what it called" for no happening', () => {
    expect(at('State TV was quick to blame what it called terrorists for the attack.', 'called')).toBe(true);
  });

  it('takes a participle after "the one" for a description of it', () => {
    expect(
      at('A draft resolution similar to the one vetoed by China and Russia is circulating.', 'vetoed'),
    ).toBe(true);
  });

  it("takes a participle that names a governed noun for no verb, not the subject's verb", () => {
    expect(at('It led to the explosion of a platform called Piper Alpha in 1988.', 'called')).toBe(true);
    expect(at('Their name was Pitts and they had a son called Alistair.', 'called')).toBe(true);
    expect(at('Health ministers called for an urgent meeting.', 'called')).toBe(false);
    expect(at('The expert called Dr Murray clueless.', 'called')).toBe(false);
  });

  it('takes a participle an adverb of manner opens before its noun for an adjective, not a verb with its object', () => {
    expect(at('Many are housed in a fenced and tightly guarded camp.', 'guarded')).toBe(true);
    expect(at('The newly renamed Bureau has worked on rules.', 'renamed')).toBe(true);
    expect(at('The US and Canadian military recently contributed equipment.', 'contributed')).toBe(false);
  });
  it('takes a past participle with its agent after a noun inside a phrase for a description of the noun', () => {
    expect(at('Troops advanced on areas held by the opposition.', 'held')).toBe(true);
    expect(at('Profits for the last three months rose by 83%.', 'rose')).toBe(false);
  });
  it('takes a participle after a noun for a description only when a finite verb of the clause follows the comma', () => {
    expect(
      at('About 100 protesters marched in front of the building on Friday, waving flags.', 'marched'),
    ).toBe(false);
    expect(at('Ten armed people linked to the fronts, attacked the post.', 'linked')).toBe(true);
  });
});
