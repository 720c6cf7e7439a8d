import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../src/events/extractEvents.ts';
import { tag } from '../../src/temporal/tag.ts';
import { article } from './eventFixtures.ts';
import { goldenTimexes, readGoldenArticles } from './goldenPipeline.ts';

describe('extractEvents', () => {
  it('places a new undated happening on or before publication, not on it', () => {
    const [e] = extractEvents(article('Police arrested five protesters in Herat.'), []);
    expect(e).toMatchObject({
      arrested: 5,
      when: { mod: 'ON_OR_BEFORE', approximate: true, end: '2022-04-12', start: '2022-03-13' },
    });
  });

  it('makes no event of quotations or opinions', () => {
    const text =
      '“We hope for peace today and tomorrow,” said Raziq, a resident of Bamiyan. Residents expressed concerns.';
    expect(extractEvents(article(text), tag(text, { reference: '2022-04-12' }))).toEqual([]);
  });

  it('gives every event a mention pointing at its sentence, for any slice of the sample articles', () => {
    const samples = readGoldenArticles();
    const timexes = goldenTimexes();
    fc.assert(
      fc.property(fc.constantFrom(...samples), fc.nat(), fc.nat(), (a, x, y) => {
        // Cut the article at paragraph boundaries so offsets stay meaningful.
        const paragraphs = a.text.split('\n\n');
        const from = x % paragraphs.length;
        const to = from + 1 + (y % (paragraphs.length - from));
        const text = paragraphs.slice(from, to).join('\n\n');
        const shift = paragraphs.slice(0, from).join('\n\n').length + (from > 0 ? 2 : 0);
        const tx = (timexes[a.id] ?? [])
          .filter((t) => t.start >= shift && t.end <= shift + text.length)
          .map((t) => ({ ...t, start: t.start - shift, end: t.end - shift }));
        const sub = { ...a, text };
        const ids = new Set<string>();
        for (const e of extractEvents(sub, tx)) {
          expect(ids.has(e.id)).toBe(false);
          ids.add(e.id);
          expect(e.mentions.length).toBeGreaterThan(0);
          for (const m of e.mentions)
            expect(text.slice(m.sentence.start, m.sentence.end)).toBe(m.sentence.text);
          expect(e.when.start <= e.when.end).toBe(true);
        }
      }),
      { numRuns: 60, seed: 7 },
    );
  });

  it('keeps quotations and first-person commentary out', () => {
    const text = '"We will fight on," said the commander. I think the attack was a mistake.';
    expect(extractEvents(article(text), [])).toEqual([]);
  });
});
