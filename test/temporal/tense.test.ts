import { describe, expect, it } from 'vitest';
import { sentenceAround } from '../../src/temporal/sentenceAround.ts';
import { tenseAt } from '../../src/temporal/tense.ts';

const at = (text: string, word: string) => {
  const i = text.indexOf(word);
  if (i < 0) throw new Error(`"${word}" is not in "${text}"`);
  return tenseAt(text, i, i + word.length);
};

describe('tenseAt', () => {
  it.each([
    ['Rebels attacked the town on Friday.', 'Friday', 'past'],
    ['The minister will visit on Friday.', 'Friday', 'future'],
    ['The dividend is payable Jan. 2.', 'Jan. 2', 'future'],
    ['The market is open on Friday.', 'Friday', 'present'],
    ['Friday.', 'Friday', 'unknown'],
    ['The increased dividend will be paid Dec. 14.', 'Dec. 14', 'future'],
    ['They were planning to drive there on Monday.', 'Monday', 'future'],
    ['He will fly to the United States Friday.', 'Friday', 'future'],
    // A modal of possibility looks ahead; negated or perfect, it looks back.
    ['Forecasters say the storm could reach the spill area by early on Saturday.', 'Saturday', 'future'],
    ['The cap should be on the seabed by Saturday.', 'Saturday', 'future'],
    ['Officials could not be reached for comment on Saturday.', 'Saturday', 'unknown'],
    ["Neither he nor Elian's grandparents could be located Wednesday in Cardenas.", 'Wednesday', 'unknown'],
    // Only before the date, heading its group, and with no "after" or "following" between.
    ['The killing of two clerics on Sunday could hardly pass without consequence.', 'Sunday', 'unknown'],
    ['How projects should be reviewed was addressed Wednesday by the department.', 'Wednesday', 'past'],
    ['Attacks could increase following the release of a video on Saturday.', 'Saturday', 'unknown'],
    ['The oil may have reached the coast on Saturday.', 'Saturday', 'past'],
  ] as const)('%s → %s', (text, word, tense) => {
    expect(at(text, word)).toBe(tense);
  });

  it('looks only inside the sentence', () => {
    const text = 'He will go. Rebels attacked Friday.';
    expect(sentenceAround(text, text.indexOf('Friday'), text.indexOf('Friday') + 6).start).toBe(11);
    expect(at(text, 'Friday')).toBe('past');
  });

  describe('verb groups', () => {
    it.each([
      // Past perfect puts even a plan before the report.
      ['It had been due to expire Friday evening.', 'Friday', 'past'],
      ['The offer previously had been scheduled to expire at midnight Friday.', 'Friday', 'past'],
      // A plan beats the tense of its auxiliary when the date follows it.
      ['The acquisition is scheduled to close Monday.', 'Monday', 'future'],
      ['The vote was expected to take place Friday.', 'Friday', 'future'],
      ['The vote is to take place Friday.', 'Friday', 'future'],
      // A date before a past plan dates the planning.
      ['On Friday, the government planned to pay the first claims.', 'Friday', 'past'],
      ['On Friday, the government will pay the first claims.', 'Friday', 'future'],
      // The first finite verb dates a passive group; present perfect reports the past.
      ['Officials fear a delay when the case is heard in May.', 'May', 'present'],
      ['The stock has fluctuated sharply, rising from $29.75 in March.', 'March', 'past'],
      ['Investigators have gathered evidence in the October slaying.', 'October', 'past'],
      // After "be" a participle is passive: its auxiliary, not the participle, dates the group.
      ['It will then be repeated at 0900 GMT on Saturday.', 'Saturday', 'future'],
      ['The relief well should be finished by August.', 'August', 'future'],
      // Contractions split: "he'll" is "he will".
      ["On Tuesday night, he'll need more than rhetoric.", 'Tuesday', 'future'],
      // A participle after a determiner and an adverb is an adjective.
      ['The split would be paid on a still unspecified date in January.', 'January', 'future'],
    ] as const)('%s → %s', (text, word, tense) => {
      expect(at(text, word)).toBe(tense);
    });
  });

  describe('present tense of scheduled events', () => {
    it.each([
      ['Arafat and Netanyahu meet separately Monday with Albright.', 'Monday', 'future'],
      ['The talks resume Friday in Geneva.', 'Friday', 'future'],
      ['They agreed to meet Monday.', 'Monday', 'past'],
      ['They did not meet Monday.', 'Monday', 'past'],
      ['The vote Monday was close.', 'Monday', 'past'],
      // After an adjective the word is a noun; a verb needs a subject: pronoun, name or plural.
      ['Obama, who made his second visit on Friday, is sending aides.', 'Friday', 'past'],
      ['He was infected while on business travel in Mexico in April.', 'April', 'past'],
      ['The storms arrive in September.', 'September', 'future'],
    ] as const)('%s → %s', (text, word, tense) => {
      expect(at(text, word)).toBe(tense);
    });
  });

  describe('prepositions and clauses', () => {
    it.each([
      ['Police have searched for him since shortly after the Oct. 23 slaying.', 'Oct. 23', 'past'],
      ['Since KKR bought RJR in February, it has agreed to sell assets.', 'February', 'past'],
      // A postponement or an extension sets a date ahead, whatever the tense.
      ['Officials postponed until Tuesday morning any action on the case.', 'Tuesday', 'future'],
      ['The agency extended its deadline until 9 a.m. Tuesday.', '9 a.m. Tuesday', 'future'],
      ['He stayed in hospital until Tuesday.', 'Tuesday', 'past'],
      ['Up until Thursday, however, they had described him as a witness.', 'Thursday', 'past'],
      // A temporal clause takes the future of its main clause.
      ['Banks were likely to buy the stock as soon as trading opened Monday.', 'Monday', 'future'],
      ['Investors sold the stock as soon as trading opened Monday.', 'Monday', 'past'],
    ] as const)('%s → %s', (text, word, tense) => {
      expect(at(text, word)).toBe(tense);
    });

    it('prefers the verb inside a quotation to the reporting verb outside it', () => {
      const text = "``The father will leave at 4 in the morning (4 a.m. Thursday),'' Castro said.";
      expect(at(text, '4 a.m. Thursday')).toBe('future');
      expect(at("``We won,'' he said Friday.", 'Friday')).toBe('past');
    });

    it('lets a verb before "and" govern over a nearer one after it', () => {
      const text =
        'Protesters planned a large demonstration in Little Havana on Saturday and were planning a drive.';
      expect(at(text, 'Saturday')).toBe('future');
    });

    it('reads a date opening a chronology entry as no tense', () => {
      expect(at('2 June: US government begins criminal inquiry.', 'June')).toBe('unknown');
      expect(at('June 16 - Hayward and Svanberg meet White House officials.', 'June 16')).toBe('unknown');
    });

    it('keeps a verb in a following relative or subordinate clause at a distance', () => {
      expect(at('Regulators told the AP Friday that they are going to examine valves.', 'Friday')).toBe(
        'past',
      );
      expect(
        at('He will pump mud into the well on Wednesday, if tests scheduled for Monday work.', 'Wednesday'),
      ).toBe('future');
      expect(at('Exxon and the others on Wednesday promised to test it.', 'Wednesday')).toBe('past');
    });

    it('reads "next to" and compounds in -ed as no tense', () => {
      expect(at('A bomb ripped through a building next to the embassy Friday morning.', 'Friday')).toBe(
        'past',
      );
      expect(at('It fell after lower-than-expected earnings were reported Wednesday.', 'Wednesday')).toBe(
        'past',
      );
    });
  });
});
