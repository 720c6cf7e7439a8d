import { describe, expect, it } from 'vitest';
import { sayingInAside } from '../../../src/events/anchoring/reportedEvents.ts';
import { findReportFrame } from '../../../src/events/clauses/findReportFrame.ts';
import { extractEvents } from '../../../src/events/extractEvents.ts';
import { tag } from '../../../src/temporal/tag.ts';
import { article, dayIn, monthIn, yesterday } from '../eventFixtures.ts';

describe('reportedEvents (through extractEvents)', () => {
  it('titles a gerund inside the words said by the words as written, its subject kept', () => {
    const text = 'A spokesman said there was nothing untoward about assisting the effort.';
    const titles = extractEvents(article(text, '2010-01-15'), tag(text, { reference: '2010-01-15' })).map(
      (e) => e.title,
    );
    expect(titles).toContain('A spokesman said there was nothing untoward about assisting the effort');
    // (So is a participle: "… worse than previously estimated".)
    const said = 'A panel of US scientists said the oil leak was much worse than previously estimated.';
    expect(extractEvents(article(said, '2010-05-28'), []).map((e) => e.title)).toContain(
      'A panel of US scientists said the oil leak was much worse than previously estimated',
    );
  });

  it('keeps whom a verb of telling told the words, named right after it without "that"', () => {
    const text =
      'The White House has warned BP it faces many billions of dollars in fines for the Gulf of Mexico oil spill disaster.';
    expect(extractEvents(article(text, '2010-06-07'), []).map((e) => e.title)).toContain(
      'The White House has warned BP it faces many billions of dollars in fines for the Gulf of Mexico oil spill disaster',
    );
  });

  it("keeps the speaker of words a saying's 'that' opens after its addressee, and of a 'when' inside them", () => {
    const titles = (text: string, published: string) =>
      extractEvents(
        { id: 'a', title: 'a', source: 's', published, text },
        tag(text, { reference: published }),
      ).map((e) => e.title);
    expect(
      titles(
        'An activist in Houla told the Associated Press news agency that troops began the assault on Houla on Friday.',
        '2012-05-27',
      ),
    ).toContain(
      'An activist in Houla told the Associated Press news agency troops began the assault on Houla',
    );
    expect(
      titles(
        'Activists said a number of people died when security forces opened fire on a demonstration after Friday prayers.',
        '2012-06-23',
      ),
    ).toContain('Activists said security forces opened fire on a demonstration');
  });

  it('keeps the saying of a narrated clause that has its own speaker', () => {
    const text =
      'Syrian officials told the Red Cross that Baba Amr had to be cleared of booby traps, but activists said troops were carrying out reprisal attacks.';
    const titles = extractEvents(
      { id: 'a', title: 'a', source: 's', published: '2012-03-04', text },
      tag(text, { reference: '2012-03-04' }),
    ).map((e) => e.title);
    expect(titles).toContain('Activists said troops were carrying out reprisal attacks');
  });

  it('titles a happening said to be there with its speaker, and past the phrase that holds it', () => {
    const titles = (text: string) =>
      extractEvents(
        { id: 'a', title: 'a', source: 's', published: '2012-06-04', text },
        tag(text, { reference: '2012-06-04' }),
      ).map((e) => e.title);
    expect(
      titles('Spokesman Jihad Makdissi said there was a clash in the area on Friday afternoon.'),
    ).toContain('Spokesman Jihad Makdissi said there was a clash in the area');
    expect(
      titles(
        'The head of the group told AFP that there had been a sharp increase in the number of clashes over the weekend.',
      ),
    ).toContainEqual(
      expect.stringMatching(
        /^The head of the group told AFP there had been a sharp increase in the number of clashes/,
      ),
    );
  });

  it('dates the saying by a day in the words that dates none of their happenings', () => {
    const text = 'Albright announced on Monday to offer a reward for information on the bombers.';
    const events = extractEvents(article(text), [yesterday(text, 'Monday')]);
    const statement = events.find((e) => e.type === 'statement');
    expect(statement?.when.start).toBe('2022-04-11');
    expect(statement?.mentions[0]?.trigger?.text).toBe('announced');
  });

  it('leaves a period the words report on to them, not to the saying', () => {
    const text = 'RMS said it had a loss of $158,666 in March, compared with a year-earlier loss.';
    const events = extractEvents(article(text), [monthIn(text, 'March', '2022-03')]);
    expect(events.some((e) => e.mentions.some((m) => m.trigger?.text === 'said' && m.timex))).toBe(false);
  });

  it('dates a relative clause about the speaker by its date, and not the saying', () => {
    const text =
      'Exxon Mobil, which suffered a spill off Alaska in March, told the commission that its investments were small.';
    const events = extractEvents(article(text), [monthIn(text, 'March', '2022-03')]);
    const dated = events.flatMap((e) => e.mentions.filter((m) => m.timex).map((m) => m.trigger?.text));
    expect(dated).toContain('suffered');
    expect(dated).not.toContain('told');
    const spill = events.find((e) => e.mentions.some((m) => m.trigger?.text === 'suffered'));
    expect(spill?.title).toBe('Exxon Mobil suffered a spill off Alaska');
    expect(spill?.when.start).toBe('2022-03-01');
  });

  it('dates a clause inside the relative clause about the speaker by its date, and not the saying', () => {
    const text =
      'The minister, who resigned after protesters were killed on Monday, said that the army had withdrawn.';
    const events = extractEvents(article(text), [yesterday(text, 'Monday')]);
    const dated = events.flatMap((e) => e.mentions.filter((m) => m.timex).map((m) => m.trigger?.text));
    expect(dated).toContain('killed');
    expect(dated).not.toContain('said');
  });

  it('leaves the date to a saying the relative clause runs on to without a comma', () => {
    const text =
      "It was BP's head, who caused cringes on Monday when he said that he wished the crisis would end.";
    const events = extractEvents(article(text), [yesterday(text, 'Monday')]);
    const said = events.find((e) => e.mentions.some((m) => m.trigger?.text === 'said'));
    expect(said?.when.start).toBe('2022-04-11');
  });

  it('dates the saying by a day right after it, wherever the frame ends', () => {
    const text =
      'The United States had the right to act, New Zealand said Monday in response to missile attacks.';
    const events = extractEvents(article(text), [yesterday(text, 'Monday')]);
    const dated = events.flatMap((e) => e.mentions.filter((m) => m.timex).map((m) => m.trigger?.text));
    expect(dated).toEqual(['said']);
  });

  it('titles a verb coordinated with the saying by its own subject, not by the saying over it', () => {
    const text = 'Mr Ban said the violence was claiming lives every day and appealed to Mr Assad to act.';
    const titles = extractEvents(article(text), []).map((e) => e.title);
    expect(titles).toContain('Mr Ban appealed to Mr Assad to act');
    expect(titles.some((t) => /said appealed/.test(t))).toBe(false);
  });

  it('keeps "as saying" between the source and the words it quotes', () => {
    const text = 'Reuters on Monday quoted residents as saying that tanks had entered the city.';
    const events = extractEvents(article(text), [yesterday(text, 'Monday')]);
    expect(events.map((e) => e.title)).toContain(
      'Reuters quoted residents as saying tanks had entered the city',
    );
  });

  it('dates no verb of the words told as past by a day after publication', () => {
    const text = 'Compaq, which said it discovered the bugs, still plans to announce new products on Nov. 6.';
    const events = extractEvents(article(text), [dayIn(text, 'Nov. 6', '2022-11-06')]);
    const dated = events.flatMap((e) => e.mentions.filter((m) => m.timex).map((m) => m.trigger?.text));
    expect(dated).not.toContain('discovered');
  });
});

describe('sayingInAside', () => {
  it('takes a saying in a relative clause on the subject for an aside, not the sentence’s frame', () => {
    const text =
      'Compaq, which said it discovered the bugs, still plans to announce new 486 products on Nov. 6.';
    const [e] = extractEvents(article(text, '1989-10-30'), [dayIn(text, 'Nov. 6', '1989-11-06')]);
    expect(e?.mentions[0]?.trigger?.text).toBe('announce');
    expect(e?.when.start).toBe('1989-11-06');
    // A main verb that says again keeps the frame: the words said are the news.
    const twice =
      'The firm, which said over the weekend that Mr Hayward had the board’s support, added that decisions would follow.';
    const frame = findReportFrame(twice)!;
    expect(sayingInAside(twice, frame)).toBe(false);
  });
});

describe('reportedEvents: a long speaker', () => {
  it("leaves out a relative clause after the saying's agent and keeps the words said", () => {
    const text =
      'The BBC has been told by a well-placed source who did not wish to be named that smuggling routes through Iraq have been used since last autumn to ferry money to rebels.';
    const titles = extractEvents(article(text, '2012-02-10'), tag(text, { reference: '2012-02-10' })).map(
      (e) => e.title,
    );
    expect(titles).toContain(
      'The BBC has been told by a well-placed source smuggling routes through Iraq have been used to ferry money to rebels',
    );
  });
});
