import { describe, expect, it } from 'vitest';
import { annotate } from '../../../src/events/nlp/annotate.ts';
import { repairedTags } from '../../../src/events/nlp/repairedTags.ts';
import { token } from '../../../src/events/nlp/token.ts';

const posOf = (text: string, word: string) => annotate(text).tokens.find((t) => t.text === word)?.pos;

describe('repairedTags', () => {
  it('takes "well" after an article and an irregular participle for a noun', () => {
    expect(
      posOf('BP collected 15,000 barrels of oil from the blown well on Tuesday but that was all.', 'well'),
    ).toBe('NOUN');
  });

  it('takes "well" after a name inside a noun phrase for a noun, not after a name opening its clause', () => {
    expect(posOf("BP's Macondo well ruptured in April.", 'well')).toBe('NOUN');
    expect(posOf('Oil from the blown-out Gulf of Mexico well has reached Florida.', 'well')).toBe('NOUN');
    expect(posOf('The threat from the damaged Macondo well will not be eliminated.', 'well')).toBe('NOUN');
    expect(posOf('Ferguson well deserved the win.', 'well')).not.toBe('NOUN');
    expect(posOf('The fans cheered and Ferguson well deserved the win.', 'well')).not.toBe('NOUN');
  });

  it('takes a verb of estimating before "that" and a long subject past its commas for a verb', () => {
    expect(
      posOf(
        'Wells Fargo economist Mark Vitner estimates that up to 250,000 Gulf jobs in fishing, tourism and energy will be lost.',
        'estimates',
      ),
    ).toBe('VERB');
    expect(posOf('Mark Vitner estimates of the losses, in May, were high.', 'estimates')).toBe('NOUN');
  });

  it('takes a plural opening the clause after an adverb, before its "from" phrase and the verb, for a noun', () => {
    expect(
      posOf(
        'Meanwhile reports from northern Lebanon on Saturday said seven people had been killed.',
        'reports',
      ),
    ).toBe('NOUN');
    expect(posOf('Meanwhile she reports from Beirut.', 'reports')).toBe('VERB');
  });

  it('takes an ordinal between an article and its noun phrase for an adjective, with a participle after it', () => {
    expect(posOf('Obama spoke in the first televised Oval Office message of his presidency.', 'first')).toBe(
      'ADJ',
    );
    expect(posOf('The first named storm of the season has hit the Gulf.', 'named')).toBe('ADJ');
    expect(posOf('This last happened in 1968.', 'last')).not.toBe('ADJ');
  });

  it('takes a word in -ed after a perfect\'s "had" for its participle, with the verb\'s lemma', () => {
    const { tokens } = annotate('Armed groups had abducted and massacred 25 villagers in Aleppo province.');
    const abducted = tokens.find((t) => t.text === 'abducted')!;
    expect([abducted.pos, abducted.lemma]).toEqual(['VERB', 'abduct']);
    expect(posOf('He had tired eyes after the long flight.', 'tired')).not.toBe('VERB');
  });

  it("takes a word in -ing after an article's singular noun, before its date, for the head noun", () => {
    expect(posOf('The council approved an investigation into the mass killing last week.', 'killing')).toBe(
      'NOUN',
    );
    expect(posOf('The gunmen shot the man killing people in the square.', 'killing')).toBe('VERB');
    expect(posOf('They watched the protesters marching.', 'marching')).toBe('VERB');
    expect(posOf("The statement backing next week's ceasefire deadline marks a shift.", 'backing')).toBe(
      'VERB',
    );
  });

  it('takes a word in -ed between a name and the name of its object, before any verb, for the verb', () => {
    expect(
      posOf('Federal investigators on Thursday grilled BP Senior Vice President Kent Wells.', 'grilled'),
    ).toBe('VERB');
    expect(
      posOf('Walid al-Muallim informed Mr Annan two days ago that the troops had left.', 'informed'),
    ).toBe('VERB');
    expect(posOf('Tony Hayward branded the most hated man in America may be surprised.', 'branded')).not.toBe(
      'VERB',
    );
  });

  it("repairs such a verb in any sentence of a text, and after its subject's 'today' before an article's or a possessive's object", () => {
    const text =
      "The talks ended. Gladys Lewis married Albert Morgan at St Mary's Church in 1920. Instead the ministers today concentrated their efforts on co-operation.";
    const { tokens } = annotate(text);
    const at = (w: string) => tokens.find((t) => t.text === w)?.pos;
    expect(at('married')).toBe('VERB');
    expect(at('concentrated')).toBe('VERB');
    expect(posOf('The ministers were today concentrated in the capital.', 'concentrated')).not.toBe('VERB');
  });

  it('takes a gerund a possessive ends a phrase with for a noun, and a participle before a number for an adjective', () => {
    expect(posOf('Cheryl Cole gave the plan her backing, saying she would love to help.', 'backing')).toBe(
      'NOUN',
    );
    expect(posOf('BP denied that its handling of the spill amounted to negligence.', 'handling')).not.toBe(
      'NOUN',
    );
    expect(posOf('An estimated 200,000 people died in the quake.', 'estimated')).toBe('ADJ');
    expect(posOf('An estimated $800 billion in fake goods flowed across the globe.', 'estimated')).toBe(
      'ADJ',
    );
    expect(posOf('Officials estimated the damage at $2bn.', 'estimated')).toBe('VERB');
  });

  it("takes a word in -ing between the verb 'have' and its noun for an adjective", () => {
    expect(posOf('The man had underlying heart conditions.', 'underlying')).toBe('ADJ');
    expect(posOf('They had been killing civilians.', 'killing')).not.toBe('ADJ');
  });

  it("takes a participle between a possessive and its noun for an adjective, not a name's verb", () => {
    expect(posOf("Deep-sea robots swarmed around BP's ruptured oil well on Monday.", 'ruptured')).toBe('ADJ');
    expect(posOf('BP fitted a cap to its damaged oil well.', 'damaged')).toBe('ADJ');
    expect(posOf("Rating agency Moody's downgraded BP's credit rating.", 'downgraded')).not.toBe('ADJ');
  });

  it("reads 'that' after a verb from what follows: a determiner before its noun's phrase end, the clause's 'that' after a verb of saying", () => {
    expect(posOf("BP wasn't expected to reach that capacity until mid-July.", 'that')).toBe('DET');
    expect(posOf('Officials said that fighting in Homs continued.', 'that')).toBe('SCONJ');
    expect(posOf('Officials said that was wrong.', 'that')).not.toBe('SCONJ');
  });

  it('takes a word in -s after "there is" for a noun', () => {
    expect(posOf('There were signs last night that BP was heading for a showdown.', 'signs')).toBe('NOUN');
  });

  it("takes a participle between an article and a name's words before a noun for an adjective", () => {
    expect(posOf('The head of the suspended Arab League observer mission has resigned.', 'suspended')).toBe(
      'ADJ',
    );
    expect(posOf('An Associated Press reporter went scuba diving.', 'Associated')).not.toBe('VERB');
  });

  it('returns the tokens it was given, retagged in place', () => {
    const tokens = [
      token(0, 3, 'The', 'DET', 'the'),
      token(4, 8, 'well', 'ADV', 'well'),
      token(9, 15, 'leaked', 'VERB', 'leak'),
    ];
    const out = repairedTags(tokens);
    expect(out).toBe(tokens);
    expect(out[1]!.pos).toBe('NOUN');
  });
});

describe('repairedTags of a word in -s after a possessive', () => {
  it('takes it for a plural noun, and leaves a verb after an object pronoun alone', () => {
    expect(posOf('Her son said he had heard her cries on Thursday morning.', 'cries')).toBe('NOUN');
    expect(posOf('Their calls went unanswered.', 'calls')).toBe('NOUN');
    expect(posOf('The court that jailed her says it will appeal.', 'says')).toBe('VERB');
    expect(posOf('The man who attacked her remains in custody.', 'remains')).toBe('VERB');
  });
});

describe('repairedTags of an adverb of place before a noun', () => {
  it('takes it for an adjective, and a word in -ing after it for a noun', () => {
    expect(posOf('The Deepwater Horizon offshore drilling platform exploded.', 'offshore')).toBe('ADJ');
    expect(posOf('The Deepwater Horizon offshore drilling platform exploded.', 'drilling')).toBe('NOUN');
    expect(posOf('BP kept drilling offshore after the spill.', 'offshore')).toBe('ADV');
    expect(posOf('Senators called for a ban on offshore drilling.', 'drilling')).toBe('NOUN');
    expect(posOf('The number of reported cases has climbed.', 'reported')).toBe('ADJ');
    expect(
      posOf('The ADB plans to ramp up lending to its developing members to about $33 billion.', 'developing'),
    ).toBe('ADJ');
    expect(posOf('Witnesses saw her throwing stones at police.', 'throwing')).toBe('VERB');
    expect(posOf('The ruling in 2003 imposed limits on damages.', 'imposed')).toBe('VERB');
  });
});
