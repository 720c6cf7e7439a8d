import { describe, expect, it } from 'vitest';
import { annotate } from '../../../src/events/nlp/annotate.ts';
import { clauseTail } from '../../../src/events/titles/phrases.ts';
import { phraseRest } from '../../../src/events/titles/words.ts';

describe('phraseRest', () => {
  const { tokens } = annotate('They talked to end the violence in the city.');
  const at = (w: string) => tokens.findIndex((t) => t.text === w);
  const following = (i: number) => tokens.map((_, j) => j).filter((j) => j > i);
  it('takes the object of an infinitive and stops where the phrase ends', () => {
    expect(phraseRest(tokens, at('end'), following(at('end')))).toBe(2);
  });
  it('is 0 after a finished phrase and -1 when the phrase runs past the allowance', () => {
    expect(phraseRest(tokens, at('talked'), following(at('talked')))).toBe(0);
    expect(phraseRest(tokens, at('end'), following(at('end')), 1)).toBe(-1);
  });
  it('takes where a verb goes when the phrase ends soon, not a phrase that runs on', () => {
    const moved = annotate('The UN would have to move to a new stage involving enforcement.').tokens;
    const move = moved.findIndex((t) => t.text === 'move');
    const after = moved.map((_, j) => j).filter((j) => j > move);
    expect(phraseRest(moved, move, after)).toBe(4);
    const fled = annotate(
      'Thousands were forced to flee to the neighbouring countries of the region.',
    ).tokens;
    const flee = fled.findIndex((t) => t.text === 'flee');
    expect(
      phraseRest(
        fled,
        flee,
        fled.map((_, j) => j).filter((j) => j > flee),
      ),
    ).toBe(0);
  });
});

const tail = (text: string, verb: string, budget: number, skip: string[] = []) => {
  const { tokens } = annotate(text);
  const k = tokens.findIndex((t) => t.text === verb);
  // Words to leave out, as a date and its preposition would be.
  const skipped = (i: number) => skip.includes(tokens[i]!.text);
  return clauseTail(tokens, k + 1, tokens.length, skipped, budget)
    .map((i) => tokens[i]!.text)
    .join(' ');
};

describe('clauseTail', () => {
  it('finishes a clause its comma ends within four words of the budget, not a clause still without its verb', () => {
    expect(
      tail('They met to discuss how a vaccine might be produced, the commissioner said.', 'met', 6),
    ).toBe('to discuss how a vaccine might be produced');
    expect(
      tail(
        'She said the company was watching the storm but that its plant in Altamira, Mexico was working.',
        'watching',
        5,
      ),
    ).not.toMatch(/Altamira/);
  });

  it("keeps a gerund its preposition governs at the clause's end, not a saying's", () => {
    expect(tail('Money was pledged to assist in rebuilding, but progress was slow.', 'pledged', 14)).toBe(
      'to assist in rebuilding',
    );
    expect(tail('Hayward shocked residents by saying, "I want my life back."', 'shocked', 14)).toBe(
      'residents',
    );
  });

  it('keeps a participle after its noun that ends the sentence', () => {
    expect(tail('The deadline passed with no sign of violence abating.', 'passed', 14)).toBe(
      'with no sign of violence abating',
    );
  });

  it("goes on through a list of nouns with a comma before its 'and', and a list of several names", () => {
    expect(
      tail('They interviewed more than 200 victims, eyewitnesses, and army defectors.', 'interviewed', 14),
    ).toBe('more than 200 victims eyewitnesses and army defectors');
    expect(tail('Zawahiri called on militants in Iraq, Jordan, Lebanon and Turkey.', 'called', 14)).toBe(
      'on militants in Iraq Jordan Lebanon and Turkey',
    );
  });

  it('keeps a short quotation a colon ends the sentence with, and no long one', () => {
    expect(tail('He came up with his own alternative: "Mexican flu."', 'came', 12)).toBe(
      'up with his own alternative : Mexican flu',
    );
    expect(
      tail('He came up with his own alternative: "We will call it the Mexican flu from now on."', 'came', 12),
    ).toBe('up with his own alternative');
  });

  it("ends before a clause of its own a conjunction joins after the verb's object, a noun or a name its subject", () => {
    expect(tail('Police arrested two men and troops killed three protesters.', 'arrested', 12)).toBe(
      'two men',
    );
    expect(tail('Russia vetoed the resolution and China blocked the plan.', 'vetoed', 12)).toBe(
      'the resolution',
    );
    // (Not the subject of the words said, a list, or a participle after the last noun of a list.)
    expect(
      tail('Senator John Kerry said lawmakers and Obama should now push that policy.', 'said', 12),
    ).toMatch(/lawmakers and Obama should/);
    expect(
      tail(
        'It curtailed the obstacles, harassment and intimidation tactics journalists are facing.',
        'curtailed',
        12,
      ),
    ).toMatch(/harassment and intimidation/);
    expect(tail('Police arrested two men and women wounded in the clashes.', 'arrested', 12)).toMatch(
      /and women/,
    );
  });

  it("ends a relative clause before the main clause's verb even when a number's bound follows it", () => {
    const text = 'The car bomb that exploded in Aleppo killed at least two people.';
    const { tokens } = annotate(text);
    const k = tokens.findIndex((t) => t.text === 'exploded');
    expect(
      clauseTail(tokens, k + 1, tokens.length, () => false, 14, { relative: true }).map(
        (i) => tokens[i]!.text,
      ),
    ).toEqual(['in', 'Aleppo']);
  });

  it('drops a relative clause a comma ended before its verb, with its preposition', () => {
    expect(
      tail('The video was released by his captors in which the captive, masked, speaks.', 'released', 14),
    ).toBe('by his captors');
  });

  it('leaves out an aside between dashes, and ends where a closing saying or a new clause follows it', () => {
    expect(tail('Bombs were falling steadily - about a minute apart - on the city.', 'falling', 14)).toBe(
      'steadily on the city',
    );
    expect(
      tail('Smoke rose from the district - the target of shelling - video footage showed.', 'rose', 14),
    ).toBe('from the district');
  });

  it('drops a joined present verb whose only complement was a date', () => {
    const text = 'The congress opened on Friday and runs until Sunday.';
    const { tokens } = annotate(text);
    const k = tokens.findIndex((t) => t.text === 'opened');
    const dates = ['on Friday', 'until Sunday'].map((w) => [text.indexOf(w), text.indexOf(w) + w.length]);
    const skipped = (i: number) => dates.some(([a, b]) => tokens[i]!.start >= a! && tokens[i]!.end <= b!);
    expect(clauseTail(tokens, k + 1, tokens.length, skipped, 14).map((i) => tokens[i]!.text)).toEqual([]);
  });

  it('keeps a particle that ends its clause after an adverb, not one left before its object', () => {
    expect(tail('Two journalists trapped in Homs are now safely out.', 'trapped', 14)).toBe(
      'in Homs are now safely out',
    );
    expect(tail('The army moved quickly out of the city.', 'moved', 2)).not.toMatch(/out$/);
  });

  it('keeps a name in apposition to the object and what follows it', () => {
    expect(
      tail('They are sending their Foreign Minister, Sergei Lavrov, to talk to Assad.', 'sending', 14),
    ).toBe('their Foreign Minister Sergei Lavrov to talk to Assad');
    expect(tail('They met the minister, Sergei Lavrov said.', 'met', 14)).toBe('the minister');
  });

  it('finishes a clause that ends within four words of the budget, and otherwise drops an unfinished infinitive', () => {
    expect(
      tail('Damascus called for guarantees to end attacks and a promise not to fund them.', 'called', 9),
    ).toBe('for guarantees to end attacks and a promise not to fund them');
    expect(
      tail(
        "King Abdullah sent Saudi troops to Bahrain as part of a GCC force to help the country's Sunni monarchy crush anti-government protests.",
        'sent',
        14,
      ),
    ).toBe('Saudi troops to Bahrain as part of a GCC force');
  });

  it('never ends on a wh-adverb whose clause the cut left out', () => {
    expect(
      tail(
        'Violence continued in Syria where, according to the observatory, 89 people were killed.',
        'continued',
        10,
      ),
    ).toBe('in Syria');
  });

  it('goes on past the commas of a list, but not past a date into the next clause', () => {
    expect(tail('He met his interior, defence and foreign ministers in Ankara.', 'met', 12)).toBe(
      'his interior defence and foreign ministers in Ankara',
    );
    expect(
      tail(
        'It applies to deserters who turned themselves in before January, peaceful protesters and others.',
        'turned',
        12,
        ['January'],
      ),
    ).toBe('themselves in');
  });
});

describe('clauseTail of a relative clause', () => {
  it("ends before the main clause's verb past its adverb", () => {
    const { tokens } = annotate(
      'However, a ceasefire that was supposed to have come into effect in April never took hold.',
    );
    const from = tokens.findIndex((t) => t.text === 'come') + 1;
    const april = tokens.findIndex((t) => t.text === 'April');
    const tail = clauseTail(tokens, from, tokens.length, (i) => i === april || i === april - 1, 12, {
      relative: true,
    });
    expect(tail.map((i) => tokens[i]!.text).join(' ')).toBe('into effect');
  });
});
