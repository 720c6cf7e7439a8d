import { describe, expect, it } from 'vitest';
import { emptyDatedTitle, weakTitle } from '../../src/events/sentenceParse.ts';

describe('weakTitle', () => {
  it('takes short, pronoun-led or subjectless titles for too little to stand undated', () => {
    expect(weakTitle('Fighting erupted')).toBe(true);
    expect(weakTitle('They will say')).toBe(true);
    expect(weakTitle('Has filed a series of reports')).toBe(true);
    expect(weakTitle('Rebels took the town of Azaz')).toBe(false);
  });
});

describe('emptyDatedTitle', () => {
  it('keeps a short title that names a happening beside its date', () => {
    expect(emptyDatedTitle('Fighting erupted')).toBe(false);
    expect(emptyDatedTitle('Attack on its compound')).toBe(false);
    expect(emptyDatedTitle('The uprising began')).toBe(false);
  });
  it('drops a verb without subject, a pronoun and verb, or a bare noun of two words', () => {
    expect(emptyDatedTitle('Been killed')).toBe(true);
    expect(emptyDatedTitle('They erupted')).toBe(true);
    expect(emptyDatedTitle('Armed violence')).toBe(true);
  });
});
