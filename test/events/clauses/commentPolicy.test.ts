import { describe, expect, it } from 'vitest';
import { commentPolicy } from '../../../src/events/clauses/commentPolicy.ts';
import { extractEvents } from '../../../src/events/extractEvents.ts';
import { tag } from '../../../src/temporal/tag.ts';

const REPORT =
  'Drug makers said on Monday they had started making a vaccine against the new H1N1 virus. (Reporting by Jane Doe; editing by John Roe) ';

describe('commentPolicy', () => {
  it("takes a site's policy line for its comments", () => {
    expect(
      commentPolicy(
        'We welcome comments that advance the story through relevant opinion, anecdotes, links and data.',
      ),
    ).toBe(true);
    expect(commentPolicy('Views expressed in the comments do not represent those of Reuters.')).toBe(true);
    expect(commentPolicy('The comments by the minister were welcomed on Monday.')).toBe(false);
  });

  it('ends the report: no event from the comments or the biography after it', () => {
    const text = `${REPORT}We welcome comments that advance the story through relevant opinion, anecdotes, links and data. Views expressed in the comments do not represent those of Reuters. Before arriving in New Delhi in 2012, he was based in Washington. The government closed all schools in Mexico City on Friday.`;
    const article = { id: 'a', title: 'Flu', published: '2009-05-04', source: 'reuters', text };
    const titles = extractEvents(article, tag(text, { reference: article.published })).map((e) => e.title);
    expect(titles.some((t) => /vaccine/.test(t))).toBe(true);
    expect(titles.some((t) => /Washington|schools/.test(t))).toBe(false);
  });
});
