import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { eventScores, matchEvents } from '../../../src/events/triggers/eval/matchEvents.ts';
import { labelDocument } from '../../../src/events/triggers/train/buildModel.ts';
import { readTimeML } from '../../../src/temporal/eval/readTimeML.ts';

const doc = readTimeML(readFileSync('test/fixtures/tempeval/events-mini.tml', 'utf8'));
const at = (word: string, eventClass = 'OCCURRENCE', nth = 0) => {
  let start = -1;
  for (let k = 0; k <= nth; k++) start = doc.text.indexOf(word, start + 1);
  return { start, end: start + word.length, eventClass };
};

describe('matchEvents (TE3 relaxed matching)', () => {
  it('finds a gold event by any overlap and counts each prediction once', () => {
    const predicted = [
      at('broke out'), // longer than the gold "broke": still a match
      at('fire'), // part of the gold "cease-fire"
      at('said', 'OCCURRENCE'), // found, wrong class
      at('airport'), // spurious
    ];
    const counts = matchEvents(doc.events, predicted);
    expect(counts).toEqual({ gold: 6, system: 4, goldFound: 3, systemRight: 3, classRight: 2 });
    const s = eventScores(counts);
    expect(s.precision).toBeCloseTo(0.75);
    expect(s.recall).toBeCloseTo(0.5);
    expect(s.classAccuracy).toBeCloseTo(2 / 3);
  });

  it('scores nothing found as zero rather than NaN', () => {
    const s = eventScores(matchEvents(doc.events, []));
    expect([s.precision, s.recall, s.f1]).toEqual([0, 0, 0]);
  });
});

describe('labelDocument', () => {
  it('labels the wink tokens that overlap a gold EVENT with its class, sentence by sentence', () => {
    const sentences = labelDocument(doc);
    expect(sentences).toHaveLength(2);
    const labelled = sentences.flatMap((s) =>
      s.tokens.flatMap((t, i) => (s.labels[i]! >= 0 ? [`${t.text}:${s.labels[i]}`] : [])),
    );
    // "cease-fire" is one token (hyphenated words are joined); REPORTING is class 1.
    expect(labelled).toEqual([
      'broke:0',
      'said:1',
      'cease-fire:0',
      'collapsed:0',
      'evacuation:0',
      'continue:5',
    ]);
  });
});
