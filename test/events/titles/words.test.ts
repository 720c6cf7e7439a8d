import { describe, expect, it } from 'vitest';
import { annotate } from '../../../src/events/nlp/annotate.ts';
import { closingDash, opensPlaceName, spacedDash, strandedBound } from '../../../src/events/titles/words.ts';

/** The indices of the hyphens of `text` that stand as dashes. */
const dashes = (text: string) => {
  const { tokens } = annotate(text);
  return tokens.flatMap((t, i) => (t.text === '-' && spacedDash(tokens, i) ? [tokens[i - 1]!.text] : []));
};

describe('spacedDash', () => {
  it('takes a spaced hyphen for a dash, and finds the one closing an aside', () => {
    const text = 'The moratorium - imposed after the spill - was a pause.';
    expect(dashes(text)).toEqual(['moratorium', 'spill']);
    const { tokens } = annotate(text);
    const open = tokens.findIndex((t) => t.text === '-');
    expect(tokens[closingDash(tokens, open, tokens.length) - 1]!.text).toBe('spill');
  });

  it('takes no hyphen in a word, a range of figures or a compound the text spaced for a dash', () => {
    expect(dashes('The let-up came in mid-March.')).toEqual([]);
    expect(dashes('It would spend $3 - $6 billion.')).toEqual([]);
    expect(dashes('BP reinstalled an oil - siphoning cap.')).toEqual([]);
  });
});

describe('opensPlaceName', () => {
  it('takes a preposition of place before a name, not before a month or a weekday', () => {
    const open = (text: string) => {
      const { tokens } = annotate(text);
      return opensPlaceName(tokens[0], tokens[1]);
    };
    expect(open('In Homs, troops fired.')).toBe(true);
    expect(open('In March, troops fired.')).toBe(false);
    expect(open("In Friday's statement, he said.")).toBe(false);
    expect(open('In particular, troops fired.')).toBe(false);
  });
});

describe('strandedBound', () => {
  const at = (text: string, word: string) => {
    const { tokens } = annotate(text);
    return strandedBound(
      tokens,
      tokens.findIndex((t) => t.text === word),
    );
  };
  it('finds half of "at least" and the first word of "due to", not a word that ends its phrase', () => {
    expect(at('They granted at least 19 waivers.', 'least')).toBe(true);
    expect(at('Cases of malaria due to global warming rose.', 'due')).toBe(true);
    expect(at('The payment is due on Monday.', 'due')).toBe(false);
    expect(at('She cut short a trip in order to return.', 'order')).toBe(true);
    expect(at('The court restored order to the town.', 'order')).toBe(false);
  });
  it('finds "such" without its "as", not "such" before its noun', () => {
    expect(at('They pumped materials such as shredded tires into the well.', 'such')).toBe(true);
    expect(at('They had never seen such damage.', 'such')).toBe(false);
  });
});
