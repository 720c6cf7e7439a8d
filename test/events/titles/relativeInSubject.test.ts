import { describe, expect, it } from 'vitest';
import { cut } from './cutTitle.ts';

describe('predicateAfterRelative', () => {
  it("keeps the main clause's verb after a relative clause in the subject", () => {
    const text = ' However, a ceasefire that was supposed to have come into effect in April never took hold.';
    expect(cut(text, 'come', ['in April'])).toBe(
      'A ceasefire that was supposed to have come into effect never took hold',
    );
  });

  it('leaves an aside between commas, which titles alone', () => {
    expect(
      cut('Mr Bertolaso, who arrived in Haiti on Friday, described it as a terrible situation.', 'arrived', [
        'on Friday',
      ]),
    ).toBe('Mr Bertolaso arrived in Haiti');
  });

  it('leaves a relative clause of an object alone', () => {
    expect(cut('Rebels seized a town that troops had shelled for weeks.', 'shelled')).not.toMatch(/seized/);
  });
});
