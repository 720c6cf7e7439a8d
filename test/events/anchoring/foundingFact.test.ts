import { describe, expect, it } from 'vitest';
import { backgroundWording } from '../../../src/events/anchoring/backgroundWording.ts';
import { extractEvents } from '../../../src/events/extractEvents.ts';
import { tag } from '../../../src/temporal/tag.ts';
import { article } from '../eventFixtures.ts';

describe('foundingFact', () => {
  it('reads a founding or a naming after someone as background after the opening sentence', () => {
    expect(backgroundWording('Bridas was founded by the Bulgheroni family of Argentina.', 'body')).toBe(
      'founding or naming',
    );
    expect(backgroundWording('That spill was named for the Exxon Valdez.', 'lead')).toBe(
      'founding or naming',
    );
    expect(backgroundWording('Bridas was founded by the Bulgheroni family.', 'opening')).toBeUndefined();
  });

  it('leaves an appointment and a basis alone', () => {
    expect(backgroundWording('Mr Dudley was named as chief executive.', 'body')).toBeUndefined();
    expect(backgroundWording('Mr Dudley was named after a lengthy search.', 'body')).toBeUndefined();
    expect(
      backgroundWording('The theory was founded on the language of the statute.', 'body'),
    ).toBeUndefined();
  });

  it('gives an undated naming no date of the news', () => {
    const text =
      "A reproduction of Ida arrived in London's Natural History Museum today. Ida was named after the young daughter of one of the leaders of the research team.";
    const out = extractEvents(article(text, '2009-05-31'), tag(text, { reference: '2009-05-31' }));
    expect(out.some((e) => /named/.test(e.title) && e.when.mod === 'ON_OR_BEFORE')).toBe(false);
  });
});
