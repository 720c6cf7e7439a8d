import { describe, expect, it } from 'vitest';
import { statementGist, statementTitle } from '../../src/events/statementTitle.ts';

describe('statementTitle', () => {
  it('names the speaker briefly and agrees the verb', () => {
    expect(
      statementTitle({
        speaker: 'Turkish Prime Minister Recep Tayyip Erdogan',
        named: 'Recep Tayyip Erdogan',
        content: 'x',
        happening: 'Syria shoots down a jet',
      }),
    ).toBe('Recep Tayyip Erdogan says Syria shoots down a jet');
    expect(statementTitle({ speaker: 'Rebels', content: 'x', happening: 'The rebels take the town' })).toBe(
      'Rebels say the rebels take the town',
    );
  });

  it('gives the quoted person the words', () => {
    expect(
      statementTitle({
        speaker: 'Bakhtar News Agency',
        quoted: 'Bilal Karimi',
        content: 'x',
        happening: 'Government forces kill militants',
      }),
    ).toBe('Bilal Karimi says government forces kill militants');
  });
});

describe('statementGist', () => {
  it('takes the main clause after an adverbial and drops hedges', () => {
    expect(statementGist({ content: 'since the leak began, 4 million gallons have escaped.' })).toBe(
      '4 million gallons have escaped',
    );
    expect(statementGist({ content: 'it appeared that the talks failed' })).toBe('the talks failed');
  });
});

describe('statement titles keep the "what"', () => {
  it('drops a modifier between the subject and its verb, and does not take a place for a name', () => {
    expect(
      statementTitle({
        speaker: 'spokeswoman in Hong Kong',
        content:
          "a Mexican traveler confirmed as Hong Kong's first and only case of the new flu strain had been discharged from hospital.",
      }),
    ).toBe('spokeswoman in Hong Kong says a Mexican traveler had been discharged');
  });

  it('cuts a long gist at the last clause break that fits, and agrees "they say"', () => {
    const t = statementTitle({
      speaker: 'Coast Guard',
      content: 'oil reached the coast of Louisiana and spread to the marshes near the mouth of the river',
      happening: 'Oil reaches the coast of Louisiana and spreads to the marshes near the mouth of the river',
    });
    expect(t).toBe('Coast Guard says oil reaches the coast of Louisiana and spreads');
    expect(statementTitle({ speaker: 'They', content: 'x', happening: 'The bill saves energy' })).toBe(
      'They say the bill saves energy',
    );
  });

  it('does not repeat the speaker as the subject of its own words, and reads "Lloyd\'s" as one speaker', () => {
    expect(
      statementTitle({ speaker: 'Arab League', content: 'x', happening: 'Arab League suspends its mission' }),
    ).toBe('Arab League says it suspends its mission');
    expect(
      statementTitle({ speaker: 'Activists', content: 'x', happening: 'Activists seize the town' }),
    ).toBe('Activists say they seize the town');
    expect(statementTitle({ speaker: "Lloyd's", content: 'it expected to meet claims' })).toBe(
      "Lloyd's says it expected to meet claims",
    );
  });
});
