import { describe, expect, it } from 'vitest';
import { annotate } from '../../../src/events/nlp/annotate.ts';
import { possessiveClauseStarts } from '../../../src/events/nlp/possessiveClause.ts';

const pieces = (text: string) => {
  const starts = possessiveClauseStarts(annotate(text).tokens);
  return [0, ...starts].map((s, i) => text.slice(s, starts[i] ?? text.length).trim());
};

describe('possessiveClauseStarts', () => {
  it("splits a caption from a lead that opens with a name's possessive", () => {
    expect(
      pieces(
        "A Syrian family crosses into Turkey at Cilvegozu Turkey's long border with its neighbour Syria is deceptively quiet.",
      ),
    ).toEqual([
      'A Syrian family crosses into Turkey at Cilvegozu',
      "Turkey's long border with its neighbour Syria is deceptively quiet.",
    ]);
    // A verb of showing whose object came first takes no second clause.
    expect(
      pieces(
        "Our correspondent says footage from Tuesday shows tanks on the edge of Baba Amr Syria's main opposition group has formed a military council.",
      ),
    ).toEqual([
      'Our correspondent says footage from Tuesday shows tanks on the edge of Baba Amr',
      "Syria's main opposition group has formed a military council.",
    ]);
    expect(
      pieces("Mourners gathered for a funeral procession Syria's army has deployed tanks in the city."),
    ).toEqual(['Mourners gathered for a funeral procession', "Syria's army has deployed tanks in the city."]);
  });

  it('keeps a clause a verb of saying or a conjunction opens, a relative clause and a name', () => {
    for (const text of [
      // A verb of saying takes the clause as its complement, across a date or its object.
      "Officials said on Tuesday Syria's army had shelled the town.",
      "Officials said Obama's plan was flawed.",
      "He told reporters in Damascus Syria's army had won the battle.",
      // A conjunction opens the clause whose verb comes after the possessive.
      "Troops withdrew after forces loyal to Bashar Assad's brother had shelled the town.",
      // A relative clause without "that" leaves its object out.
      "He lives near the border Turkey's army has closed.",
      // Names: a title, a person's name, a role before its holder.
      "Activists say forces loyal to President Assad's brother have shelled Homs.",
      "The rebels fought in New York City's streets are quiet.",
      "The crowd cheered his brother Rifaat's troops have left the city.",
      // No verb before: a caption of words alone is for other rules.
      "Life on the edge of Baba Amr Syria's main opposition group has formed a council.",
    ])
      expect(pieces(text)).toEqual([text]);
  });
});
