import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../src/events/extractEvents.ts';
import { tag } from '../../../src/temporal/tag.ts';

const titlesOf = (text: string, published: string) =>
  extractEvents(
    { id: 'a', title: 'a', source: 's', published, text },
    tag(text, { reference: published }),
  ).map((e) => e.title);

describe('predicateCut', () => {
  it('tells an event noun in what a "be" says of its subject by that clause, so who did it stays', () => {
    expect(
      titlesOf(
        'Syrian troops and militia were behind the Houla massacre of 108 people in May, UN investigators have concluded.',
        '2012-08-15',
      ),
    ).toContain('Syrian troops and militia were behind the Houla massacre of 108 people');
    expect(
      titlesOf(
        "Republicans were deeply embarrassed by Barton's apology to BP during a House hearing Thursday, demanding that he retract it.",
        '2010-06-20',
      ),
    ).toContain("Republicans were deeply embarrassed by Barton's apology to BP during a House hearing");
  });

  it('starts at the clause of the "be", past its subordinator', () => {
    expect(
      titlesOf(
        'The oil giant is hoping for good news as President Barack Obama is due in the region today on his third visit.',
        '2010-06-04',
      ),
    ).toContain('President Barack Obama is due in the region on his third visit');
  });

  it('leaves a place or time of the subject, a comparison and a question to the noun', () => {
    const place = titlesOf(
      'Rateb Shallah, head of the chambers of commerce, was at the speech on Monday and expressed confidence in the reforms.',
      '2011-06-21',
    );
    expect(place.some((t) => /was at the speech/.test(t))).toBe(false);
    const compared = titlesOf(
      'The examination was far tougher on the oil companies than the Senate hearings on Tuesday.',
      '2010-05-12',
    );
    expect(compared.some((t) => /tougher/.test(t))).toBe(false);
    const asked = titlesOf(
      'On the day two decades ago in Alaska, the question of who was in charge was open.',
      '2010-05-07',
    );
    expect(asked.some((t) => /who was in charge/.test(t))).toBe(false);
  });

  it('leaves a noun whose own phrase goes on past its date with what it decided', () => {
    expect(
      titlesOf(
        'He was involved in the fateful decision late April 20 to continue to take heavy mud out of the well, despite questionable results.',
        '2010-05-27',
      ),
    ).toContain('The fateful decision to continue to take heavy mud out of the well');
  });
});
