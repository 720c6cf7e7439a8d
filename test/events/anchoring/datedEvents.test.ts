import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../src/events/extractEvents.ts';
import { tag } from '../../../src/temporal/tag.ts';
import { article, dayIn, monthIn, yesterday } from '../eventFixtures.ts';

describe('datedEvents (through extractEvents)', () => {
  it("dates a relative clause's verb by a date inside that clause, not a noun outside it", () => {
    const text =
      "Canada's defense minister Peter MacKay demanded an apology from the presenter before attending a repatriation ceremony for Canadian troops who were killed in Afghanistan last Friday.";
    const events = extractEvents(
      { id: 'a', title: 'a', source: 's', published: '2009-04-02', text },
      tag(text, { reference: '2009-04-02' }),
    );
    // (The main clause's demand is told undated, in the days before publication: the date is the
    // relative clause's.)
    const dated = events
      .filter((e) => e.mentions[0]?.timex)
      .map((e) => `${e.mentions[0]?.trigger?.text}@${e.mentions[0]?.timex?.text}`);
    expect(dated).toEqual(['killed@last Friday']);
    expect(events.find((e) => e.mentions[0]?.timex)?.title).toBe(
      'Canadian troops were killed in Afghanistan',
    );
  });

  it("leaves a date past the relative clause's comma to the main clause", () => {
    const text =
      "U.S. District Court Judge Martin Feldman, who blocked the Obama administration's six-month moratorium on deepwater drilling, on Tuesday sold his holdings in Exxon Mobil Corp.";
    const events = extractEvents(
      { id: 'a', title: 'a', source: 's', published: '2010-06-24', text },
      tag(text, { reference: '2010-06-24' }),
    );
    const dated = events.map((e) => `${e.mentions[0]?.trigger?.text}@${e.mentions[0]?.timex?.text}`);
    expect(dated).toEqual(['sold@Tuesday']);
  });

  it('dates the verb an infinitive hangs on rather than the merely possible infinitive', () => {
    const text = 'Treasurer Peter Costello and two other ministers all voted to support the republic Monday.';
    const events = extractEvents(article(text), [yesterday(text, 'Monday')]);
    expect(events).toHaveLength(1);
    expect(events[0]!.when.start).toBe('2022-04-11');
    expect(events[0]!.mentions[0]!.trigger?.text).toBe('voted');
  });

  it('hands the date of a dropped infinitive to the verb it hangs on', () => {
    const text =
      "Du Pont's stock rose $2.50 a share to close at $117.375 in New York Stock Exchange composite trading yesterday.";
    const [e] = extractEvents(article(text), [yesterday(text, 'yesterday')]);
    expect(e?.when.start).toBe('2022-04-11');
    expect(e?.mentions[0]?.trigger?.text).toBe('rose');
  });

  it('lets the date of the clause take the verb before a date inside a noun phrase', () => {
    const text = "Kopp's 1987 Chevrolet Cavalier was discovered last month at Newark airport.";
    const events = extractEvents(article(text), [
      monthIn(text, '1987', '1987-01'),
      monthIn(text, 'last month', '2022-03'),
    ]);
    const dated = events.flatMap((e) => e.mentions.map((m) => `${m.trigger?.text}@${m.timex?.text}`));
    expect(dated).toContain('discovered@last month');
    // "A week ago today": a date before another is no noun's modifier.
    const week = 'A week ago today, a group of armed men went about their business.';
    const [e] = extractEvents(article(week), [
      dayIn(week, 'A week ago', '2022-04-05'),
      dayIn(week, 'today', '2022-04-12'),
    ]);
    expect(e?.when.start).toBe('2022-04-05');
  });

  it('lets a date in an opening phrase with its comma frame the clause before a later date', () => {
    const text =
      'In the 1918 pandemic, the first wave was mild, but by fall, the second wave killed many people.';
    const events = extractEvents(article(text), [
      monthIn(text, '1918', '1918-01'),
      monthIn(text, 'fall', '2021-09'),
    ]);
    const killed = events.find((e) => e.mentions.some((m) => m.trigger?.text === 'killed'));
    expect(killed?.when.start).toBe('1918-01-01');
  });

  it('takes "$806m a year earlier" for the figure compared with, not the clause’s time', () => {
    const text = 'Second-quarter net profit fell to $715m from $806m a year earlier.';
    const events = extractEvents(article(text), [
      monthIn(text, 'Second-quarter', '2022-04'),
      monthIn(text, 'a year earlier', '2021-04'),
    ]);
    expect(events[0]?.when.start).toBe('2022-04-01');
  });

  it('leaves a coordinated verb with a date of its own to that date', () => {
    const text =
      'The league deployed an observer mission to Syria in December but suspended it in late January.';
    const events = extractEvents(article(text), [
      monthIn(text, 'December', '2021-12'),
      monthIn(text, 'late January', '2022-01'),
    ]);
    const dated = events.flatMap((e) => e.mentions.map((m) => `${m.trigger?.text}@${m.timex?.text}`));
    expect(dated).toContain('suspended@late January');
    expect(dated).not.toContain('suspended@December');
  });

  it('adds an event noun the date stands right after or modifies as a further word of the happening', () => {
    const text = 'Weisfield shares soared on the announcement yesterday, closing up $11.';
    const [e] = extractEvents(article(text), [yesterday(text, 'yesterday')]);
    const words = e?.mentions.map((m) => m.trigger?.text);
    expect(words).toContain('soared');
    expect(words).toContain('announcement');
    // A noun that names no happening is no further word: "U.S. immigration officials Wednesday".
    const other =
      'Miami officials warned U.S. immigration officials Wednesday that they should expect little help.';
    const [f] = extractEvents(article(other), [yesterday(other, 'Wednesday')]);
    expect(f?.mentions.map((m) => m.trigger?.text)).not.toContain('officials');
  });

  it('lets a date take over a trigger another date took only as a further word of its event', () => {
    const text =
      'Ogden Projects, whose shares began trading on the New York Stock Exchange in August, closed yesterday at $26.875.';
    const events = extractEvents(article(text), [
      monthIn(text, 'August', '2021-08'),
      yesterday(text, 'yesterday'),
    ]);
    const dated = events.flatMap((e) => e.mentions.map((m) => `${m.trigger?.text}@${m.timex?.text}`));
    expect(dated).toContain('closed@yesterday');
    expect(dated).not.toContain('closed@August');
  });

  it('passes over an event noun whose title would say nothing to the next candidate', () => {
    // "His speech" alone would be dropped as an empty dated title; the date goes on to the verb.
    const text = 'During his speech Wednesday night, Castro expressed irritation at the delay.';
    const [e] = extractEvents(article(text), [yesterday(text, 'Wednesday night')]);
    expect(e?.when.start).toBe('2022-04-11');
    expect(e?.title).toMatch(/^Castro expressed irritation/);
    expect(e?.mentions.map((m) => m.trigger?.text)).toContain('expressed');
  });

  it('hands on no date that stands inside the phrase of an event noun', () => {
    // "The Sept. 11, 2001, terrorist attacks" would say nothing, but the date is the attacks', not the fund's.
    const text = 'Feinberg administered a similar fund for victims of the Sept. 11, 2001, terrorist attacks.';
    const events = extractEvents(article(text), [dayIn(text, 'Sept. 11, 2001', '2001-09-11')]);
    expect(events.some((e) => e.when.start === '2001-09-11' && /administered/.test(e.title))).toBe(false);
  });

  it("titles a dated event noun by the past verb of its time whose clause holds it, not by a later verb's", () => {
    const text = 'The Baath Party came to power in a military coup in 1962.';
    const [e] = extractEvents(article(text), tag(text, { reference: '2012-02-15' }));
    expect(e?.title).toBe('The Baath Party came to power in a military coup');
    // "surpassed" tells of a later time than the 1989 disaster; its noun keeps its own phrase.
    const later =
      'The Gulf of Mexico leak has surpassed the 1989 Exxon Valdez disaster as the worst oil spill.';
    const events = extractEvents(article(later), tag(later, { reference: '2010-06-01' }));
    expect(events.some((x) => /surpassed/.test(x.title) && x.when.start.startsWith('1989'))).toBe(false);
  });

  it("keeps a name's capital after the words a closing saying says", () => {
    const text =
      'Swine flu may be more infectious than so far appears, the chief medical officer, Sir Liam Donaldson, warned on Thursday.';
    const events = extractEvents(article(text, '2009-05-01'), tag(text, { reference: '2009-05-01' }));
    expect(events.map((e) => e.title)).toContain(
      'Swine flu may be more infectious than so far appears, Sir Liam Donaldson warned',
    );
  });

  it('keeps the case the sentence writes a speaker in after the words before it', () => {
    const text =
      'When he and other company industry heads testified before the Senate about the disaster on Tuesday, President Obama described the hearing as a ridiculous spectacle.';
    const titles = extractEvents(article(text, '2010-05-12'), tag(text, { reference: '2010-05-12' })).map(
      (e) => e.title,
    );
    expect(titles.some((t) => t.includes(', President Obama described the hearing'))).toBe(true);
  });
});
