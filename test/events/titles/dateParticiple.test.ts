import { describe, expect, it } from 'vitest';
import { cut } from './cutTitle.ts';

describe('dropDateParticiple', () => {
  it('drops a participle set off by commas whose date the title left out', () => {
    expect(
      cut("Graham's study, released Monday, is published in Environmental Research Letters.", 'published', [
        'Monday',
      ]),
    ).toBe("Graham's study is published in Environmental Research Letters");
    expect(cut('The album, recorded in 1982, was sold worldwide.', 'sold', ['in 1982'])).toBe(
      'The album was sold worldwide',
    );
  });
});
