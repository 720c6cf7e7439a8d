import { describe, expect, it } from 'vitest';
import { comparedSince, sinceThrough } from '../../../src/events/anchoring/sinceThrough.ts';
import { extractEvents } from '../../../src/events/extractEvents.ts';
import { annotate } from '../../../src/events/nlp/annotate.ts';
import { tag } from '../../../src/temporal/tag.ts';
import { article } from '../eventFixtures.ts';

const events = (text: string, published: string) =>
  extractEvents(article(text, published), tag(text, { reference: published }));

describe('sinceThrough', () => {
  it('finds a "since" that reaches its date through a noun, not a clause nor a bare "since"', () => {
    const at = (text: string, date: string) => {
      const { tokens } = annotate(text);
      const t = tag(text, { reference: '2010-05-20' }).find((x) => x.text === date)!;
      const k = sinceThrough(tokens, t);
      return k < 0 ? undefined : tokens[k]!.text;
    };
    expect(at('Oil has leaked since the explosion on the rig on 20 April.', '20 April')).toBe('since');
    expect(
      at(
        'Waters have been closed since the BP oil spill nearly three months ago.',
        'nearly three months ago',
      ),
    ).toBe('since');
    expect(at('Oil has leaked since 20 April.', '20 April')).toBeUndefined();
    expect(at('More have died since protests erupted in March.', 'March')).toBeUndefined();
    expect(at('Oil has leaked since the blast, and on 20 April it spread.', '20 April')).toBeUndefined();
  });

  it('tells a standard a superlative measures against from a running span', () => {
    const at = (text: string) => {
      const { tokens } = annotate(text);
      return comparedSince(
        tokens,
        tokens.findIndex((x) => x.text === 'since'),
      );
    };
    expect(at('It is the worst US oil disaster since the Exxon Valdez in 1989.')).toBe(true);
    expect(at('It stopped for the first time since the explosion on 20 April.')).toBe(true);
    expect(at('It was closer to schism than any other issue since the Year of Disruption in 1843.')).toBe(
      true,
    );
    expect(at('Oil has been leaking since the explosion on 20 April.')).toBe(false);
  });
});

describe('a "since" phrase through a noun (through extractEvents)', () => {
  it('runs the clause from the date, a count as of its report, and no longer dates it that day', () => {
    const sold =
      "Sony has sold about 31 million copies of Jackson's albums worldwide since his death on 25 June, the report said.";
    const [e] = events(sold, '2010-03-16').filter((x) => x.mentions.some((m) => m.trigger?.text === 'sold'));
    expect(e?.when.start).toBe('2010-03-16');
    expect(e?.mentions.map((m) => m.trigger?.text)).not.toContain('death');
    const surged = "Demand for Jackson's music has surged since his death on Thursday.";
    const [d] = events(surged, '2009-06-29');
    expect([d?.when.start, d?.when.end, d?.when.mod]).toEqual(['2009-06-25', '2009-06-29', 'ON_OR_AFTER']);
    const charity =
      'Since its inception at the end of 1999, the charity has responded to more than 80 disasters in more than 50 countries.';
    const found = events(charity, '2010-01-13');
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((x) => x.when.end > '1999-12-31')).toBe(true);
  });

  it("keeps the date on the noun the phrase names, and no date from a superlative's standard", () => {
    const blast =
      'BP has lost 40% of its market value since the explosion on the rig on 20 April, which killed 11 workers.';
    const dated = events(blast, '2010-05-20').filter((x) => x.when.start === '2010-04-20' && !x.when.mod);
    expect(dated.flatMap((x) => x.mentions.map((m) => m.trigger?.text))).toEqual(['explosion', 'killed']);
    const worst =
      'The leak threatens to turn the accident into the worst US oil disaster since the Exxon Valdez in Alaska in 1989.';
    expect(events(worst, '2010-05-02').some((x) => x.when.start.startsWith('1989'))).toBe(false);
  });

  it("reads a date inside the phrase's noun phrase too, and dates the clause when the noun says nothing", () => {
    const search = 'Investigators have been searching for Kopp since shortly after the Oct. 23 slaying.';
    const [e] = events(search, '1999-05-06');
    expect([e?.mentions[0]?.trigger?.text, e?.when.start, e?.when.end, e?.when.mod]).toEqual([
      'searching',
      '1998-10-23',
      '1999-05-06',
      'ON_OR_AFTER',
    ]);
    // The phrase's own noun, after its date, is no clause outside it.
    const blast =
      'Since the 20 April drilling rig explosion which caused the spill, BP has tried several ideas.';
    const dated = events(blast, '2010-05-14').filter((x) => x.mentions[0]?.trigger?.text === 'explosion');
    expect(dated.map((x) => [x.when.start, x.when.end, x.when.mod])).toEqual([
      ['2010-04-20', '2010-04-20', undefined],
    ]);
  });
});
