import { describe, expect, it } from 'vitest';
import { cut } from './cutTitle.ts';

describe('gluedVerb', () => {
  it("ends a subordinate clause's title before the main clause's auxiliary, past its date", () => {
    expect(
      cut(
        'One team that has studied video of the leaking riser pipe before it was cut and capped last week has concluded that the well was producing 25,000 barrels a day.',
        'capped',
        ['last week'],
      ),
    ).toBe('It was cut and capped');
  });
});
