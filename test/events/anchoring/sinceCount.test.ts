import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../src/events/extractEvents.ts';
import { article, dayIn, monthIn } from '../eventFixtures.ts';

describe('sinceCount (through extractEvents)', () => {
  it('dates a count since a month by the report that gives it, and tells it once', () => {
    const text =
      'On Sunday, the Syrian Observatory for Human Rights reported that at least 19,106 people had been killed since March 2011.';
    const events = extractEvents(article(text, '2012-07-24'), [
      dayIn(text, 'Sunday', '2012-07-22'),
      monthIn(text, 'March 2011', '2011-03'),
    ]);
    expect(events).toHaveLength(1);
    expect(events[0]!.when.start).toBe('2012-07-22');
    expect(events[0]!.when.end).toBe('2012-07-22');
  });

  it('dates a narrated count since a month as of publication', () => {
    const text = 'More than 7,000 people have died throughout Syria since March.';
    const [e] = extractEvents(article(text, '2012-02-14'), [monthIn(text, 'March', '2011-03')]);
    expect(e?.when.start).toBe('2012-02-14');
    expect(e?.when.explanation).toMatch(/count since "March"/);
  });

  it('leaves a count since a date to the saying a date of its own dates', () => {
    const text = 'More than 5,000 civilians killed since March, the UN said in early December.';
    const events = extractEvents(article(text, '2012-01-25'), [
      monthIn(text, 'March', '2011-03'),
      monthIn(text, 'early December', '2011-12'),
    ]);
    expect(events).toHaveLength(1);
    expect(events[0]!.when.start).toBe('2011-12-01');
    expect(events[0]!.title).toMatch(/the UN said/);
  });

  it('keeps a happening since a date that counts nothing ongoing from it', () => {
    // "Channel 4" is a name's number, no count.
    const text = 'Alex Thomson of Channel 4 News has filed a remarkable series of reports since March.';
    const [e] = extractEvents(article(text, '2012-06-01'), [monthIn(text, 'March', '2012-03')]);
    expect(e?.when.start).toBe('2012-03-01');
    expect(e?.when.end).toBe('2012-06-01');
  });

  it('dates what a "when" clause after a since-date tells at that date', () => {
    const text =
      'Syria has been wrecked by unrest since last March, when protesters gathered calling for reform.';
    const [e] = extractEvents(article(text, '2012-01-23'), [monthIn(text, 'last March', '2011-03')]);
    expect(e?.when.start).toBe('2011-03-01');
    expect(e?.when.end).toBe('2011-03-31');
  });

  it('dates a "when" clause that counts at the since-date, not as a tally', () => {
    const text =
      'A massive effort to contain the spill has been under way since April 20, when an explosion killed 11 workers.';
    const [e] = extractEvents(article(text, '2010-05-09'), [dayIn(text, 'April 20', '2010-04-20')]);
    expect(e?.when.start).toBe('2010-04-20');
    expect(e?.when.end).toBe('2010-04-20');
  });
});
