import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../src/events/extractEvents.ts';
import { article } from '../eventFixtures.ts';

const titles = (text: string, published: string) =>
  extractEvents(article(text, published), []).map((e) => e.title);

describe('joinedSaying (through extractEvents)', () => {
  it("titles another speaker's saying joined to the words said by 'and' on its own", () => {
    expect(
      titles('The committee said it was delighted and Gordon Brown called it "extraordinary".', '2010-01-15'),
    ).toContain('Gordon Brown called it extraordinary');
  });

  it('keeps the speaker of words said of two clauses, the second no saying', () => {
    expect(
      titles(
        'An activist told the BBC there were attacks every day and the regime is breaching the ceasefire.',
        '2012-04-25',
      ),
    ).toContain('An activist told the BBC the regime is breaching the ceasefire');
  });
});
