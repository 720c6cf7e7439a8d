import { describe, expect, it } from 'vitest';
import { possibleObject } from '../../../src/events/clauses/possibleObject.ts';
import { annotate } from '../../../src/events/nlp/annotate.ts';

const possible = (text: string, noun: string) => {
  const { tokens } = annotate(text);
  const k = tokens.findIndex((t) => t.text === noun);
  expect(k).toBeGreaterThanOrEqual(0);
  return possibleObject(tokens, 0, k);
};

describe('possibleObject', () => {
  it('takes an event noun that a verb under a modal of possibility takes for object', () => {
    expect(possible('Crews could resume work on Thursday morning.', 'work')).toBe(true);
    expect(possible('That could delay the completion of the wells.', 'completion')).toBe(true);
    expect(possible('The talks might "finally produce" an agreement.', 'agreement')).toBe(true);
  });

  it('leaves a told verb, a past possibility and a noun its year dates', () => {
    expect(possible('Crews resumed work on Thursday morning.', 'work')).toBe(false);
    expect(possible('The leak may have sparked protests.', 'protests')).toBe(false);
    expect(possible('The spill should eclipse the 1989 Exxon Valdez incident.', 'incident')).toBe(false);
  });
});
