import { describe, expect, it } from 'vitest';
import { describesNoun } from '../../../src/events/anchoring/relativeClause.ts';
import { extractEvents } from '../../../src/events/extractEvents.ts';
import { annotate } from '../../../src/events/nlp/annotate.ts';
import { tag } from '../../../src/temporal/tag.ts';
import { article } from '../eventFixtures.ts';

const events = (text: string, published: string) =>
  extractEvents(article(text, published), tag(text, { reference: published }));

/** Whether the word `verb` of `text` describes a noun (`describesNoun`). */
const describes = (text: string, verb: string) => {
  const { tokens } = annotate(text);
  return describesNoun(
    tokens,
    tokens.findIndex((t) => t.text === verb),
  );
};

describe('a date inside a relative clause', () => {
  it('dates the relative clause, not the main clause its noun stands in', () => {
    const text =
      'Andre Berto, a Haitian-American professional boxer who represented Haiti at the 2004 Olympic Games, tells the BBC World Service he is still waiting to hear news about his family.';
    const out = events(text, '2010-01-15');
    // Only the relative clause's verb carries 2004 (the telling lost it: it stays undated, so off
    // the timeline, rather than dated by the boxer's Olympics).
    const in2004 = out.filter((e) => e.when.value === '2004').map((e) => e.mentions[0]?.trigger?.text);
    expect(in2004).toEqual(['represented']);
  });

  it("lets an aside of the day's news date the main clause (TimeBank's reading)", () => {
    const text =
      'Williams shares, which were to be delisted from the New York Stock Exchange after the close of composite trading yesterday, closed at $23.25, off 12.5 cents.';
    const closed = events(text, '1989-11-02').find((e) =>
      e.mentions.some((m) => m.trigger?.text === 'closed'),
    );
    expect(closed?.when.value).toBe('1989-11-01');
  });

  it("leaves the main clause's happening told, undated", () => {
    const text =
      'BP shares fell again. Hayward, who was in Houston last Friday overseeing the spill response, hosted a conference call with his board.';
    const hosted = events(text, '2010-06-14').find((e) =>
      e.mentions.some((m) => m.trigger?.text === 'hosted'),
    );
    expect(hosted?.mentions[0]?.timex).toBeUndefined();
    expect(hosted?.when.end).toBe('2010-06-14');
  });

  it('gives its day to the happening it tells, not to a noun of the clause before', () => {
    const text =
      "Canada's defence minister demanded an apology before attending a repatriation ceremony for Canadian troops who were killed in Afghanistan last Friday.";
    const out = events(text, '2009-04-02');
    const onFriday = out
      .filter((e) => e.when.value === '2009-03-27')
      .map((e) => e.mentions[0]?.trigger?.text);
    expect(onFriday).toEqual(['killed']);
  });
});

describe('a date inside a gerund phrase after "for"', () => {
  it("dates the gerund's happening, not the verb the phrase completes", () => {
    const out = events('Police arrested a man for killing a teenager on Friday.', '2011-12-17');
    const killing = out.find((e) => e.mentions.some((m) => m.trigger?.text === 'killing'));
    expect(killing?.when.value).toBe('2011-12-16');
    const arrested = out.find((e) => e.mentions.some((m) => m.trigger?.text === 'arrested'));
    expect(arrested?.when.value).not.toBe('2011-12-16');
  });

  it('takes a plural or a name right after the gerund for its object, not for a noun it modifies', () => {
    const friday = (text: string) =>
      events(text, '2011-12-17')
        .filter((e) => e.when.value === '2011-12-16')
        .map((e) => e.mentions[0]?.trigger?.text);
    expect(friday('Police arrested a man for killing protesters on Friday.')).toEqual(['killing']);
    expect(friday('Syria was condemned for shelling Homs on Friday.')).toEqual(['shelling']);
    expect(friday('The company was fined for operating costs on Friday.')).toEqual(['fined']);
    // (A headline in capitals glued before the sentence is no gerund phrase.)
    expect(friday('NEW CAP FOR LEAKING OIL WELL On Friday, BP placed a cap over the well.')).toEqual([
      'placed',
    ]);
  });
});

describe('a date after a relative clause the main clause resumes without a comma', () => {
  it('dates the main clause', () => {
    const text =
      'But for BP, the meeting that really matters takes place in the White House on Wednesday when Mr Svanberg meets President Obama.';
    const out = events(text, '2010-06-14');
    const place = out.find((e) => e.mentions.some((m) => m.trigger?.text === 'takes'));
    expect(place?.when.value).toBe('2010-06-16');
  });
});

describe('a standing position said', () => {
  it('is background after the lead, not a statement of the day', () => {
    const text =
      'A preliminary hearing is scheduled to begin on 4 January. The court will decide whether to try Dr Murray. ' +
      'The program was scheduled to be aired on 13 January. Dr Murray has consistently denied any wrongdoing.';
    const out = events(text, '2010-12-31');
    // (The day's news would be "Dr Murray has denied any wrongdoing" in the 30 days to publication.)
    expect(out.map((e) => e.mentions[0]?.trigger?.text)).toContain('aired');
    expect(out.some((e) => e.mentions.some((m) => m.trigger?.text === 'denied'))).toBe(false);
  });
});

describe('describesNoun', () => {
  it('reads a past relative clause and a participle after a governed noun as describing it', () => {
    expect(
      describes(
        'Fans will be able to pay their respects, but not at the mausoleum where the pop star was laid to rest.',
        'laid',
      ),
    ).toBe(true);
    expect(describes('The court heard from Dr Murray, who was hired by the promoters.', 'hired')).toBe(true);
    expect(
      describes(
        'Using a law originally enacted to combat the Mafia, attorneys are filing lawsuits.',
        'enacted',
      ),
    ).toBe(true);
  });

  it("leaves a clause's own past verb, whatever noun stands before it", () => {
    expect(describes('Troops killed 12 people in Homs.', 'killed')).toBe(false);
    expect(describes('The head of the army resigned on Friday.', 'resigned')).toBe(false);
    expect(describes('Police said the man was arrested.', 'arrested')).toBe(false);
    expect(describes('The man who leads the group will speak.', 'leads')).toBe(false);
  });
});

describe('an undated happening describing a noun', () => {
  it('is background, not the news of the month before publication', () => {
    const text =
      'Michael Jackson fans will have limited access to the cemetery on the anniversary of his death, US authorities have said. Fans will be able to pay their respects in the grounds of the cemetery, but not at the mausoleum where the pop star was laid to rest.';
    const laid = events(text, '2010-06-09').find((e) => e.mentions.some((m) => m.trigger?.text === 'laid'));
    expect(laid?.when.mod).not.toBe('ON_OR_BEFORE');
  });
});
