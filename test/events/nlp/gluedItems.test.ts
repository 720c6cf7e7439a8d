import { describe, expect, it } from 'vitest';
import { annotate } from '../../../src/events/nlp/annotate.ts';
import { itemStarts } from '../../../src/events/nlp/gluedItems.ts';
import { segmentSentences } from '../../../src/events/nlp/segmentSentences.ts';

const pieces = (text: string) => {
  const starts = itemStarts(text, 0, text.length, annotate(text).tokens);
  return [0, ...starts].map((s, i) => text.slice(s, starts[i] ?? text.length).trim());
};

describe('itemStarts', () => {
  it("starts a timetable's items at a label, a clock time or a year and its colon", () => {
    expect(
      pieces(
        "Ceasefire to be implemented with the onus on the opposition to follow the government's lead 06:00 local time on 12 April: All forms of violence must be stopped on all sides Next step: All parties to hold talks",
      ),
    ).toEqual([
      "Ceasefire to be implemented with the onus on the opposition to follow the government's lead",
      '06:00 local time on 12 April: All forms of violence must be stopped on all sides',
      'Next step: All parties to hold talks',
    ]);
    expect(
      pieces('520m gallons were released to impede the US invasion 1979: 140m gallons were spilt'),
    ).toEqual(['520m gallons were released to impede the US invasion', '1979: 140m gallons were spilt']);
  });
  it('leaves a speaker, a date, a credit and the words of a name before a colon', () => {
    for (const text of [
      'Speaking at the White House, the president Obama said: "We will pay."',
      'He wrote on his Twitter feed: "Will call on Russia."',
      'A note that opens: "Dear Parents: On April 23 your child may have been exposed".',
      'The ministry said on Friday: The talks are over.',
      'First UK swine flu patient death Prof. John Oxford: "We are preparing"',
      'The firm has been accused of muzzling the academics it is hiring Photograph: Alex Ogle/AFP',
      'Army reports 32 suicides in June, highest number since early 2009: The numbers represent a setback.',
    ])
      expect(pieces(text)).toEqual([text]);
  });
  it("keeps a live page's clock time between two entries apart, not a year a word governs", () => {
    expect(
      pieces(
        "Before and after pictures of the presidential palace 1623 Haiti's First Lady tells the Miami Herald.",
      ),
    ).toEqual([
      'Before and after pictures of the presidential palace',
      '1623',
      "Haiti's First Lady tells the Miami Herald.",
    ]);
    for (const year of [
      'The palace was built in 1623 Haiti was a colony then.',
      "Even after its lethal 2005 Texas City refinery explosion, BP's refineries had violations.",
      'General Motors made a loss in third quarter 2007 Bob Dudley told ABC.',
    ])
      expect(pieces(year)).toEqual([year]);
  });
  it('starts a sentence at a capitalised word after an ellipsis', () => {
    expect(pieces('The ceasefire will not take place... In other words, the army stays.')).toEqual([
      'The ceasefire will not take place...',
      'In other words, the army stays.',
    ]);
    expect(
      pieces(
        'A court rejected the effort, opening the door to resumed drilli... WASHINGTON -- The administration issued a moratorium.',
      ),
    ).toEqual([
      'A court rejected the effort, opening the door to resumed drilli...',
      'WASHINGTON -- The administration issued a moratorium.',
    ]);
  });
  it('starts a sentence after a quotation in backticks closed before an opener, not before a name', () => {
    expect(
      pieces(
        "The commission found that ` most mistakes can be traced back to a failure of management ' The explosion killed 11 workers.",
      ),
    ).toEqual([
      "The commission found that ` most mistakes can be traced back to a failure of management '",
      'The explosion killed 11 workers.',
    ]);
    const name = "The dictator ` Baby Doc ' Duvalier was forced from power in 1986.";
    expect(pieces(name)).toEqual([name]);
    const possessive = "The chairman of the House of Representatives ' Select Committee wrote to BP.";
    expect(pieces(possessive)).toEqual([possessive]);
  });
});

describe('itemStarts: bullets decoded as "cents"', () => {
  it('starts an item at a bullet read as "cents" before a capitalised word, and segmentation drops the marker', () => {
    const text =
      'Fitch concerned about short-term costs cents BP rating cut from AA to BBB cents Head of BP America to appear before Congress today';
    const starts = itemStarts(text, 0, text.length, annotate(text).tokens);
    expect(starts.map((s) => text.slice(s, s + 8))).toEqual(['cents BP', 'cents He']);
    expect(segmentSentences(`Markets fell. ${text}.`).map((s) => s.text)).toEqual([
      'Markets fell.',
      'Fitch concerned about short-term costs',
      'BP rating cut from AA to BBB',
      'Head of BP America to appear before Congress today.',
    ]);
  });
  it('leaves a sum in cents', () => {
    const text = 'The tax will quadruple to 32 cents a barrel, and Senators back it.';
    expect(itemStarts(text, 0, text.length, annotate(text).tokens)).toEqual([]);
  });
});

describe("itemStarts: a profile box's lines that open with a bare verb", () => {
  it('starts a line at a capitalised verb in -s before "to" and a verb or a pronoun and its verb', () => {
    const text =
      'Formed in July by defected army Col Riyad al-Asad Claims to number some 15,000 although analysts say that is unlikely Aims to"stand up to the military machine"';
    const starts = itemStarts(text, 0, text.length, annotate(text).tokens);
    expect(starts.map((s) => text.slice(s, s + 6))).toEqual(['Claims', 'Aims t']);
    // Before "on" and a name, or before an article and its object.
    const draft =
      'Calls on member states to stop the flow of arms, without imposing an embargo Demands an immediate end to violence on all sides and calls for violators to be held accountable Calls on President Assad to hand power to a deputy';
    expect(
      itemStarts(draft, 0, draft.length, annotate(draft).tokens).map((s) => draft.slice(s, s + 10)),
    ).toEqual(['Demands an', 'Calls on P']);
    const says = 'Backed by defected soldiers Says it has carried out attacks on army posts';
    expect(itemStarts(says, 0, says.length, annotate(says).tokens).map((s) => says.slice(s, s + 4))).toEqual([
      'Says',
    ]);
  });
  it("leaves a verb's object, a name's last word and a plural of people", () => {
    for (const text of [
      'They asked Wells to read aloud passages from the letter.',
      'He called on the United Nations to establish a procedure.',
      'The spill has forced him and fellow Democrats to rethink their support.',
      'Hayward told the Financial Times it was entirely fair.',
    ])
      expect(itemStarts(text, 0, text.length, annotate(text).tokens), text).toEqual([]);
  });
});
