import { describe, expect, it } from 'vitest';
import { tag } from '../../src/temporal/tag.ts';

const REFERENCE = '2022-04-12';

interface NegativeCase {
  /** The sentence. */
  readonly text: string;
  /** A word in it that must not be (part of) a temporal expression. */
  readonly not: string;
  /** A real date in the same sentence that must still be found, so an empty tagger cannot pass. */
  readonly still?: string;
}

function overlapping(text: string, word: string) {
  const start = text.indexOf(word);
  if (start < 0) throw new Error(`"${word}" is not in "${text}"`);
  const end = start + word.length;
  return tag(text, { reference: REFERENCE }).filter((r) => r.start < end && r.end > start);
}

// Words that are dates in one sense and something else here. Each case keeps a real date in the
// sentence, so the test checks that the tagger tells the two apart rather than tagging nothing.
const CASES: readonly NegativeCase[] = [
  { text: 'Theresa May said on Tuesday that talks would continue.', not: 'May', still: 'Tuesday' },
  { text: 'May Al-Sayed, a nurse in Gaza, said on Monday she had not slept.', not: 'May', still: 'Monday' },
  {
    text: 'White House correspondent April Ryan asked on Friday about the raid.',
    not: 'April',
    still: 'Friday',
  },
  { text: 'Jan Egeland, the UN aid chief, spoke on 3 April.', not: 'Jan', still: '3 April' },
  { text: 'Thousands of protesters march on the capital on Sunday.', not: 'march', still: 'Sunday' },
  { text: 'The Long March shaped the party, historians said in 2019.', not: 'March', still: '2019' },
  { text: 'Thousands joined the annual March for Life on Jan. 22.', not: 'March', still: 'Jan. 22' },
  { text: "She led the ``March of the Combatant Mothers'' on Friday.", not: 'March', still: 'Friday' },
  { text: 'He recalled the March on Washington in 1963.', not: 'March', still: '1963' },
  { text: 'More than 2,000 people were evacuated on Saturday.', not: '2,000', still: 'Saturday' },
  { text: 'He carried a 1990s-era rifle when arrested on Monday.', not: '1990s', still: 'Monday' },
  { text: 'Rebels carried AK-47 rifles into the town on Thursday.', not: '47', still: 'Thursday' },
  { text: 'They drove down Route 66 toward the coast on Friday.', not: '66', still: 'Friday' },
  { text: 'She won 3/4 of the vote in the election on Sunday.', not: '3/4', still: 'Sunday' },
  { text: 'The Sunday Times reported the deal on Wednesday.', not: 'Sunday', still: 'Wednesday' },
  { text: 'The second attack came on 4 March 2021.', not: 'second', still: '4 March 2021' },
  { text: 'Analysts expect prices to fall further in 2023.', not: 'fall', still: '2023' },
  { text: 'She sat down with reporters on Tuesday.', not: 'sat', still: 'Tuesday' },
  { text: 'The couple wed in secret in June 2020.', not: 'wed', still: 'June 2020' },
  { text: 'The Sun newspaper said on Monday it would appeal.', not: 'Sun', still: 'Monday' },
  { text: 'It sold short term debt on Tuesday.', not: 'short term', still: 'Tuesday' },
  { text: 'Prices rose 1988-1990 years ago and fell on Monday.', not: '1988-1990', still: 'Monday' },
  { text: 'Plot 1443 of the year 1443 list was sold on Friday.', not: 'the year', still: 'Friday' },
  { text: 'He ate 3/4 of the pie on Monday.', not: '3/4', still: 'Monday' },
  // A number labelled as an identifier is not a year, whatever its digits.
  { text: 'UN Security Council resolution 2042 was adopted in 2012.', not: '2042', still: '2012' },
  { text: 'UN resolution 1973 passed on Thursday.', not: '1973', still: 'Thursday' },
  { text: 'Flight 1549 landed on the Hudson on Friday.', not: '1549', still: 'Friday' },
  { text: 'Article 1998 of the code was cited on Monday.', not: '1998', still: 'Monday' },
  { text: 'Section 2001 applies from 3 May 2021.', not: '2001', still: '3 May 2021' },
  { text: 'A Boeing 1707 mock-up was shown in 2019.', not: '1707', still: '2019' },
  { text: 'Decree No. 1999 was issued on Tuesday.', not: '1999', still: 'Tuesday' },
  { text: 'They met in Room 2010 on Wednesday.', not: '2010', still: 'Wednesday' },
  // A bare year well after the DCT in a sentence with no plan or forecast is a number.
  { text: 'The 2040 plant design was shelved on Monday.', not: '2040', still: 'Monday' },
  // Islamic and solar Hijri month names that are also names or words.
  { text: 'Bouthaina Shaaban, right, attended the talks on Monday.', not: 'Shaaban', still: 'Monday' },
  { text: 'Tariq Ramadan spoke in Geneva on Friday.', not: 'Ramadan', still: 'Friday' },
  { text: 'Rajab Ali arrived in Kabul on 3 April.', not: 'Rajab', still: '3 April' },
  { text: 'Safar said the convoy left on Sunday.', not: 'Safar', still: 'Sunday' },
  { text: 'Bashar al-Assad spoke on Sunday.', not: 'Assad', still: 'Sunday' },
  { text: 'Asad Khan, a farmer, was killed on Monday.', not: 'Asad', still: 'Monday' },
  { text: 'The Saratan heat hit Kandahar on Tuesday.', not: 'Saratan', still: 'Tuesday' },
  { text: 'Hoot Ahmadzai was arrested on Monday.', not: 'Hoot', still: 'Monday' },
  { text: 'Mizan district fell to the Taliban on Friday.', not: 'Mizan', still: 'Friday' },
  // After a month, a number that does not look like a year is a count.
  { text: 'Since the start of June, 50 people died, officials said on Monday.', not: '50', still: 'Monday' },
];

describe('negative cases: words that are not dates here', () => {
  it.each(CASES)('$not in "$text"', ({ text, not, still }) => {
    expect(overlapping(text, not).map((r) => r.text)).toEqual([]);
    if (still) expect(overlapping(text, still).length).toBe(1);
  });

  // TimeML sometimes annotates "24-hour" as a duration (PT24H); that is defensible, but a
  // hotline's opening hours are never a calendar date or a clock time.
  it('does not turn "a 24-hour hotline" into a date or time', () => {
    const found = overlapping('A 24-hour hotline was set up on Friday.', '24-hour');
    expect(found.filter((r) => r.type === 'DATE' || r.type === 'TIME')).toEqual([]);
  });
});
