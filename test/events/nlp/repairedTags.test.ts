import { describe, expect, it } from 'vitest';
import { annotate } from '../../../src/events/nlp/annotate.ts';
import { repairedTags } from '../../../src/events/nlp/repairedTags.ts';
import { token } from '../../../src/events/nlp/token.ts';

const posOf = (text: string, word: string) => annotate(text).tokens.find((t) => t.text === word)?.pos;

describe('repairedTags', () => {
  it('takes a plural opening the clause after an adverb, before its "from" phrase and the verb, for a noun', () => {
    expect(
      posOf(
        'Meanwhile reports from northern Lebanon on Saturday said seven people had been killed.',
        'reports',
      ),
    ).toBe('NOUN');
    expect(posOf('Meanwhile she reports from Beirut.', 'reports')).toBe('VERB');
  });

  it('returns the tokens it was given, retagged in place', () => {
    const tokens = [
      token(0, 3, 'The', 'DET', 'the'),
      token(4, 8, 'well', 'ADV', 'well'),
      token(9, 15, 'leaked', 'VERB', 'leak'),
    ];
    const out = repairedTags(tokens);
    expect(out).toBe(tokens);
    expect(out[1]!.pos).toBe('NOUN');
  });
});
