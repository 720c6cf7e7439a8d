import { describe, expect, it } from 'vitest';
import { shownTitle } from '../../src/model/shownTitle.ts';

const span = (text: string, start = 0) => ({ start, end: start + text.length, text });

describe('shownTitle', () => {
  it('puts the name in brackets in place of the opening pronoun', () => {
    expect(
      shownTitle({
        title: 'He went into a two-hour emergency meeting',
        referent: { words: span('he', 40), name: span('Recep Tayyip Erdogan', 10) },
      }),
    ).toBe('[Recep Tayyip Erdogan] went into a two-hour emergency meeting');
  });

  it("keeps a description's article before a fuller description in small letters, not before a name", () => {
    expect(
      shownTitle({
        title: 'The child died, according to AP',
        referent: { words: span('The child', 40), name: span('23-month-old child', 2) },
      }),
    ).toBe('[The 23-month-old child] died, according to AP');
    expect(
      shownTitle({
        title: 'The star died',
        referent: { words: span('The star', 40), name: span('Michael Jackson', 2) },
      }),
    ).toBe('[Michael Jackson] died');
  });

  it('makes a possessive of a possessive pronoun, and capitalises the name', () => {
    expect(
      shownTitle({
        title: 'Its attack on the village of Tremseh',
        referent: { words: span('its'), name: span('the Syrian government') },
      }),
    ).toBe("[The Syrian government's] attack on the village of Tremseh");
    expect(
      shownTitle({
        title: 'Their report was discussed',
        referent: { words: span('Their'), name: span('the observers') },
      }),
    ).toBe("[The observers'] report was discussed");
  });

  it('keeps a quantifier and puts its noun after it', () => {
    expect(
      shownTitle({
        title: 'Several announced a front',
        referent: { words: span('several'), name: span('opposition groups') },
      }),
    ).toBe('Several [opposition groups] announced a front');
  });

  it('looks past a linking word', () => {
    expect(
      shownTitle({
        title: "So she'll have gained some impression",
        referent: { words: span('she'), name: span('Lady Amos') },
      }),
    ).toBe("So [Lady Amos]'ll have gained some impression");
  });

  it('leaves a title without a referent, or not opening with its pronoun, as it is', () => {
    expect(shownTitle({ title: 'He resigned' })).toBe('He resigned');
    expect(
      shownTitle({
        title: 'Mr Annan said they would go',
        referent: { words: span('he'), name: span('Kofi Annan') },
      }),
    ).toBe('Mr Annan said they would go');
  });
});

describe('shownTitle, a possessive inside the title', () => {
  it('puts the name, as a possessive, in place of the title’s only such word', () => {
    expect(
      shownTitle({
        title: 'Protests against his rule began',
        referent: { words: span('his', 120), name: span('Bashar al-Assad', 10) },
      }),
    ).toBe("Protests against [Bashar al-Assad's] rule began");
    expect(
      shownTitle({
        title: 'The strains inflicted on its own situation',
        referent: { words: span('its', 90), name: span('Lebanon', 40) },
      }),
    ).toBe("The strains inflicted on [Lebanon's] own situation");
  });

  it('leaves a title with the word twice, or none, as it is', () => {
    const referent = { words: span('his', 120), name: span('Bashar al-Assad', 10) };
    expect(shownTitle({ title: 'Protests against his rule grew after his speech', referent })).toBe(
      'Protests against his rule grew after his speech',
    );
    expect(shownTitle({ title: 'Protests against this rule began', referent })).toBe(
      'Protests against this rule began',
    );
  });
});

describe('shownTitle, a place for "there"', () => {
  it("puts the place beside the title's only 'there', and a name's article in lower case inside a title", () => {
    expect(
      shownTitle({
        title: 'Thousands have died there in an 11-month uprising',
        referent: { words: span('there', 200), name: span('Syria', 150) },
      }),
    ).toBe('Thousands have died there [Syria] in an 11-month uprising');
    expect(
      shownTitle({
        title: 'Four hurricanes wiped out roughly 15% of its GDP',
        referent: { words: span('its', 200), name: span('The country', 100) },
      }),
    ).toBe("Four hurricanes wiped out roughly 15% of [the country's] GDP");
  });
});

describe('shownTitle, an object pronoun', () => {
  it("puts the name in the place of the title's only 'him' or 'them', not as a possessive", () => {
    expect(
      shownTitle({
        title: 'Propofol killed him',
        referent: { words: span('him', 200), name: span('Michael Jackson', 100) },
      }),
    ).toBe('Propofol killed [Michael Jackson]');
    expect(
      shownTitle({
        title: 'Police moved them to a camp',
        referent: { words: span('them', 200), name: span('The protesters', 100) },
      }),
    ).toBe('Police moved [the protesters] to a camp');
  });
});

describe("shownTitle, a 'he', 'she' or object 'her' inside the title", () => {
  it('puts the name in its place as it is, and a possessive "her" as a possessive', () => {
    const name = span('Darlene Etienne', 100);
    expect(
      shownTitle({ title: 'Rescuers said she had survived', referent: { words: span('she', 200), name } }),
    ).toBe('Rescuers said [Darlene Etienne] had survived');
    expect(
      shownTitle({
        title: 'Reporters asked her to leave the plane',
        referent: { words: span('her', 200), name },
      }),
    ).toBe('Reporters asked [Darlene Etienne] to leave the plane');
    expect(
      shownTitle({
        title: 'Television pictures showed her smiling',
        referent: { words: span('her', 200), name },
      }),
    ).toBe('Television pictures showed [Darlene Etienne] smiling');
    expect(
      shownTitle({ title: 'Officials said her son died', referent: { words: span('her', 200), name } }),
    ).toBe("Officials said [Darlene Etienne's] son died");
  });
});

describe("shownTitle, a title cut after a relative 'whose'", () => {
  it("puts the owner before it as a possessive, the cut's capital in lower case", () => {
    expect(
      shownTitle({
        title: 'Trial is due to begin',
        referent: { words: span('whose', 200), name: span('Dr Murray', 100) },
      }),
    ).toBe("[Dr Murray's] trial is due to begin");
    expect(
      shownTitle({
        title: 'Illness began',
        referent: { words: span('whose', 200), name: span('The woman', 100) },
      }),
    ).toBe("[The woman's] illness began");
  });
});

describe('shownTitle, a closing sayer', () => {
  it("puts the name in the place of a closing '…, it added', as it is", () => {
    expect(
      shownTitle({
        title: 'A second blast in the Aleppo region killed four soldiers, it added',
        referent: { words: span('it', 200), name: span('Sana', 100) },
      }),
    ).toBe('A second blast in the Aleppo region killed four soldiers, [Sana] added');
    expect(
      shownTitle({
        title: 'Twenty-three people died in Homs, it said',
        referent: { words: span('it', 200), name: span('The Local Co-ordination Committees', 100) },
      }),
    ).toBe('Twenty-three people died in Homs, [the Local Co-ordination Committees] said');
  });
});
