import { describe, expect, it } from 'vitest';
import { cut } from './cutTitle.ts';

describe('frontedClauseSide', () => {
  it("keeps one side of a fronted clause's comma when its opening word is left out", () => {
    expect(
      cut(
        'And although the oil mostly disappeared several months ago, an untold number of fish, aquatic mammals and birds died in the disaster.',
        'disappeared',
        ['several months ago'],
      ),
    ).toBe('The oil mostly disappeared');
    expect(
      cut(
        'Although BP announced three weeks ago that it intended to set up an oil spill unit, administration officials at the White House meeting last Wednesday asked that the plan be put into effect immediately, Dudley said.',
        'asked',
        ['three weeks ago', 'last Wednesday'],
      ),
    ).toBe(
      'Administration officials at the White House meeting asked the plan be put into effect immediately',
    );
  });

  it('leaves a list of names inside the clause, and a cut on one side, alone', () => {
    expect(cut('When Obama, Biden and Clinton met, they agreed a plan.', 'met')).toBe(
      'Obama, Biden and Clinton met',
    );
    expect(
      cut('After the rig sank on 22 April, oil began leaking from the well.', 'began', ['22 April']),
    ).toBe('Oil began leaking from the well');
  });

  it("leaves an aside's comma, a fronted phrase without its comma and an 'as' of saying alone", () => {
    expect(
      cut(
        'When Ros Atkins, a BBC radio presenter, came back to the UK after working in Mexico City, family and friends avoided him.',
        'came',
      ),
    ).toBe('Ros Atkins came back to the UK');
    expect(
      cut(
        'But since July 15 the well has been shut in, thanks to a 75-ton cap lowered onto the chimney.',
        'shut',
        ['July 15'],
      ),
    ).toBe('The well has been shut in, thanks to a 75-ton cap lowered onto the chimney');
    expect(
      cut(
        'As Foreign Minister Sergei Lavrov said this week from Australia, "Regime change is not our profession."',
        'said',
        ['this week'],
      ),
    ).toBe('Foreign Minister Sergei Lavrov said from Australia');
  });
});
