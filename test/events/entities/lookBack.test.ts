import { describe, expect, it } from 'vitest';
import { lookBack, runsOf, spanOf } from '../../../src/events/entities/lookBack.ts';
import { segmentSentences } from '../../../src/events/nlp/segmentSentences.ts';

describe('runsOf', () => {
  it("finds a sentence's name runs once, however many lookups read it", () => {
    const [s] = segmentSentences('UN envoy Kofi Annan met President Bashar al-Assad in Damascus.');
    const runs = runsOf(s!);
    expect(runs.map(([from, to]) => spanOf(s!, from, to).text)).toEqual([
      'UN',
      'Kofi Annan',
      'Bashar al-Assad',
      'Damascus',
    ]);
    expect(runsOf(s!)).toBe(runs);
  });
});

describe('lookBack', () => {
  const text = Array.from({ length: 6 }, (_, n) => `Sentence number ${n} is here.`).join(' ');
  const sentences = segmentSentences(text);

  it('reads the sentence itself, then as many before it as asked, nearest first', () => {
    const read = [...lookBack(sentences, 5, 2)].map(({ sentence, own }) => [sentence.index, own]);
    expect(read).toEqual([
      [5, true],
      [4, false],
      [3, false],
    ]);
    expect([...lookBack(sentences, 1, 3)].map(({ sentence }) => sentence.index)).toEqual([1, 0]);
  });

  it('passes over headings without counting them', () => {
    const withHeading = sentences.map((s) => (s.index === 4 ? { ...s, heading: true } : s));
    expect([...lookBack(withHeading, 5, 2)].map(({ sentence }) => sentence.index)).toEqual([5, 3, 2]);
  });
});
