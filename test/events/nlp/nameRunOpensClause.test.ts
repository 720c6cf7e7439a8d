import { describe, expect, it } from 'vitest';
import { annotate } from '../../../src/events/nlp/annotate.ts';
import { nameRunClauseStarts } from '../../../src/events/nlp/nameRunOpensClause.ts';
import { segmentSentences } from '../../../src/events/nlp/segmentSentences.ts';

const pieces = (text: string) => {
  const starts = nameRunClauseStarts(annotate(text).tokens);
  return [0, ...starts].map((s, i) => text.slice(s, starts[i] ?? text.length).trim());
};

describe('nameRunClauseStarts', () => {
  it('splits a name run glued after an object pronoun, not after the object of a verb of telling', () => {
    expect(
      pieces(
        'Anti-government protests have continued despite a heavy crackdown against them Mr Ghalioun said the measures undercut any initiative.',
      ),
    ).toEqual([
      'Anti-government protests have continued despite a heavy crackdown against them',
      'Mr Ghalioun said the measures undercut any initiative.',
    ]);
    const told = 'The army told them Mr Assad had left the country.';
    expect(pieces(told)).toEqual([told]);
  });

  it('splits a name an honorific opens after a name that ends the clause, not after a title or a reported clause', () => {
    expect(
      pieces(
        "Activists said at least 20 people were killed in clashes across Syria on Thursday Mr Annan's spokesman told reporters the deadline stands.",
      ),
    ).toEqual([
      'Activists said at least 20 people were killed in clashes across Syria on Thursday',
      "Mr Annan's spokesman told reporters the deadline stands.",
    ]);
    expect(
      pieces(
        "Chief of oil team Mr Dudley accompanied Mr Hayward to the White House Mr Dudley will head BP's new organisation.",
      ),
    ).toEqual([
      'Chief of oil team Mr Dudley accompanied Mr Hayward to the White House',
      "Mr Dudley will head BP's new organisation.",
    ]);
    for (const text of [
      'The Foreign Secretary Mr Hague said the plan had failed.',
      'Officials said on Thursday Mr Annan had left the country.',
      "Experts said Jackson's Dr Murray gave the drug to him.",
    ])
      expect(pieces(text), text).toEqual([text]);
  });

  it("splits a headline from the lead that names the headline's name again with its titles", () => {
    expect(
      pieces(
        'Barack Obama makes Haiti earthquake statement US President Barack Obama has vowed full support to the people of Haiti.',
      ),
    ).toEqual([
      'Barack Obama makes Haiti earthquake statement',
      'US President Barack Obama has vowed full support to the people of Haiti.',
    ]);
    const other = 'Barack Obama makes a statement US President Bill Clinton made in 1994 again.';
    expect(pieces(other)).toEqual([other]);
  });

  it('splits a clause whose subject is a name of two words glued after a noun or an adjective', () => {
    expect(
      pieces(
        "Some fishing boats are being used to help BP control the slick George Barisich's fishing boat has survived three major hurricanes.",
      ),
    ).toEqual([
      'Some fishing boats are being used to help BP control the slick',
      "George Barisich's fishing boat has survived three major hurricanes.",
    ]);
    expect(
      pieces(
        'Witnesses alleged that Dr Murray acted unethically and with gross negligence Dr Murray is charged with involuntary manslaughter.',
      ),
    ).toEqual([
      'Witnesses alleged that Dr Murray acted unethically and with gross negligence',
      'Dr Murray is charged with involuntary manslaughter.',
    ]);
    expect(
      pieces(
        'Mr Peres thought the likelihood of infection was low Israeli President Shimon Peres has been tested for swine flu.',
      ),
    ).toEqual([
      'Mr Peres thought the likelihood of infection was low',
      'Israeli President Shimon Peres has been tested for swine flu.',
    ]);
  });

  it('keeps a relative clause without "that", a reported clause, an apposition and a joined subject', () => {
    for (const text of [
      'The vote highlighted the difficulties Barack Obama may face in Congress.',
      'It showed the progress South Korea has made.',
      'It is clear President Obama has the votes.',
      'He told the hearing Dr Murray said that Jackson was ill.',
      'Rebels were kidnapped close to the border in Kenya and the capital Nairobi City suffered two grenade attacks.',
      'Speaking on Mexican TV late on Monday evening President Felipe Calderon praised the precautions.',
      'Announcing the results, the coroners spokesman Craig Harvey said there had been no trauma.',
      'The death was reported in northern South Sudan has created a crisis.',
      'Mariah Carey thanked fans Mariah Carey Smith',
      'Dr Murray says prosecutors have not proved how Dr Murray caused the death.',
      'Kofi Annan spoke as the war went on, the UN peace envoy Kofi Annan has warned the council.',
      'He wants the record out in 48 hours Talent show mogul Simon Cowell has confirmed he is organising a single.',
    ])
      expect(pieces(text), text).toEqual([text]);
  });

  it("splits the sentence's opening name said again after a caption, and a name after a compound noun", () => {
    const split = (text: string) => segmentSentences(text).map((s) => s.text);
    expect(
      split(
        'He was charged. Mariah Carey joins line-up for Haiti charity single Mariah Carey is the latest star.',
      ),
    ).toEqual([
      'He was charged.',
      'Mariah Carey joins line-up for Haiti charity single',
      'Mariah Carey is the latest star.',
    ]);
    expect(
      pieces(
        'Tweets are directing search and rescue efforts complete with addresses Pierre Cote is a journalist based in Haiti.',
      ),
    ).toEqual([
      'Tweets are directing search and rescue efforts complete with addresses',
      'Pierre Cote is a journalist based in Haiti.',
    ]);
  });

  it('makes two sentences of the caption and the lead in an article', () => {
    const text =
      'Boats gathered on Monday. Some fishing boats are being used to help BP control the slick George Barisich has survived three major hurricanes.';
    expect(segmentSentences(text).map((s) => s.text)).toEqual([
      'Boats gathered on Monday.',
      'Some fishing boats are being used to help BP control the slick',
      'George Barisich has survived three major hurricanes.',
    ]);
  });
});
