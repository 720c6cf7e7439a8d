import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../src/events/extractEvents.ts';
import { tag } from '../../../src/temporal/tag.ts';

const titlesOf = (text: string, published: string) =>
  extractEvents(
    { id: 'a', title: 'a', source: 's', published, text },
    tag(text, { reference: published }),
  ).map((e) => e.title);

describe('openingDatedPhraseCut', () => {
  it('tells a happening an opening phrase with a possessive date names by the main clause after its comma', () => {
    const titles = titlesOf(
      "During Sunday's news conference, Mr Allen also defended the use of chemical dispersants by BP to break up oil slicks.",
      '2010-08-02',
    );
    expect(titles).toContain(
      'Mr Allen defended the use of chemical dispersants by BP to break up oil slicks',
    );
    expect(titles).not.toContain("Sunday's news conference");
  });

  it('reaches the main verb past an apposition to its subject', () => {
    expect(
      titlesOf(
        "During Thursday's hearing, Republican congressman Joe Barton of Texas, the biggest recipient of industry contributions, stunned fellow lawmakers by apologising to BP.",
        '2010-06-18',
      ).some((t) => /^Republican congressman Joe Barton of Texas stunned fellow lawmakers/.test(t)),
    ).toBe(true);
  });
});
