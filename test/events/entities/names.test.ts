import { describe, expect, it } from 'vitest';
import { nameRuns } from '../../../src/events/entities/names.ts';
import { annotate } from '../../../src/events/nlp/annotate.ts';

const runs = (text: string) => {
  const { tokens } = annotate(text);
  return nameRuns(tokens).map(([a, b]) =>
    tokens
      .slice(a, b)
      .map((t) => t.text)
      .join(' '),
  );
};

describe('nameRuns', () => {
  it("keeps an office's and a body's 'of'/'for' inside the name", () => {
    expect(runs('US Secretary of State Hillary Clinton spoke.')).toContain(
      'US Secretary of State Hillary Clinton',
    );
    expect(runs('The Syrian Observatory for Human Rights said so.')).toContain(
      'Syrian Observatory for Human Rights',
    );
  });

  it("joins no two names across the 'of' of a place", () => {
    expect(runs('Shelling hit Homs of Syria and the Bank of England.')).toEqual([
      'Homs',
      'Syria',
      'Bank of England',
    ]);
  });
});

describe('nameRuns and days', () => {
  it('leaves a day a preposition opens out of the name after it, not out of a paper', () => {
    expect(runs('On Wednesday Russian Foreign Minister Sergei Lavrov said he was open.')).toContain(
      'Russian Foreign Minister Sergei Lavrov',
    );
    expect(runs('He wrote in the Sunday Times that it was over.')).toContain('Sunday Times');
  });
});
