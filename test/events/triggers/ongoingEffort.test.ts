import { describe, expect, it } from 'vitest';
import { annotate } from '../../../src/events/nlp/annotate.ts';
import { findTriggers } from '../../../src/events/triggers/findTriggers.ts';
import { ongoingEffort } from '../../../src/events/triggers/ongoingEffort.ts';

/** Whether the trigger `word` of `text`, with the class the trigger model gives it, is an ongoing effort. */
const effort = (text: string, word: string) => {
  const { tokens } = annotate(text);
  const t = findTriggers(tokens).find((x) => x.text.split(' ')[0] === word);
  expect(t).toBeDefined();
  return ongoingEffort(tokens, t!.index, t!.eventClass);
};

describe('ongoingEffort', () => {
  it('takes a present perfect progressive of a demand or an attempt for an effort that has gone on', () => {
    expect(effort('Protesters have been calling for greater freedom.', 'calling')).toBe(true);
    expect(effort('The company has been trying to protect the coast.', 'trying')).toBe(true);
    expect(effort('Scientists have also been warning about the dispersant.', 'warning')).toBe(true);
  });

  it('leaves a happening told in the same form, and other tenses of the effort', () => {
    // An OCCURRENCE: refugees fleeing are the day's news as often as background.
    expect(effort('Thousands of Syrian refugees have been fleeing into Turkey.', 'fleeing')).toBe(false);
    expect(effort('Protesters called for greater freedom.', 'called')).toBe(false);
    expect(effort('Protesters are calling for greater freedom.', 'calling')).toBe(false);
    expect(effort('Protesters have called for greater freedom.', 'called')).toBe(false);
  });
});
