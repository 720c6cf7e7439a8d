import { describe, expect, it } from 'vitest';
import { joinedSpans } from '../../../src/events/anchoring/dateSpan.ts';
import { extractEvents } from '../../../src/events/extractEvents.ts';
import { tag } from '../../../src/temporal/tag.ts';

const eventsOf = (text: string, published: string) =>
  extractEvents({ id: 'a', title: 'a', source: 's', published, text }, tag(text, { reference: published }));

describe('joinedSpans (through extractEvents)', () => {
  it('dates a happening "between April and June" by the quarter, not by June', () => {
    const events = eventsOf('BP reported losses of $17bn between April and June.', '2010-07-27');
    expect(events).toHaveLength(1);
    expect(events[0]?.when).toMatchObject({ start: '2010-04-01', end: '2010-06-30', value: '2010-Q2' });
  });

  it('reads "from March to May last year" and "April-June" as spans, the first in the second\'s year', () => {
    const [from] = eventsOf('Cases rose from March to May last year.', '2010-07-27');
    expect(from?.when).toMatchObject({ start: '2009-03-01', end: '2009-05-31', value: '2009-03' });
    const [dash] = eventsOf('Sales fell in July-September 2009.', '2010-07-27');
    expect(dash?.when).toMatchObject({ start: '2009-07-01', end: '2009-09-30', value: '2009-Q3' });
  });

  it('dates an aggregate "between 1970 and 2000" by the span of years, not by its end', () => {
    const [spills] = eventsOf(
      'Officials recorded more than 7,000 spills between 1970 and 2000.',
      '2010-06-12',
    );
    expect(spills?.when).toMatchObject({ start: '1970-01-01', end: '2000-12-31', value: '1970' });
    const text = 'Between 2001 and 2005, he was in charge of the company.';
    expect(joinedSpans(text, tag(text, { reference: '2010-07-27' })).map((t) => t.text)).toEqual([
      '2001 and 2005',
    ]);
  });
});

describe('joinedSpans (negative cases)', () => {
  const spansOf = (text: string) =>
    joinedSpans(text, tag(text, { reference: '2010-07-27' })).map((t) => t.text);

  it('joins no days, no months a comparison sets apart, no months without "between" or "from", and no "until" a "when" clause follows', () => {
    expect(spansOf('He was held from May 3 to May 9.')).toEqual(['May 3', 'May 9']);
    expect(spansOf('Sales rose from 5% in April to 7% in June.')).toEqual(['April', 'June']);
    expect(spansOf('Talks held in April and June failed.')).toEqual(['April', 'June']);
    expect(spansOf('The army occupied the town from March until June, when it withdrew its troops.')).toEqual(
      ['March', 'June'],
    );
  });
});

describe('joinedSpans', () => {
  it('joins the bounds a "when" clause after "through" tells of', () => {
    const text = 'From April through June, when the stock was tanking, he bought shares.';
    expect(joinedSpans(text, tag(text, { reference: '2010-07-27' })).map((t) => t.text)).toEqual([
      'April through June',
    ]);
  });
});
