import { describe, expect, it } from 'vitest';
import { annotate } from '../../../src/events/nlp/annotate.ts';
import { splitRunTogether } from '../../../src/events/titles/runTogether.ts';

/** The sentence's words but those of `gap`, split at a run-together join, the trigger the first `trigger` word. */
const split = (text: string, gap: string, trigger: string) => {
  const { tokens } = annotate(text);
  const from = text.indexOf(gap);
  const out = tokens
    .map((_, i) => i)
    .filter(
      (i) => tokens[i]!.pos !== 'PUNCT' && (tokens[i]!.start < from || tokens[i]!.end > from + gap.length),
    );
  splitRunTogether(
    tokens,
    out,
    tokens.findIndex((t) => t.text === trigger),
  );
  return out.map((i) => tokens[i]!.text).join(' ');
};

describe('splitRunTogether', () => {
  it('keeps the clause with the trigger when the words left out joined two clauses', () => {
    const s =
      'Mexico has reported 1,626 confirmed cases, up from 1,364, and repeated that 45 people have died.';
    expect(split(s, ', up from 1,364, and repeated that', 'reported')).toBe(
      'Mexico has reported 1,626 confirmed cases',
    );
    expect(split(s, ', up from 1,364, and repeated that', 'died')).toBe('45 people have died');
    expect(
      split(
        'Dr Murray said Michael took the medicine himself, but the jury decided that he had given the singer the dose.',
        ', but the jury decided that',
        'given',
      ),
    ).toBe('he had given the singer the dose');
  });

  it('leaves words said after their verb, an aside left out, and a denial', () => {
    expect(
      split(
        'Another activist told the BBC there have been attacks every day and the regime is breaching the ceasefire.',
        'there have been attacks every day and ',
        'breaching',
      ),
    ).toBe('Another activist told the BBC the regime is breaching the ceasefire');
    expect(
      split(
        'Kenneth Feinberg told The Associated Press that if BP pays wages and perks, those wages will be subtracted.',
        'that if BP pays wages and perks, ',
        'told',
      ),
    ).toBe('Kenneth Feinberg told The Associated Press those wages will be subtracted');
    expect(
      split(
        'He said the company, which was founded and grew, had filed for bankruptcy.',
        ', which was founded and grew,',
        'filed',
      ),
    ).toBe('He said the company had filed for bankruptcy');
    expect(
      split(
        'A pandemic is declared as the virus spreads, but it does not mean that it is causing more illness.',
        ', but it does not mean that',
        'causing',
      ),
    ).toBe('A pandemic is declared as the virus spreads it is causing more illness');
  });
});
