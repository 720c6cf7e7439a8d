import { describe, expect, it } from 'vitest';
import { cut } from './cutTitle.ts';

describe('finishAdjectiveList', () => {
  it('ends adjectives a comma joins before one noun with that noun', () => {
    expect(
      cut('A spokesman said he was brought to the trust in a secure, specialist ambulance.', 'brought'),
    ).toBe('He was brought to the trust in a secure, specialist ambulance');
    expect(
      cut(
        'The US called on the Syrian government to stop this violence and to give the International Committee for the Red Cross immediate, unfettered access to the northern city.',
        'called',
      ),
    ).toBe(
      'The US called on the Syrian government to stop this violence and to give the International Committee for the Red Cross immediate, unfettered access',
    );
    expect(
      cut('BP said it was working on building a sturdier, free-standing pipe to carry oil.', 'working'),
    ).toBe('It was working on building a sturdier, free-standing pipe');
  });

  it("leaves a predicate's adjective and a new clause after the comma alone", () => {
    expect(cut('Officials said the birds looked sick, and the eggs were glazed with rust.', 'looked')).toBe(
      'The birds looked sick',
    );
    expect(cut('Prospects of a recovery look slim, industry executives said.', 'look')).toBe(
      'Prospects of a recovery look slim',
    );
    // (Nor a participle's clause after the comma, which the tagger may call a noun.)
    expect(
      cut('Tony Hayward spent today on a charm offensive, meeting officials from the government.', 'spent', [
        'today',
      ]),
    ).toBe('Tony Hayward spent on a charm offensive');
    // (Nor a noun the tagger may have misread after the run: "relief well/ADV".)
    expect(
      cut('The company began drilling the primary, 18,000-foot relief well May 2.', 'began', ['May 2']),
    ).toBe('The company began drilling the primary');
  });
});

describe('finishAdjectiveList past quotation marks', () => {
  it('ends on the noun when a quoted modifier follows the comma', () => {
    expect(
      cut('MSRC deployed seven of its largest, "responder-class" skimmers on 25 April.', 'deployed', [
        '25 April',
      ]),
    ).toBe('MSRC deployed seven of its largest, responder-class skimmers');
    // (A quotation that closes after the noun ends the phrase there.)
    expect(cut('He said the cap will provide "a better, tighter fit".', 'provide')).toBe(
      'The cap will provide a better, tighter fit',
    );
  });
});
