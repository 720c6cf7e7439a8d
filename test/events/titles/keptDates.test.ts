import { describe, expect, it } from 'vitest';
import { segmentSentences } from '../../../src/events/nlp/segmentSentences.ts';
import { keptInTitle } from '../../../src/events/titles/keptDates.ts';
import { tag } from '../../../src/temporal/tag.ts';

/** Whether the title keeps the date expression spelled `phrase` in `text`. */
const kept = (text: string, phrase: string) => {
  const s = segmentSentences(text)[0]!;
  const t = tag(text, { reference: '2010-07-06' }).find((x) => x.text === phrase)!;
  return keptInTitle(s, t);
};

describe('keptInTitle', () => {
  it('keeps a holiday a verb has for its object, not one that only dates it', () => {
    expect(kept('Afghans marked Nowruz quietly as the Taliban discouraged celebrations.', 'Nowruz')).toBe(
      true,
    );
    expect(kept('Muslims across the region began Ramadan under curfew.', 'Ramadan')).toBe(true);
    expect(kept('Crowds gathered in the square on Nowruz.', 'Nowruz')).toBe(false);
    expect(kept('Attacks rose sharply before Ramadan.', 'Ramadan')).toBe(false);
    expect(kept('The storm struck Christmas Eve.', 'Christmas Eve')).toBe(false);
  });

  it("keeps the date a negated clause waits for, not a cleft's", () => {
    expect(kept('BP does not expect to halt the flow until August.', 'August')).toBe(true);
    expect(kept('The flow was halted until August.', 'August')).toBe(false);
    expect(kept("It wasn't until August that the flow was halted.", 'August')).toBe(false);
    // (The negation of another clause: "who did not give their names".)
    expect(
      kept('Officials, who did not give their names, said schools would stay shut until August.', 'August'),
    ).toBe(false);
    expect(kept("BP doesn't expect to halt the escape of 19,000 barrels a day until August.", 'August')).toBe(
      true,
    );
  });

  it('keeps a length of time, counted or not, that a verb of taking or lasting has for its object', () => {
    expect(kept('It took just a few seconds for the news to filter through.', 'a few seconds')).toBe(true);
    expect(kept('The talks lasted several days.', 'several days')).toBe(true);
    expect(kept('After several days the talks ended.', 'several days')).toBe(false);
  });

  it('keeps the length a first or a superlative is counted over, whatever follows it', () => {
    expect(
      kept(
        'Swine flu has become the first official pandemic in 41 years after the WHO raised the alert.',
        '41 years',
      ),
    ).toBe(true);
    expect(kept('The talks resumed two days after the ceasefire ended.', 'two days')).toBe(false);
    expect(kept('Police made an arrest in 24 hours after the bombing.', '24 hours')).toBe(false);
  });

  it('keeps a time the clause after it tells, not a date that opens the sentence', () => {
    expect(
      kept('Dr Murray has acknowledged administering Propofol on the day the singer died.', 'the day'),
    ).toBe(true);
    expect(kept('Earlier in the week she visited Homs.', 'the week')).toBe(false);
  });

  it('keeps a rate, a possessive before its noun and a told length of time, not a point in time', () => {
    expect(kept('Up to 60,000 barrels of oil a day have leaked into the Gulf.', 'a day')).toBe(true);
    expect(kept("The ambassador struck a conciliatory note at Tuesday's debate.", 'Tuesday')).toBe(true);
    expect(kept("Thousands have died since Tuesday's 7.0 magnitude earthquake.", 'Tuesday')).toBe(true);
    expect(kept('The army gave the town 48 hours to surrender.', '48 hours')).toBe(true);
    expect(kept('The army shelled the town on Tuesday.', 'Tuesday')).toBe(false);
  });
});

describe('keptInTitle of a date that is a clause subject', () => {
  it('keeps a date the words said are about, not one that dates a verb', () => {
    expect(
      kept('Officials said Thursday was the first day they had failed to find anyone.', 'Thursday'),
    ).toBe(true);
    expect(kept('Yesterday saw the heaviest fighting in the city.', 'Yesterday')).toBe(true);
    expect(kept('Six years ago came the Sars epidemic.', 'Six years ago')).toBe(false);
    // (The date of the verb before it, or of a participle: not the next verb's subject.)
    expect(kept('Bob Dudley, an executive, today became the man in charge.', 'today')).toBe(false);
    expect(kept('The estimates released Thursday were far higher.', 'Thursday')).toBe(false);
    expect(kept('The virus which the agency warned today has the potential to spread.', 'today')).toBe(false);
  });
});

describe('keptInTitle after "due"', () => {
  it('keeps the date a "due" looks to, and only that', () => {
    expect(kept("The company's results due on Tuesday are expected to reveal a provision.", 'Tuesday')).toBe(
      true,
    );
    expect(kept('The results are expected to reveal a provision on Tuesday.', 'Tuesday')).toBe(false);
  });
});
