import { describe, expect, it } from 'vitest';
import { splitClauses } from '../../../src/events/clauses/splitClauses.ts';
import { titleClauses } from '../../../src/events/clauses/titleClauses.ts';
import { annotate } from '../../../src/events/nlp/annotate.ts';
import { clauses } from './clauseText.ts';

describe('titleClauses', () => {
  const fronted = (text: string) => clauses(text, true);
  it('sets an opening subordinate clause apart from the main clause after its comma', () => {
    expect(fronted('Since the rig exploded in April, thousands of barrels have been gushing.')).toEqual([
      'subordinate: Since the rig exploded in April ,',
      'main: thousands of barrels have been gushing .',
    ]);
    expect(fronted('After talks collapsed on Friday, fighting broke out.')).toEqual([
      'subordinate: After talks collapsed on Friday ,',
      'main: fighting broke out .',
    ]);
  });
  it('leaves a sentence alone that opens with a phrase, not a clause', () => {
    const text = 'As a result of the first confirmed case, all parents were told to stay home.';
    const { tokens } = annotate(text);
    const plain = splitClauses(tokens);
    expect(titleClauses(tokens, plain)).toBe(plain);
    expect(fronted('After the talks, fighting broke out.')[0]).toMatch(/^main: After the talks ,/);
  });

  it('ends an aside a subordinator and a participle open at the comma before a finite verb', () => {
    expect(
      fronted(
        "Hillary Clinton, while criticising Russia's support of the regime, reiterated that Russia must act.",
      ),
    ).toEqual([
      'main: Hillary Clinton ,',
      "subordinate: while criticising Russia 's support of the regime ,",
      'coordinate: reiterated',
      'complement: that Russia must act .',
    ]);
  });

  it('starts a clause after a lone spaced dash before a subject and its verb, not inside a word', () => {
    expect(
      fronted('The city has become a focus of unrest - more than 100 people have been killed there.'),
    ).toEqual([
      'main: The city has become a focus of unrest -',
      'coordinate: more than 100 people have been killed there .',
    ]);
    expect(
      fronted('BP capped the nearly mile-deep well on Thursday and wants to keep it that way.'),
    ).toHaveLength(1);
  });
});

describe('titleClauses: a relative clause with an aside between dashes', () => {
  it('ends the relative clause at the closing dash before a finite verb', () => {
    expect(
      clauses(
        'Baroness Amos, who visited the city of Homs - including the district of Baba Amr - said the visit was short.',
        true,
      ).slice(-2),
    ).toEqual([
      'relative: who visited the city of Homs - including the district of Baba Amr -',
      'coordinate: said the visit was short .',
    ]);
  });

  it('leaves the relative clause whole when no finite verb follows the closing dash', () => {
    const split = clauses('He met Amos, who visited Homs - including Baba Amr - during the truce.', true);
    expect(split.at(-1)).toBe('relative: who visited Homs - including Baba Amr - during the truce .');
  });
});

describe('titleClauses: "as" after a verb of naming', () => {
  it('keeps the complement of "described as" in its clause', () => {
    expect(clauses('The government vowed to root out what it described as armed terrorists.', true)).toEqual([
      'main: The government vowed to root out what it described as armed terrorists .',
    ]);
  });

  it('opens a complement, not a relative clause, at "that there" and at "that he" after a name', () => {
    expect(clauses('The mayor offered to prove to Dudley that there is oil.')).toEqual([
      'main: The mayor offered to prove to Dudley',
      'complement: that there is oil .',
    ]);
    expect(
      clauses('The government had claimed until late on Thursday that there was nothing unusual.'),
    ).toContain('complement: that there was nothing unusual .');
    expect(clauses('He told Jones that he might win.')[1]).toMatch(/^complement: that he/);
  });
});
