import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../src/events/extractEvents.ts';
import { annotate } from '../../../src/events/nlp/annotate.ts';
import { attributionWord } from '../../../src/events/triggers/attribution.ts';
import { tag } from '../../../src/temporal/tag.ts';

const triggersOf = (text: string) =>
  extractEvents(
    { id: 'a', title: 'a', source: 's', published: '2010-11-09', text },
    tag(text, { reference: '2010-11-09' }),
  ).map((e) => e.mentions[0]?.trigger?.text);

describe('attributionWord', () => {
  it('finds "according" before its "to", and nothing else', () => {
    const tokens = annotate('The well was sealed according to plan, according to BP.').tokens;
    const found = tokens.flatMap((t, i) => (attributionWord(tokens, i) ? [t.text] : []));
    expect(found).toEqual(['according', 'according']);
    const accorded = annotate('The court accorded him the right to appeal.').tokens;
    expect(accorded.some((_, i) => attributionWord(accorded, i))).toBe(false);
  });

  it('makes no event of the source of the words, dated or not', () => {
    expect(
      triggersOf(
        "The cement job was flawed, which is according to the commission's chief counsel Fred Bartlit on Monday.",
      ),
    ).not.toContain('according');
    expect(
      triggersOf(
        'No decision was made to sacrifice safety for money, which according to chief counsel Fred Bartlit on Monday.',
      ),
    ).not.toContain('according');
  });
});
