import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../src/events/extractEvents.ts';
import { annotate } from '../../../src/events/nlp/annotate.ts';
import { verbPastParticipleAside } from '../../../src/events/titles/participleAside.ts';
import { tag } from '../../../src/temporal/tag.ts';

/** The titles of a one-sentence article's events. */
const titlesOf = (text: string) =>
  extractEvents(
    { id: 'a', title: 'a', source: 's', published: '2010-06-23', text },
    tag(text, { reference: '2010-06-23' }),
  ).map((e) => e.title);

describe('verbPastParticipleAside', () => {
  it('titles an event noun in a subject by its verb past a participle aside', () => {
    expect(
      titlesOf(
        'Today the official government estimate of the flow, based on multiple techniques that include subsea video, is 35,000 to 60,000 barrels a day.',
      ),
    ).toContain('The official government estimate of the flow is 35,000 to 60,000 barrels a day');
  });

  it('finds no verb past an aside no participle opens, nor past one a participle follows', () => {
    const at = (text: string) => {
      const { tokens } = annotate(text);
      return verbPastParticipleAside(
        tokens,
        tokens.findIndex((t) => t.text === ','),
      );
    };
    expect(at('The estimate of the flow, which rose in May, is 60,000 barrels.')).toBe(-1);
    expect(at('The estimate of the flow, based on video, released in May.')).toBe(-1);
    expect(at('The estimate of the flow, based on video, is 60,000 barrels.')).toBeGreaterThan(0);
  });
});
