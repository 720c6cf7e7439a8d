import { describe, expect, it } from 'vitest';
import { annotate } from '../../../src/events/nlp/annotate.ts';
import { cut } from '../titles/cutTitle.ts';

const posOf = (text: string, word: string) => annotate(text).tokens.find((t) => t.text === word)?.pos;

// Sentences of Timeline17 (SyrianCrisis_bbc, H1N1_bbc, bpoil_guardian) or of their kind.
describe('modalVerbs', () => {
  it("tags a modal's bare verb a verb, past its negation and adverbs, not an adverb before a verb", () => {
    expect(posOf('Turkey said it would not close its doors to those seeking refuge.', 'close')).toBe('VERB');
    expect(posOf('BP will then lower a containment dome over the leak.', 'lower')).toBe('VERB');
    expect(posOf('The flu would likely cost 0.5 percent of output.', 'cost')).toBe('VERB');
    // (Not an adverb a verb follows, nor a word after "ca" without its "n't", as Vietnamese has.)
    expect(posOf("They ca n't close the well.", 'close')).toBe('VERB');
    expect(posOf('T ca cac qu c gia th c thi', 'cac')).not.toBe('VERB');
    expect(posOf('The economy will likely be in recession.', 'likely')).not.toBe('VERB');
    expect(posOf('Barack Obama will tonight make his first address.', 'tonight')).not.toBe('VERB');
  });

  it('keeps the modal and its negation in the title of the verb', () => {
    expect(cut('Turkey said it would not close its doors to those seeking refuge.', 'close')).toBe(
      'It would not close its doors to those seeking refuge',
    );
    expect(cut('The school will close from the end of Monday.', 'close', ['Monday'])).toMatch(
      /^The school will close/,
    );
  });
});
