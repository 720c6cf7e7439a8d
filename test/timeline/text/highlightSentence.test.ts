import { describe, expect, it } from 'vitest';
import { highlightSentence } from '../../../src/timeline/text/highlightSentence.ts';
import { sample } from '../fixture.ts';

describe('highlightSentence', () => {
  it('marks the timex using article offsets shifted by the sentence start', () => {
    for (const e of sample.events) {
      for (const m of e.mentions) {
        const s = highlightSentence(m);
        expect(s.before + s.marked + s.after).toBe(m.sentence.text);
        expect(s.marked).toBe(m.timex?.text ?? '');
      }
    }
  });

  it('does not highlight a timex outside the sentence', () => {
    const m = {
      article: 'a',
      sentence: { start: 10, end: 15, text: 'Hello' },
      timex: { start: 2, end: 4, text: 'xx', type: 'DATE' as const, value: '2022' },
    };
    expect(highlightSentence(m)).toEqual({ before: 'Hello', marked: '', after: '' });
  });
});
