import { describe, expect, it } from 'vitest';
import { annotate } from '../../../src/events/nlp/annotate.ts';
import { namingBeforeModal } from '../../../src/events/triggers/namingBeforeModal.ts';

const named = (text: string, word = 'called') => {
  const { tokens } = annotate(text);
  const k = tokens.findIndex((t) => t.text === word);
  expect(k).toBeGreaterThanOrEqual(0);
  return namingBeforeModal(tokens, k);
};

describe('namingBeforeModal', () => {
  it('takes a naming participle whose name a modal follows', () => {
    expect(named("Compounds called adjuvants can be used to boost a vaccine's effectiveness.")).toBe(true);
    expect(named('A pressure system called the Bermuda High can alter their path.')).toBe(true);
  });

  it('leaves a name whose noun did something, and the verb of a clause', () => {
    expect(named('A ship called the Helix Producer has arrived at the site.')).toBe(false);
    expect(named('Obama called the governors on Monday.')).toBe(false);
  });
});
