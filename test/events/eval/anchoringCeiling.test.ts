import { describe, expect, it } from 'vitest';
import { addCeilings, anchoringCeiling, NO_CEILING } from '../../../src/events/eval/anchoringCeiling.ts';
import type { GoldAnchorPair } from '../../../src/events/eval/scoreAnchoring.ts';
import type { GoldEvent } from '../../../src/temporal/eval/readTimeML.ts';

// Three sentences: a dated one, an undated one with two events, an undated one with a state.
const TEXT = 'Rebels attacked the town on Friday. Troops left and rebels looted. The town is calm.';
const at = (word: string) => {
  const start = TEXT.indexOf(word);
  return { start, end: start + word.length, text: word };
};
const SENTENCES = [
  { start: 0, end: 35 },
  { start: 36, end: 66 },
  { start: 67, end: TEXT.length },
];
const FRIDAY = at('Friday');
const event = (word: string, eid: string, eventClass = 'OCCURRENCE') =>
  ({ ...at(word), eid, eventClass }) as GoldEvent;
const EVENTS = [
  event('attacked', 'e1'),
  event('left', 'e2'),
  event('looted', 'e3'),
  event('calm', 'e4', 'STATE'),
];
const pair = (e: GoldEvent): GoldAnchorPair =>
  ({
    eid: e.eid,
    tid: 't1',
    event: e,
    timex: { ...FRIDAY, tid: 't1', type: 'DATE', value: 'XXXX' },
    relation: 'IS_INCLUDED',
  }) as unknown as GoldAnchorPair;

describe('anchoringCeiling', () => {
  it('counts gold pairs within a sentence, and the undated events gold dates elsewhere', () => {
    const gold = [pair(EVENTS[0]!), pair(EVENTS[1]!)];
    const c = anchoringCeiling(gold, EVENTS, SENTENCES, [FRIDAY]);
    expect(c).toEqual({
      goldPairs: 2,
      sameSentence: 1,
      // "left" and "looted"; "calm" is a state, "attacked" has a date in its sentence.
      undatedEvents: 2,
      undatedLinked: 1,
      undatedToPrevious: 1,
    });
  });

  it('counts no carried date when no placeable date comes before', () => {
    const c = anchoringCeiling([pair(EVENTS[1]!)], EVENTS, SENTENCES, []);
    expect(c.undatedEvents).toBe(3);
    expect(c.undatedLinked).toBe(1);
    expect(c.undatedToPrevious).toBe(0);
  });

  it('adds across documents', () => {
    const c = anchoringCeiling([pair(EVENTS[0]!)], EVENTS, SENTENCES, [FRIDAY]);
    expect(addCeilings(addCeilings(NO_CEILING, c), c)).toEqual({
      goldPairs: 2,
      sameSentence: 2,
      undatedEvents: 4,
      undatedLinked: 0,
      undatedToPrevious: 0,
    });
  });
});
