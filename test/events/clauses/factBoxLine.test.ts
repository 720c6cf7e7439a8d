import { describe, expect, it } from 'vitest';
import { notAnEvent } from '../../../src/events/clauses/eventFilter.ts';
import { factBoxLine, stampsAreYears } from '../../../src/events/clauses/factBoxLine.ts';
import { extractEvents } from '../../../src/events/extractEvents.ts';
import { tag } from '../../../src/temporal/tag.ts';

const titlesOf = (text: string, published: string) =>
  extractEvents(
    { id: 'a', title: 'a', source: 's', published, text },
    tag(text, { reference: published }),
  ).map((e) => e.title);

describe('factBoxLine', () => {
  it("takes a line opening with a bare year and a colon for a background box's line", () => {
    expect(
      notAnEvent('1957: Asian flu killed two million people.', undefined, { stampsAreYears: true }),
    ).toBe('page furniture');
    expect(factBoxLine('1983: 80m gallons spilt off Iran', true)).toBe(true);
    expect(factBoxLine('1980-82: Indo-Soviet joint planning group meeting', true)).toBe(true);
  });

  it('leaves prose that holds a year and a colon, and a full date opening a line', () => {
    expect(factBoxLine('The band are a rare thing in 2010: an old-time string band.', true)).toBe(false);
    expect(factBoxLine('June 15, 2010: President Obama speaks from the Oval Office.', true)).toBe(false);
  });

  it("reads an article's stamps as years only when one is no time of day", () => {
    expect(stampsAreYears('Past pandemics. 1918: Spanish flu. 1957: Asian flu. 1968: Hong Kong flu.')).toBe(
      true,
    );
    expect(
      stampsAreYears('Live. 2059: Media critic X writes. 1957: Some interesting news. 1910: According to Y.'),
    ).toBe(false);
  });

  it("keeps a live page's entries stamped on the clock as the news they are", () => {
    const live =
      'Live coverage of the spill. 1745: Police fired tear gas at protesters in Tahrir Square. 1910: Officials said the well was capped.';
    expect(titlesOf(live, '2011-01-28').some((t) => /Police fired tear gas/.test(t))).toBe(true);
    const box =
      'Worst spills. 1979: Ixtoc I spilt 140m gallons off Mexico. 1989: Exxon Valdez ran aground in Alaska.';
    expect(titlesOf(box, '2010-05-01')).toEqual([]);
  });
});
