import { describe, expect, it } from 'vitest';
import { referentOfLast } from './referentOfLast.ts';

describe('captionCandidates', () => {
  it('gives a pronoun no referent from a name only a caption glued before its sentence gives', () => {
    const text =
      "Mrs Assad, who worked as an investment banker in the City of London before her marriage in 2000, has generally played a low-key role in the regime. The BBC's Caroline Hawley looks at Asma Assad's UK roots However, in February she wrote to Britain's Times newspaper.";
    const r = referentOfLast(text, "She wrote to Britain's Times newspaper", 'wrote');
    expect(r?.name.text).toBe('Asma Assad');
  });

  it('keeps a caption name the story gives too', () => {
    const text =
      'Officials said Gen Assef Shawkat had been killed. The US said Assef Shawkat was a fundamental contributor to terrorism Born in 1950 in Tartus, he studied law at Damascus University.';
    expect(referentOfLast(text, 'He studied law at Damascus University', 'studied')?.name.text).toBe(
      'Assef Shawkat',
    );
  });

  it('still takes the referent from a sentence closed by its period', () => {
    const text =
      "The BBC's Caroline Hawley looked at Asma Assad's UK roots. In February she wrote to Britain's Times newspaper.";
    expect(referentOfLast(text, "She wrote to Britain's Times newspaper", 'wrote')?.name.text).toBe(
      'Caroline Hawley',
    );
  });
});
