import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../src/events/extractEvents.ts';
import { article, dayIn } from '../eventFixtures.ts';

describe('lookedAheadTo (through extractEvents)', () => {
  const text =
    'Syrian troops were to have stopped the use of heavy weaponry by Tuesday, ahead of a full ceasefire coming into place on Thursday.';
  const dates = [dayIn(text, 'Tuesday', '2012-04-10'), dayIn(text, 'Thursday', '2012-04-12')];

  it('dates by a coming day only the happening looked ahead to', () => {
    const events = extractEvents(article(text, '2012-04-10'), dates);
    const thursday = events.filter((e) => e.when.start === '2012-04-12');
    for (const e of thursday) expect(e.title).not.toMatch(/weaponry/);
    const tuesday = events.find((e) => e.when.start === '2012-04-10');
    expect(tuesday?.title).toMatch(/stopped the use of heavy weaponry/);
  });

  it('lets a day already come date the clause it ends', () => {
    const told = 'The members of the Gulf Co-operation Council met ahead of the Arab League talks on Sunday.';
    const [e] = extractEvents(article(told, '2012-02-12'), [dayIn(told, 'Sunday', '2012-02-12')]);
    expect(e?.mentions.map((m) => m.trigger?.text)).toContain('met');
  });

  it('leaves the clause undated when coming days date only the happening looked ahead to', () => {
    const told =
      'Ahead of congressional hearings on Tuesday, lawmakers released a letter to the chief executive.';
    const [e] = extractEvents(article(told, '2010-06-14'), [dayIn(told, 'Tuesday', '2010-06-15')]);
    expect(e?.mentions[0]?.trigger?.text).toBe('released');
    expect(e?.when.mod).toBe('ON_OR_BEFORE');
  });
});
