import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ExtractTrace, extractEvents } from '../../src/events/extractEvents.ts';
import type { Article } from '../../src/model/article.ts';
import { tag } from '../../src/temporal/tag.ts';
import { article, dayIn, monthIn } from './eventFixtures.ts';
import { goldenTimexes, readGoldenArticles } from './goldenPipeline.ts';

describe('extractEvents', () => {
  it('reports the words of a speaker set off by an aside before the saying', () => {
    const text =
      'A provincial official, who spoke on condition of anonymity, said 12 militants were killed in the clashes.';
    const titles = extractEvents(article(text, '2022-05-10'), tag(text, { reference: '2022-05-10' })).map(
      (e) => e.title,
    );
    expect(titles).toEqual(['A provincial official said 12 militants were killed in the clashes']);
  });

  it('reports the words after an aside on the speaker that holds a date of its own', () => {
    const text =
      "Alleyn's school, which closed after five pupils were diagnosed with swine flu on Monday, said it was rescheduling A-level exams for next week.";
    const events = extractEvents(article(text, '2009-05-01'), tag(text, { reference: '2009-05-01' }));
    const diagnosed = events.find((e) => e.mentions[0]?.trigger?.text === 'diagnosed');
    expect(diagnosed?.when.start).toBe('2009-04-27');
    const rescheduling = events.find((e) => e.mentions[0]?.trigger?.text === 'rescheduling');
    expect(rescheduling?.title).toBe("Alleyn's school said it was rescheduling A-level exams");
    expect(rescheduling?.when.value).toBe('2009-W19');
  });

  it("dates the happening inside a relative aside by the aside's date, the words after it read as reported", () => {
    const text =
      'Dr Smith, who worked in Iran after an earthquake struck the city of Bam in 2003, said Haiti was the worst disaster he had seen.';
    const events = extractEvents(article(text, '2010-01-20'), tag(text, { reference: '2010-01-20' }));
    const dated = events.filter((e) => e.when.value === '2003').map((e) => e.mentions[0]?.trigger?.text);
    expect(dated).toEqual(['struck']);
  });

  it('takes an undated act of reporting for an event, not for a frame of words said', () => {
    const text = 'Officials announced a curfew in Kunduz.';
    const [e] = extractEvents(article(text, '2021-08-27'), tag(text, { reference: '2021-08-27' }));
    expect(e?.title).toBe('Officials announced a curfew in Kunduz');
  });

  it("dates a story's first sentence by its own words, not by its dateline's day", () => {
    const text = 'KABUL, May 13 - Fighting broke out on Wednesday after talks collapsed in Panjshir.';
    const events = extractEvents(article(text, '2022-05-13'), tag(text, { reference: '2022-05-13' }));
    const fighting = events.find((e) => e.mentions[0]?.trigger?.text === 'broke out');
    expect(fighting?.title).toBe('Fighting broke out after talks collapsed in Panjshir');
    expect(fighting?.when).toMatchObject({ start: '2022-05-11', precision: 'day' });
  });

  it('keeps a whole sentence of who reacted, which no cut emptied', () => {
    const text = 'The talks ended without a deal. NATO warned on Friday.';
    const titles = extractEvents(article(text, '2010-05-01'), tag(text, { reference: '2010-05-01' })).map(
      (e) => e.title,
    );
    expect(titles).toContain('NATO warned');
  });

  it("takes no participle describing the noun of a verb's object for an undated sentence's happening", () => {
    const text =
      'Earlier the president described the scale of the devastation as extraordinary and the losses suffered as heartbreaking.';
    expect(extractEvents(article(text), []).map((e) => e.mentions[0]?.trigger?.text)).not.toContain(
      'suffered',
    );
    // (A verb of saying's noun may be the subject of the words said; a verb after a subordinator's clause is the clause's own.)
    const said = 'The boat crew said the man vanished in the storm.';
    expect(extractEvents(article(said), []).map((e) => e.mentions[0]?.trigger?.text)).toContain('vanished');
    const when = 'When they arrived at the surface, the boat crew yelled at them to get out of the water.';
    expect(extractEvents(article(when), []).map((e) => e.mentions[0]?.trigger?.text)).toContain('yelled');
  });

  it("reads a plural opening its sentence before 'of' as the subject's noun", () => {
    const text = 'Hopes of finding survivors in the rubble are fading.';
    expect(extractEvents(article(text), [])[0]?.title).toBe(
      'Hopes of finding survivors in the rubble are fading',
    );
  });

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

  it('keeps the dated clause before a coordinated clause that reports words', () => {
    const text =
      'Presidents Leonid Kuchma of Ukraine and Boris Yeltsin of Russia signed an economic cooperation plan Friday, and Yeltsin claimed they resolved even more nagging problems.';
    const events = extractEvents(article(text), tag(text, { reference: '2022-04-12' }));
    const signed = events.find((e) => e.mentions.some((m) => m.trigger?.text === 'signed'));
    expect(signed?.mentions[0]?.timex?.text).toBe('Friday');
    const claimed = events.find((e) => e.mentions.some((m) => m.trigger?.text === 'resolved'));
    expect(claimed?.title).toBe('Yeltsin claimed they resolved even more nagging problems');
    expect(claimed?.mentions[0]?.timex).toBeUndefined();
  });

  it('keeps the dated clause before a relative clause that reports words', () => {
    const text =
      'Earlier this year, DPC Acquisition made a $15-a-share offer for Dataproducts, which the Dataproducts board said it rejected because the offer was not fully financed.';
    const events = extractEvents(article(text), tag(text, { reference: '2022-04-12' }));
    const dated = events.flatMap((e) => e.mentions.filter((m) => m.timex).map((m) => m.trigger?.text));
    expect(dated).toContain('made');
    expect(dated).not.toContain('said');
  });

  it('dates the verb of an opening clause of time, not the saying after it', () => {
    const text =
      'Since the INS decision was announced Wednesday, they have said they will appeal the decision.';
    const events = extractEvents(article(text), tag(text, { reference: '2022-04-12' }));
    const dated = events.flatMap((e) => e.mentions.map((m) => `${m.trigger?.text}@${m.timex?.text}`));
    expect(dated).toEqual(['announced@Wednesday']);
  });

  it('traces the sentences it skips and the drafts it makes, when asked', () => {
    const text = '“We hope for peace,” said Raziq. Police arrested five protesters in Herat on Monday.';
    const trace: ExtractTrace = { skipped: [], drafts: [], dropped: [], anchors: [] };
    const events = extractEvents(article(text), tag(text, { reference: '2022-04-12' }), trace);
    expect(trace.skipped).toEqual([{ start: 0, end: 32, reason: 'a quotation' }]);
    expect(trace.anchors.map((t) => t.text)).toEqual(['Monday']);
    expect(trace.drafts.map((d) => d.id)).toEqual(events.map((e) => e.id));
    expect(trace.dropped).toEqual([]);
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

  it('marks a dated plan as planned, its title cut from the sentence', () => {
    const text = 'Mr Cameron will visit the US on 20 July.';
    const [e] = extractEvents(article(text, '2010-07-12'), [dayIn(text, '20 July', '2010-07-20')]);
    expect(e).toMatchObject({
      status: 'planned',
      title: 'Mr Cameron will visit the US',
      when: { start: '2010-07-20' },
    });
  });

  it('marks what is dated after publication as planned, whatever the wording', () => {
    const text = 'Talks between the Taliban and the resistance front in Doha next week.';
    const [e] = extractEvents(article(text), [
      {
        ...dayIn(text, 'next week', '2022-W16'),
        precision: 'week',
        range: { start: '2022-04-18', end: '2022-04-24' },
      },
    ]);
    expect(e).toMatchObject({ type: 'meeting', status: 'planned', when: { start: '2022-04-18' } });
  });

  it('does not take the report of words dated after publication for a plan: "said" is past', () => {
    const text = 'The ministry said on Friday that troops will leave Herat.';
    const events = extractEvents(article(text), [dayIn(text, 'Friday', '2022-04-15')]);
    expect(events.map((e) => [e.type, e.status])).toEqual([['statement', undefined]]);
  });

  it('keeps the statement of a plan as a happening and drops the undated plan it reports', () => {
    const text = 'The ministry said on Monday it would send troops to Herat.';
    const events = extractEvents(article(text), [dayIn(text, 'Monday', '2022-04-11')]);
    expect(events.map((e) => [e.type, e.status])).toEqual([['statement', undefined]]);
  });

  it('drops hypotheticals and undated plans, not a dated happening that mentions May', () => {
    const text =
      'Syria could face sanctions. The army will attack the town. On May 10, suicide bombings killed 55 people in Damascus.';
    const events = extractEvents(
      article(text),
      [dayIn(text, 'May 10', '2022-05-10')].map((t) => ({
        ...t,
        range: { start: '2022-03-10', end: '2022-03-10' },
      })),
    );
    expect(events.map((e) => e.title)).toEqual(['Suicide bombings killed 55 people in Damascus']);
    expect(events[0]!.status).toBeUndefined();
  });

  it('places undated news near publication, and leaves out undated background', () => {
    const text =
      'Police arrested five protesters in Herat. Shops stayed shut. Roads were quiet. ' +
      'The protests erupted in March 2011. Security forces detained their leaders. Ministers condemned the arrests.';
    const events = extractEvents(article(text), [monthIn(text, 'March 2011', '2011-03')]);
    const arrest = events.find((e) => e.title.startsWith('Police'))!;
    expect(arrest.when).toMatchObject({ precision: 'day', mod: 'ON_OR_BEFORE', start: '2022-03-13' });
    // Words said are the news of the day, wherever they stand.
    expect(events.find((e) => e.type === 'statement')!.when).toMatchObject({
      precision: 'day',
      mod: 'ON_OR_BEFORE',
    });
    // Background after the lead, with no date of its own: no time a reader could place it at.
    expect(events.find((e) => e.title.startsWith('Security forces'))).toBeUndefined();
    expect(events.find((e) => e.title.startsWith('The protests erupted'))?.when.start).toBe('2011-03-01');
  });
});

describe('extractEvents, undated news', () => {
  it('drafts no event of an action going on, and lets the sentences after it in the lead tell the news', () => {
    const text =
      'It is a grim day in Syria. The mood is grim. Government forces are continuing a fierce assault on rebels in Homs. ' +
      'Troops shelled the Baba Amr district.';
    const titles = extractEvents(article(text), tag(text, { reference: '2022-04-12' })).map((e) => e.title);
    expect(titles.some((t) => t.includes('continuing'))).toBe(false);
    expect(titles).toContain('Troops shelled the Baba Amr district');
  });

  it('tells the happening after an opening time clause, not the scene the clause sets', () => {
    const text =
      'Annan met Assad in Damascus. As the ceasefire deadline approached, the violence continued unabated in Homs.';
    const titles = extractEvents(article(text), tag(text, { reference: '2022-04-12' })).map((e) => e.title);
    expect(titles).toContain('The violence continued unabated in Homs');
    expect(titles).not.toContain('The ceasefire deadline approached');
  });
});

describe("extractEvents and readers' comments", () => {
  it('ends the article at the comment form or a comment time stamp', () => {
    const text =
      'Police arrested five protesters in Herat. Sign in with your BBC iD, or Register to comment and rate comments. ' +
      '24th February 2012 - 16:57 Rebels attacked a convoy in Homs.';
    expect(extractEvents(article(text), []).map((e) => e.title)).toEqual([
      'Police arrested five protesters in Herat',
    ]);
  });

  it('takes nothing from the comments under a post', () => {
    const text =
      'Police arrested five protesters in Herat. At 15:40 20th Jan 2012, BluesBerry wrote: Rebels attacked a convoy in Homs. Troops shelled the town.';
    const titles = extractEvents(article(text), []).map((e) => e.title);
    expect(titles).toEqual(['Police arrested five protesters in Herat']);
  });

  it("takes nothing after a blog comment's signature", () => {
    const text =
      'Police arrested five protesters in Herat. Rebels attacked a convoy. Posted by: rallyart2012 | April 30, 2010 12:27 PM | Report abuse Troops shelled the town.';
    const titles = extractEvents(article(text), []).map((e) => e.title);
    expect(titles).not.toContain('Troops shelled the town');
  });

  it('takes nothing from a page, or the end of a page, ingest recorded as no report', () => {
    const text =
      'Police arrested five protesters in Herat on Monday. Rebels attacked a convoy in Kunduz on Tuesday.';
    const timexes = tag(text, { reference: '2022-04-13' });
    const titles = (a: Article, trace?: ExtractTrace) => extractEvents(a, timexes, trace).map((e) => e.title);
    expect(titles(article(text))).toHaveLength(2);
    // The verdict is read from the article, not judged again here (src/ingest/nonReportPages.ts judges it).
    const listing: Article = { ...article(text), nonReport: { from: 0, reason: 'running order' } };
    const trace: ExtractTrace = { skipped: [], drafts: [], dropped: [], anchors: [] };
    expect(titles(listing, trace)).toEqual([]);
    expect(trace.skipped.some((s) => s.reason === 'running order')).toBe(true);
    const tail: Article = {
      ...article(text),
      nonReport: { from: text.indexOf('Rebels'), reason: "readers' posts" },
    };
    expect(titles(tail)).toEqual([titles(article(text))[0]]);
  });

  it('takes a standing fact in the present passive for no happening', () => {
    expect(extractEvents(article('Syria is ruled by the Baath party.'), [])).toEqual([]);
    expect(extractEvents(article('Syria was ruled by the Baath party.'), []).length).toBe(1);
  });
});
