import { describe, expect, it } from 'vitest';
import { postStamps } from '../../../src/events/nlp/postStamp.ts';
import { segmentSentences } from '../../../src/events/nlp/segmentSentences.ts';

const POST =
  'Susan Watts | 18:00 UK time, Saturday, 25 April 2009 Experts are clearly concerned about the new virus which the World Health Organisation warned today has the potential to cause a pandemic. The virus has killed at least 60 people in Mexico.';

describe('postStamps', () => {
  it('finds a blog post’s byline and stamp before its first sentence', () => {
    const [stamp] = postStamps(POST, 0, POST.length);
    expect(POST.slice(stamp!.start, stamp!.end).trim()).toBe(
      'Susan Watts | 18:00 UK time, Saturday, 25 April 2009',
    );
  });

  it('finds a later post’s stamp after the post before it', () => {
    const page = `${POST} Fergus Walsh | 08:17 UK time, Tuesday, 30 June 2009 I've been investigating news from Denmark.`;
    expect(postStamps(page, 0, page.length)).toHaveLength(2);
  });

  it('takes no bar inside a sentence, nor a bare date', () => {
    const text = 'Shares rose 3% | 18:00 UK time, Saturday, 25 April 2009 Experts said.';
    expect(postStamps(text, 0, text.length)).toHaveLength(0);
    const plain = 'On Saturday, 25 April 2009 the WHO met.';
    expect(postStamps(plain, 0, plain.length)).toHaveLength(0);
  });
});

describe('segmentSentences with a post stamp', () => {
  it('keeps the stamp apart as a heading, out of the first sentence', () => {
    const s = segmentSentences(POST);
    expect(s[0]).toMatchObject({
      text: 'Susan Watts | 18:00 UK time, Saturday, 25 April 2009',
      heading: true,
    });
    expect(s[1]!.text).toMatch(/^Experts are clearly/);
    expect(s[1]!.heading).toBe(false);
  });

  it('keeps a later post’s stamp apart too', () => {
    const page = `${POST} Fergus Walsh | 08:17 UK time, Tuesday, 30 June 2009 I've been investigating news from Denmark.`;
    const texts = segmentSentences(page).map((s) => [s.text, s.heading]);
    expect(texts).toContainEqual(['Fergus Walsh | 08:17 UK time, Tuesday, 30 June 2009', true]);
    expect(texts).toContainEqual(["I've been investigating news from Denmark.", false]);
  });
});
