import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../src/events/extractEvents.ts';
import { tag } from '../../../src/temporal/tag.ts';
import { article } from '../eventFixtures.ts';

const dated = (text: string, published: string) =>
  extractEvents(article(text, published), tag(text, { reference: published }))
    .filter((e) => e.mentions[0]?.timex)
    .map((e) => `${e.mentions.map((m) => m.trigger?.text).join('+')}@${e.when.value}`);

describe('nounBeforeDate (through extractEvents)', () => {
  it('gives "… ago" after a governed noun phrase to the happening its head names', () => {
    const trial =
      "Next -- there's to be a trial over the death of pop singer Michael Jackson eighteen months ago.";
    expect(dated(trial, '2011-01-06')).toEqual(['death@2009-07']);
    const outbreak = 'Shares fell in one of the markets hardest hit by the SARS outbreak six years ago.';
    expect(dated(outbreak, '2009-05-01')).toContain('outbreak+hit@2003');
  });

  it('leaves a bare day after a noun to the clause, and the medium of a saying to the saying', () => {
    // "filed … protection Saturday": a day after a noun is the clause's.
    const filed = 'Six Flags filed for Chapter 11 bankruptcy protection Saturday morning.';
    expect(dated(filed, '2009-06-15')[0]).toMatch(/^filed\b/);
    const said = 'Markey said in a written statement two days ago that the figures were wrong.';
    expect(dated(said, '2010-05-25')[0]).toMatch(/^said\b/);
  });
});
