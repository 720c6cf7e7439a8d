import { describe, expect, it } from 'vitest';
import type { Draft } from '../../../src/events/draft.ts';
import { type ExtractionRecord, missCause, tallyCauses } from '../../../src/events/eval/missBreakdown.ts';
import type { GoldAnchorPair } from '../../../src/events/eval/scoreAnchoring.ts';
import type { ChronologyEvent, Mention } from '../../../src/model/chronology.ts';

// "Rebels attacked the town on Friday and troops left. Officials said so on Monday."
//  0      7        16  20   25 28     35  39     46  50  52        62   67 70 73 76
const TEXT = 'Rebels attacked the town on Friday and troops left. Officials said so on Monday.';
const at = (word: string) => {
  const start = TEXT.indexOf(word);
  return { start, end: start + word.length, text: word };
};
const S1 = { start: 0, end: 51 };
const S2 = { start: 52, end: TEXT.length };

const gold = (event: string, timex: string): GoldAnchorPair =>
  ({
    eid: 'e1',
    tid: 't1',
    event: { ...at(event), eid: 'e1', eventClass: 'OCCURRENCE' },
    timex: { ...at(timex), tid: 't1', type: 'DATE', value: 'XXXX' },
    relation: 'IS_INCLUDED',
  }) as unknown as GoldAnchorPair;

const mention = (sentence: { start: number; end: number }, trigger?: string, timex?: string): Mention => ({
  article: 'a',
  sentence: { ...sentence, text: TEXT.slice(sentence.start, sentence.end) },
  ...(trigger ? { trigger: at(trigger) } : {}),
  ...(timex ? { timex: { ...at(timex), type: 'DATE' as const, value: 'XXXX' } } : {}),
});

const event = (id: string, mentions: Mention[]) => ({ id, mentions }) as unknown as ChronologyEvent;

function record(over: Partial<ExtractionRecord> = {}): ExtractionRecord {
  return {
    sentences: [S1, S2],
    timexes: [at('Friday'), at('Monday')],
    events: [],
    trace: { skipped: [], drafts: [], dropped: [], anchors: [at('Friday'), at('Monday')] as never },
    ...over,
  };
}

describe('missCause', () => {
  it('tells a date in another sentence, an untagged date and a date taken for no anchor', () => {
    expect(missCause(gold('said', 'Friday'), record())).toBe('different sentences');
    expect(missCause(gold('attacked', 'Friday'), record({ timexes: [at('Monday')] }))).toBe(
      'timex not tagged',
    );
    const trace = { skipped: [], drafts: [], dropped: [], anchors: [] };
    expect(missCause(gold('attacked', 'Friday'), record({ trace }))).toBe('timex not an anchor');
  });

  it('names the reason a sentence was skipped', () => {
    const trace = { ...record().trace, skipped: [{ ...S1, reason: 'a quotation' }] };
    expect(missCause(gold('attacked', 'Friday'), record({ trace }))).toBe('sentence skipped: a quotation');
  });

  it('tells another trigger from another date of the right trigger', () => {
    const wrongTrigger = [event('x', [mention(S1, 'attacked', 'Friday')])];
    expect(missCause(gold('left', 'Friday'), record({ events: wrongTrigger }))).toBe(
      'right timex, other trigger',
    );
    const merged = [event('x', [mention(S2, 'said', 'Monday'), mention(S1, 'attacked')])];
    expect(missCause(gold('attacked', 'Friday'), record({ events: merged }))).toBe(
      'trigger given the event timex by a merge',
    );
    const otherDate = [event('x', [mention(S1, 'attacked', 'Monday')])];
    expect(missCause(gold('attacked', 'Friday'), record({ events: otherDate }))).toBe(
      'trigger dated by another timex',
    );
  });

  it('names the filter that dropped a draft holding the pair', () => {
    const draft = { id: 'a#0-0', mentions: [mention(S1, 'attacked', 'Friday')] } as unknown as Draft;
    const trace = { ...record().trace, drafts: [draft], dropped: [{ id: 'a#0-0', reason: 'hypothetical' }] };
    expect(missCause(gold('attacked', 'Friday'), record({ trace }))).toBe('dropped: hypothetical');
    expect(missCause(gold('left', 'Friday'), record({ trace }))).toBe(
      'timex on a dropped draft: hypothetical',
    );
  });

  it('tells a sentence with no event from one whose events have another date', () => {
    expect(missCause(gold('attacked', 'Friday'), record())).toBe('no event in the sentence');
    const undated = [event('x', [mention(S1, 'left')])];
    expect(missCause(gold('attacked', 'Friday'), record({ events: undated }))).toBe(
      'events, none with that timex',
    );
  });
});

describe('tallyCauses', () => {
  it('counts causes, most frequent first', () => {
    expect(tallyCauses(['b', 'a', 'b'])).toEqual([
      ['b', 2],
      ['a', 1],
    ]);
  });
});
