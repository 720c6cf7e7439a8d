import { describe, expect, it } from 'vitest';
import { followsCapitalizedWord, monthCueBefore, sinceBefore } from '../../src/temporal/cues.ts';

/** Offset of `word` in `text`, failing loudly when absent. */
function at(text: string, word: string): number {
  const i = text.indexOf(word);
  if (i < 0) throw new Error(`"${word}" is not in "${text}"`);
  return i;
}

describe('monthCueBefore', () => {
  it.each([
    ['prices rose in Shaaban', true],
    ['since the Shaaban', true],
    ['by mid-Shaaban', true],
    ['last Shaaban', true],
    ['Bouthaina Shaaban', false],
    ['said Shaaban', false],
    ['Shaaban', false],
  ])('%s → %s', (text, expected) => {
    expect(monthCueBefore(text, at(text, 'Shaaban'))).toBe(expected);
  });
});

describe('followsCapitalizedWord', () => {
  it.each([
    ['Bouthaina Shaaban, right, attended', true],
    ['Officials said Tariq Ramadan spoke', true],
    ['During Ramadan people fast', false],
    ['The Ramadan fast began', false],
    ['people fast in Ramadan', false],
    ['Ramadan began', false],
  ])('%s → %s', (text, expected) => {
    const word = text.includes('Shaaban') ? 'Shaaban' : 'Ramadan';
    expect(followsCapitalizedWord(text, at(text, word))).toBe(expected);
  });
});

describe('sinceBefore', () => {
  it.each([
    ['searching since Oct. 23', true],
    ['since shortly after the Oct. 23 slaying', true],
    ['flowed out since early Oct. 23', true],
    ['ever since Oct. 23', true],
    ['since the army said Oct. 23', false],
    ['on Oct. 23', false],
  ])('%s → %s', (text, expected) => {
    expect(sinceBefore(text, at(text, 'Oct. 23'))).toBe(expected);
  });
});
