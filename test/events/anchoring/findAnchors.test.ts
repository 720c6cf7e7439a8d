import { describe, expect, it } from 'vitest';
import { anchorTime, findAnchors, governingAnchors } from '../../../src/events/anchoring/findAnchors.ts';
import { findReportFrame, quotedRanges } from '../../../src/events/clauses/findReportFrame.ts';
import { extractEvents } from '../../../src/events/extractEvents.ts';
import { tag } from '../../../src/temporal/tag.ts';
import { article, dayIn, monthIn, yesterday } from '../eventFixtures.ts';

describe('findAnchors (through extractEvents)', () => {
  it('never places a past happening after publication when the date was mis-resolved forward', () => {
    const text = 'Government forces attacked the town of Tagab on Thursday.';
    const thursday = dayIn(text, 'Thursday', '2022-04-14');
    const [e] = extractEvents(article(text), [thursday]);
    expect(e!.when.end <= '2022-04-12').toBe(true);
    expect(e!.when.mod).toBe('ON_OR_BEFORE');
  });

  it('dates a plan by a day after publication, marked planned, but no past verb by it', () => {
    const text = 'The team planned to leave Nairobi on Thursday for Dar es Salaam.';
    const [e] = extractEvents(article(text), [dayIn(text, 'Thursday', '2022-04-14')]);
    expect(e!.when.start).toBe('2022-04-14');
    expect(e!.status).toBe('planned');
    expect(e!.mentions[0]!.trigger?.text).toBe('leave');
    const extended = 'The company extended its offer to Thursday.';
    const [x] = extractEvents(article(extended), [dayIn(extended, 'Thursday', '2022-04-14')]);
    expect(x!.when.end <= '2022-04-12').toBe(true);
  });

  it('dates by a coming day a happening a past verb has as its object: a plan', () => {
    const text = 'The attorney has scheduled a news conference Thursday to announce a major development.';
    const [e] = extractEvents(article(text), [dayIn(text, 'Thursday', '2022-04-14')]);
    expect(e!.when.start).toBe('2022-04-14');
    expect(e!.status).toBe('planned');
    // Not past a preposition: "died since the start of the protests in March" is no plan.
    const died = 'More than 3,500 people have died since the start of the protests on Thursday.';
    const [d] = extractEvents(article(died), [dayIn(died, 'Thursday', '2022-04-14')]);
    expect(d?.when.start === '2022-04-14').toBe(false);
  });

  it('dates a state by the day "As of" opens the sentence with, but no comparison "as of" inside it', () => {
    const text = 'As of Wednesday, 407 oil exposure complaints had been reported to poison control centers.';
    const [e] = extractEvents(article(text), [yesterday(text, 'Wednesday')]);
    expect(e?.when.start).toBe('2022-04-11');
    const inside = 'Shares were down 6% as of Friday, compared with 5.9% for the average.';
    const s = {
      index: 0,
      paragraph: 0,
      start: 0,
      end: inside.length,
      text: inside,
      heading: false,
      tokens: [],
    };
    const found = findAnchors(article(inside), s, [yesterday(inside, 'Friday')], []);
    expect(found).toHaveLength(0);
  });

  it('takes no later month for a verb told as past after it, nor a reader comment stamp', () => {
    const text = 'In May, the EU imposed sanctions on the general.';
    const [e] = extractEvents(article(text), [monthIn(text, 'May', '2022-05')]);
    expect(e!.when.end <= '2022-04-12').toBe(true);
    const perfect = 'By mid-May, the death toll had reached 1,000.';
    const [p] = extractEvents(article(perfect), [monthIn(perfect, 'mid-May', '2022-05')]);
    expect(p?.status).toBeUndefined();
    const comment = '14th April 2022 - 11:12 The rebels will surely attack the town of Tagab.';
    const stamp = { ...dayIn(comment, '14th April 2022 - 11:12', '2022-04-14'), precision: 'time' as const };
    expect(extractEvents(article(comment), [stamp]).some((x) => x.when.start === '2022-04-14')).toBe(false);
  });

  it('takes no yearless plan years ahead, a misreading, but a plan with its year written', () => {
    const text = '17 Mar - 27 people die in explosions in Damascus.';
    const misread = { ...monthIn(text, 'Mar - 27', '2027-03'), precision: 'month' as const };
    const s = { index: 0, paragraph: 0, start: 0, end: text.length, text, heading: false, tokens: [] };
    expect(findAnchors(article(text), s, [misread], [])).toEqual([]);
    const plan = 'The restriction expires in June 2025.';
    const june = monthIn(plan, 'June 2025', '2025-06');
    const p = { ...s, end: plan.length, text: plan };
    expect(findAnchors(article(plan), p, [june], [])).toEqual([june]);
  });

  it('dates a clause whose quantity, not date, is compared', () => {
    const text = 'She took the stand for more than four hours Monday in a Tel Aviv court.';
    const [e] = extractEvents(article(text), [yesterday(text, 'Monday')]);
    expect(e!.when.start).toBe('2022-04-11');
    const from = 'Visitors rose from fewer than 100,000 in March.';
    const [f] = extractEvents(article(from), [monthIn(from, 'March', '2022-03')]);
    expect(f!.when.mod).toBe('ON_OR_BEFORE');
  });

  it('keeps a span\'s first bound after a compared quantity and its noun ("more than 7,000 spills between 1970")', () => {
    const text = 'Officials recorded more than 7,000 spills between 1970 and 2000.';
    const s = { index: 0, paragraph: 0, start: 0, end: text.length, text, heading: false, tokens: [] };
    const found = findAnchors(article(text), s, tag(text, { reference: '2022-04-12' }), []);
    expect(found.map((t) => t.text)).toEqual(['1970', '2000']);
  });

  it('does not date a clause by a figure it is compared with', () => {
    const text = 'Rebels attacked the army base, up from 20 raids in March.';
    const march = monthIn(text, 'March', '2022-03');
    const [e] = extractEvents(article(text), [march]);
    expect(e!.when.mod).toBe('ON_OR_BEFORE');
  });
});

describe('findAnchors, governingAnchors, anchorTime', () => {
  const text = 'Police said on Monday that "since March" fighting had stopped, up from 20 in March.';
  const s = { index: 0, paragraph: 0, start: 0, end: text.length, text, heading: false, tokens: [] };
  const monday = { ...yesterday(text, 'Monday') };
  const quotedMarch = monthIn(text, 'March', '2022-03');
  const lastMarch = monthIn(text, 'March', '2022-03', text.lastIndexOf('March'));

  it('drops the date of a figure a comparison opens, not a bare number nor a when-clause date', () => {
    const anchorsOf = (line: string, date: string) => {
      const t = monthIn(line, date, '2021-04');
      const at = { ...s, end: line.length, text: line };
      return findAnchors(article(line), at, [t], []).length;
    };
    expect(
      anchorsOf(
        'Net rose to $108.8 million, or $1.35 a share, from $90.5 million, or $1.12 a share, a year ago.',
        'a year ago',
      ),
    ).toBe(0);
    expect(
      anchorsOf(
        'It had a loss of $46.9 million, compared with a restated loss of $9 million a year ago.',
        'a year ago',
      ),
    ).toBe(0);
    expect(
      anchorsOf(
        'About 24 percent of the waters are closed, down from a peak of about 37 percent in early June.',
        'early June',
      ),
    ).toBe(0);
    // Words naming what the figure counts, after "down from" or "compared with".
    expect(anchorsOf('Some 38 percent approve, down from 44 percent approval in mid-May.', 'mid-May')).toBe(
      0,
    );
    expect(
      anchorsOf(
        'Sales rose 5%, compared with $2 billion of sales in the fourth quarter.',
        'the fourth quarter',
      ),
    ).toBe(0);
    // A bare "from" may give a source; another phrase after the figure is no count of it.
    expect(anchorsOf('Fishing bans were lifted from 40 percent of the Gulf in June.', 'June')).toBe(1);
    expect(anchorsOf('Unemployment was down from 9 percent to 8 percent in June.', 'June')).toBe(1);
    // A bare number names no figure of a past period: the date dates the clause.
    expect(anchorsOf('The WHO raised its alert level to 5 from 3 this week.', 'this week')).toBe(1);
    expect(
      anchorsOf(
        'Profit fell to $58.6 million from $186.4 million a year ago, when demand was strong.',
        'a year ago',
      ),
    ).toBe(1);
    expect(anchorsOf('Residents were evacuated from 300 homes in April.', 'April')).toBe(1);
  });

  it('drops the date of a supposed happening, inside an "if" clause', () => {
    const line = 'Russia threatened to veto the resolution if it is put to a vote on Friday.';
    const at = { ...s, end: line.length, text: line };
    expect(findAnchors(article(line), at, [yesterday(line, 'Friday')], [])).toEqual([]);
    const told = 'The rig had incomplete, if not inaccurate, documents when he started work on Friday.';
    const t = yesterday(told, 'Friday');
    expect(findAnchors(article(told), { ...s, end: told.length, text: told }, [t], [])).toEqual([t]);
  });

  it('drops expressions in quotes and compared figures', () => {
    const found = findAnchors(article(text), s, [monday, quotedMarch, lastMarch], quotedRanges(text));
    expect(found).toEqual([monday]);
  });

  it('keeps only stated dates when a sentence has one, and no vague time in reported words', () => {
    const vague = { ...yesterday(text, 'fighting'), value: 'PAST_REF', precision: 'vague' as const };
    delete (vague as { range?: unknown }).range;
    const frame = findReportFrame(text);
    expect(governingAnchors([vague], s, frame)).toEqual([]);
    expect(governingAnchors([monday, vague], s, undefined)).toEqual([monday]);
  });

  it('stretches "since March" to publication', () => {
    const t = 'Fighting has raged since March.';
    const march = monthIn(t, 'March', '2022-03');
    expect(anchorTime(article(t), march)).toMatchObject({
      start: '2022-03-01',
      end: '2022-04-12',
      mod: 'ON_OR_AFTER',
    });
  });

  it('reads "the past year" as the year up to publication, "last year" as the calendar year', () => {
    const t = '142,000 Syrians arrived over the past year, and 9,000 last year.';
    const past = {
      ...dayIn(t, 'the past year', '2021'),
      precision: 'year' as const,
      range: { start: '2021-01-01', end: '2021-12-31' },
    };
    expect(anchorTime(article(t), past)).toMatchObject({ start: '2021-04-12', end: '2022-04-12' });
    const last = {
      ...dayIn(t, 'last year', '2021'),
      precision: 'year' as const,
      range: { start: '2021-01-01', end: '2021-12-31' },
    };
    expect(anchorTime(article(t), last)).toMatchObject({ start: '2021-01-01', end: '2021-12-31' });
  });
});

describe('findAnchors: a year that closes a name', () => {
  const events = (text: string) =>
    extractEvents(article(text, '2010-05-20'), tag(text, { reference: '2010-05-20' }));

  it('dates nothing by the year of "the Oil Pollution Act of 1990"', () => {
    const text = 'The Senate is seeking to raise the cap of the Oil Pollution Act of 1990 to $10 billion.';
    expect(events(text).filter((e) => e.when.start.startsWith('1990'))).toEqual([]);
    const law = 'Transocean sought to invoke the Limitation of Liability Act of 1851 on Friday.';
    expect(events(law).some((e) => e.when.start.startsWith('1851'))).toBe(false);
  });

  it('still dates by a year after "of" that no capitalised name holds, and by a month of a year', () => {
    const end = 'The agency was set up at the end of 1990.';
    expect(events(end).some((e) => e.when.start.startsWith('1990'))).toBe(true);
    const month = 'The company filed for bankruptcy in March of 1990.';
    expect(events(month).some((e) => e.when.start.startsWith('1990-03'))).toBe(true);
  });
});
