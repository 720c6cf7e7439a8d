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
    // (Without the commas the clause says which envoy, and the main verb tells what became of it.)
    expect(
      cut('The envoy who was due to arrive in Haiti on Friday never came.', 'arrive', ['on Friday']),
    ).toBe('The envoy who was due to arrive in Haiti never came');
  });

  it('leaves a relative clause of an object alone', () => {
    const come = ['in April'];
    expect(
      cut(
        'Both sides ignored a ceasefire that was supposed to have come into effect in April.',
        'come',
        come,
      ),
    ).toBe('A ceasefire was supposed to have come into effect');
    expect(
      cut('A ceasefire that was supposed to have come into effect in April never took hold.', 'come', come),
    ).toBe('A ceasefire that was supposed to have come into effect never took hold');
  });
});
