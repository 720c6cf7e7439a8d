import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  addAnchorCounts,
  anchorRelation,
  anchorScores,
  type GoldAnchorPair,
  goldAnchorPairs,
  NO_ANCHOR_COUNTS,
  pairMatches,
  type SystemAnchorPair,
  scoreAnchoring,
  systemAnchorPairs,
} from '../../../src/events/eval/scoreAnchoring.ts';
import type { ChronologyEvent, Mention, MentionTimex, Span } from '../../../src/model/chronology.ts';
import { readTimeML } from '../../../src/temporal/eval/readTimeML.ts';

const doc = readTimeML(readFileSync(new URL('../../fixtures/timeml/anchoring.tml', import.meta.url), 'utf8'));

/** The span of the `nth` occurrence of `word` in the fixture text. */
function span(word: string, nth = 0): Span {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = doc.text.indexOf(word, at + 1);
  if (at < 0) throw new Error(`"${word}" not in the fixture`);
  return { start: at, end: at + word.length, text: word };
}

/** The sentence of the fixture text that holds `word`. */
function sentenceOf(word: string): Span {
  const at = span(word).start;
  const start = Math.max(doc.text.lastIndexOf('. ', at) + 2, doc.text.lastIndexOf('\n', at) + 1);
  const end = doc.text.indexOf('.', at) + 1;
  return { start, end, text: doc.text.slice(start, end) };
}

function timex(word: string): MentionTimex {
  return { ...span(word), type: 'DATE', value: 'XXXX' };
}

function mention(
  sentenceWord: string,
  parts: { trigger?: string; timex?: string; article?: string },
): Mention {
  return {
    article: parts.article ?? 'anchoring_fixture',
    sentence: sentenceOf(sentenceWord),
    ...(parts.trigger ? { trigger: span(parts.trigger) } : {}),
    ...(parts.timex ? { timex: timex(parts.timex) } : {}),
  };
}

function event(id: string, mentions: Mention[]): ChronologyEvent {
  return {
    id,
    title: id,
    when: {
      start: '1998-03-01',
      end: '1998-03-01',
      precision: 'day',
      value: '1998-03-01',
      approximate: false,
    },
    reported: '1998-03-03',
    mentions,
    actors: [],
    places: [],
  };
}

const gold = goldAnchorPairs(doc);
const goldPair = (eid: string) => gold.find((g) => g.eid === eid) as GoldAnchorPair;

describe('anchorRelation', () => {
  it('restates links read from the time side from the event side', () => {
    expect(anchorRelation('INCLUDES', false)).toBe('IS_INCLUDED');
    expect(anchorRelation('BEGUN_BY', false)).toBe('BEGINS');
    expect(anchorRelation('ENDED_BY', false)).toBe('ENDS');
    expect(anchorRelation('DURING_INV', false)).toBe('DURING');
    expect(anchorRelation('SIMULTANEOUS', false)).toBe('SIMULTANEOUS');
  });

  it('keeps anchor relations read from the event side and rejects the rest', () => {
    expect(anchorRelation('IS_INCLUDED', true)).toBe('IS_INCLUDED');
    expect(anchorRelation('BEGINS', true)).toBe('BEGINS');
    // The event contains the time, or lies before it: the time does not date the event.
    expect(anchorRelation('INCLUDES', true)).toBeUndefined();
    expect(anchorRelation('DURING_INV', true)).toBeUndefined();
    expect(anchorRelation('IS_INCLUDED', false)).toBeUndefined();
    expect(anchorRelation('BEGINS', false)).toBeUndefined();
    expect(anchorRelation('BEFORE', true)).toBeUndefined();
  });
});

describe('goldAnchorPairs', () => {
  it('normalizes inverse links, deduplicates by (eid, tid) and keeps text order', () => {
    expect(gold.map((g) => [g.event.text, g.timex.text, g.relation])).toEqual([
      ['attacked', 'Sunday', 'IS_INCLUDED'],
      ['said', 'today', 'SIMULTANEOUS'],
      ['raged', 'February', 'DURING'],
      ['withdrew', 'December', 'IS_INCLUDED'],
      ['began', '9 a.m. Monday', 'BEGINS'],
      ['end', 'Thursday', 'ENDS'],
    ]);
  });

  it('leaves out the DCT, durations, states, event-to-event links and non-anchoring relations', () => {
    const keys = gold.map((g) => `${g.eid} ${g.tid}`);
    expect(keys).not.toContain('e2 t0'); // DCT: not a timex of the text
    expect(keys).not.toContain('e3 t4'); // DURATION
    expect(keys).not.toContain('e4 t3'); // STATE
    expect(keys).not.toContain('e6 t6'); // I_STATE
    expect(keys).not.toContain('e3 t1'); // BEFORE
    expect(keys).not.toContain('e8 t1'); // the event includes the time
    expect(keys).not.toContain('e7 t5'); // DURING_INV from the event side
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('systemAnchorPairs', () => {
  it('dates a mention by its own timex, else by the earliest dated mention of its event', () => {
    const events = [
      event('a', [
        mention('withdrew', { trigger: 'withdrew' }),
        mention('attacked', { trigger: 'attacked', timex: 'Sunday' }),
        mention('raged', { trigger: 'raged', timex: 'February' }),
        mention('began', { trigger: 'began' }),
      ]),
    ];
    const { triggerPairs } = systemAnchorPairs(events, 'anchoring_fixture');
    expect(triggerPairs.map((p) => [p.trigger?.text, p.timex.text])).toEqual([
      ['attacked', 'Sunday'],
      ['raged', 'February'],
      ['withdrew', 'Sunday'],
      ['began', 'Sunday'],
    ]);
  });

  it('ignores other articles, undated events and, at trigger level, mentions without a trigger', () => {
    const events = [
      event('other', [mention('attacked', { trigger: 'attacked', timex: 'Sunday', article: 'x' })]),
      event('undated', [mention('withdrew', { trigger: 'withdrew' })]),
      event('no-trigger', [mention('said', { timex: 'today' })]),
      // A date in another article does not date this article's mention.
      event('dated-elsewhere', [
        mention('began', { trigger: 'began' }),
        mention('end', { trigger: 'end', timex: 'Thursday', article: 'x' }),
      ]),
    ];
    const { triggerPairs, sentencePairs } = systemAnchorPairs(events, 'anchoring_fixture');
    expect(triggerPairs).toEqual([]);
    expect(sentencePairs.map((p) => [p.eventId, p.timex.text])).toEqual([['no-trigger', 'today']]);
  });

  it('deduplicates equal (trigger, timex) and (sentence, timex) spans across events', () => {
    const events = [
      event('a', [mention('attacked', { trigger: 'attacked', timex: 'Sunday' })]),
      event('b', [mention('attacked', { trigger: 'attacked', timex: 'Sunday' })]),
      event('c', [mention('said', { trigger: 'said', timex: 'Sunday' })]),
    ];
    const { triggerPairs, sentencePairs } = systemAnchorPairs(events, 'anchoring_fixture');
    expect(triggerPairs.map((p) => [p.eventId, p.trigger?.text])).toEqual([
      ['a', 'attacked'],
      ['c', 'said'],
    ]);
    // "attacked" and "said" share a sentence and a timex: one pair at sentence level.
    expect(sentencePairs.map((p) => p.eventId)).toEqual(['a']);
  });
});

describe('pairMatches', () => {
  const pair = (
    trigger: Span | undefined,
    date: Span,
    sentence = sentenceOf('attacked'),
  ): SystemAnchorPair => ({
    eventId: 'x',
    sentence,
    timex: { ...date, value: 'XXXX' },
    ...(trigger ? { trigger } : {}),
  });
  const attackedSunday = goldPair('e1');
  const at = (start: number, end: number): Span => ({ start, end, text: doc.text.slice(start, end) });

  it('matches when the trigger overlaps the event and the timex overlaps the timex', () => {
    const a = span('attacked');
    const s = span('Sunday');
    expect(pairMatches(attackedSunday, pair(a, s), 'trigger')).toBe(true);
    // "Rebels attacked" against "attacked"; "on Sunday" against "Sunday": overlap suffices.
    expect(pairMatches(attackedSunday, pair(at(a.start - 7, a.end), at(s.start - 3, s.end)), 'trigger')).toBe(
      true,
    );
    expect(pairMatches(attackedSunday, pair(at(a.end - 1, a.end + 4), s), 'trigger')).toBe(true);
  });

  it('does not match spans that only touch, or a wrong trigger or timex', () => {
    const a = span('attacked');
    const s = span('Sunday');
    expect(pairMatches(attackedSunday, pair(at(a.end, a.end + 4), s), 'trigger')).toBe(false);
    expect(pairMatches(attackedSunday, pair(at(a.start - 7, a.start), s), 'trigger')).toBe(false);
    expect(pairMatches(attackedSunday, pair(span('said'), s), 'trigger')).toBe(false);
    expect(pairMatches(attackedSunday, pair(a, span('today')), 'trigger')).toBe(false);
    expect(pairMatches(attackedSunday, pair(undefined, s), 'trigger')).toBe(false);
  });

  it('at sentence level, needs the sentence to contain the event, trigger or not', () => {
    const s = span('Sunday');
    expect(pairMatches(attackedSunday, pair(undefined, s), 'sentence')).toBe(true);
    expect(pairMatches(attackedSunday, pair(undefined, s, sentenceOf('withdrew')), 'sentence')).toBe(false);
    expect(pairMatches(attackedSunday, pair(undefined, span('today')), 'sentence')).toBe(false);
  });
});

describe('scoreAnchoring', () => {
  const events = [
    event('attack', [
      mention('attacked', { trigger: 'attacked', timex: 'Sunday' }),
      mention('withdrew', { trigger: 'withdrew' }),
    ]),
    event('talks', [mention('began', { trigger: 'began', timex: '9 a.m. Monday' })]),
    event('statement', [mention('said', { trigger: 'officials', timex: 'today' })]),
  ];
  const { triggerPairs, sentencePairs } = systemAnchorPairs(events, 'anchoring_fixture');

  it('counts gold found and system pairs matched, many to many, and keeps what failed', () => {
    const scoring = scoreAnchoring(gold, triggerPairs, 'trigger');
    expect(scoring.counts).toEqual({ gold: 6, system: 4, found: 2, matched: 2 });
    expect(scoring.missed.map((g) => g.eid)).toEqual(['e2', 'e8', 'e3', 'e7']);
    expect(scoring.unmatched.map((s) => s.trigger?.text)).toEqual(['withdrew', 'officials']);
    expect(anchorScores(scoring.counts)).toEqual({ recall: 2 / 6, precision: 2 / 4 });
  });

  it('at sentence level credits the dated sentence whatever its trigger', () => {
    const scoring = scoreAnchoring(gold, sentencePairs, 'sentence');
    // "said … today" now counts; "withdrew" dated Sunday still does not.
    expect(scoring.counts).toEqual({ gold: 6, system: 4, found: 3, matched: 3 });
  });

  it('adds counts and leaves a ratio out when there is nothing to divide by', () => {
    const a = { gold: 6, system: 4, found: 2, matched: 2 };
    const b = { gold: 3, system: 0, found: 0, matched: 0 };
    expect(addAnchorCounts(addAnchorCounts(NO_ANCHOR_COUNTS, a), b)).toEqual({
      gold: 9,
      system: 4,
      found: 2,
      matched: 2,
    });
    expect(anchorScores(b)).toEqual({ recall: 0 });
    expect(anchorScores(NO_ANCHOR_COUNTS)).toEqual({});
  });
});
