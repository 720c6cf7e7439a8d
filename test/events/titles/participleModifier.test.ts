import { describe, expect, it } from 'vitest';
import { cut } from './cutTitle.ts';

describe('participleModifier', () => {
  it('keeps a participle before its noun in the subject', () => {
    expect(cut('Confirmed cases in the US have risen from 226 to 286.', 'risen')).toBe(
      'Confirmed cases in the US have risen from 226 to 286',
    );
    expect(cut('The stricken Marine showed up at an on-base medical clinic.', 'showed')).toBe(
      'The stricken Marine showed up at an on-base medical clinic',
    );
    expect(cut("One of the UK's leading flu experts has predicted a pandemic.", 'predicted')).toBe(
      "One of the UK's leading flu experts has predicted a pandemic",
    );
  });

  it('leaves a verb before the subject out of it', () => {
    expect(cut('When the rig exploded oil spilled into the sea.', 'spilled')).toBe(
      'Oil spilled into the sea',
    );
  });
});
