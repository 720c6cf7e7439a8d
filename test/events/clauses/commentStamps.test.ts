import { describe, expect, it } from 'vitest';
import { commentStamp } from '../../../src/events/clauses/commentStamps.ts';
import { extractEvents } from '../../../src/events/extractEvents.ts';
import { tag } from '../../../src/temporal/tag.ts';

const titlesOf = (text: string, published = '2010-06-15') => {
  const article = { id: 'a', title: 'Blog', published, source: 'washingtonpost', text };
  return extractEvents(article, tag(text, { reference: published })).map((e) => e.title);
};

describe('commentStamp', () => {
  it("takes a blog post's signature past the page's start", () => {
    expect(
      commentStamp('By Ezra Klein | June 15, 2010; 11:35 AM ET Of course the spill will add.', false),
    ).toBe(true);
    expect(commentStamp("By Lisa Rein and Ed O'Keefe | November 15, 2010; 6:00 AM ET", false)).toBe(true);
    // At the page's start the same shape is the post's byline.
    expect(commentStamp('By Ezra Klein | June 15, 2010; 11:35 AM ET The Senate voted on Monday.', true)).toBe(
      false,
    );
  });

  it("takes readers' post stamps with a day, and the link to report abuse", () => {
    expect(commentStamp('Posted by Arthur Waskow, on July 21, 2010 4:21 PM', false)).toBe(true);
    expect(
      commentStamp('It has a beautiful square Posted by chibeetle 2 May 2012 Isla Holbox is far.', false),
    ).toBe(true);
    expect(commentStamp('Re: Posted by Jason-May 1st, 2009 -- 4:59 pm GMT I agree with you.', false)).toBe(
      true,
    );
    expect(commentStamp('Great piece. | Report abuse', false)).toBe(true);
  });

  it('leaves a byline in running text and a posting with no day', () => {
    expect(commentStamp('The video was posted by the group on its website on Monday.', false)).toBe(false);
    expect(commentStamp('The notice was posted by officials on June 3, 2010.', false)).toBe(false);
    expect(commentStamp('By Monday | the company said, 20 wells were capped.', false)).toBe(false);
  });
});

describe('the report ends at a post signature', () => {
  it('gives no event from the comments after the signature', () => {
    const text =
      'Senators questioned BP executives on Tuesday about the leak. By Ezra Klein | June 15, 2010; 11:35 AM ET Sarah Palin was interviewed by Katie Couric again on Monday. The plan is to dig another well.';
    const titles = titlesOf(text);
    expect(titles.some((t) => /questioned/.test(t))).toBe(true);
    expect(titles.some((t) => /Palin|well/.test(t))).toBe(false);
  });
});
