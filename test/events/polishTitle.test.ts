import { describe, expect, it } from 'vitest';
import {
  balanceQuotes,
  dropDates,
  dropExistential,
  dropFurniture,
  repairPossessive,
  simplePast,
} from '../../src/events/polishTitle.ts';

// Inputs are titles the extraction built from Timeline17 sentences before titles were polished.
describe('dropDates', () => {
  it('drops a date phrase with its preposition: the timeline shows the date', () => {
    expect(dropDates('The committee to meet Syrian officials on Sunday in Qatar to try')).toBe(
      'The committee to meet Syrian officials in Qatar to try',
    );
    expect(dropDates('At least 17 soldiers killed late on Friday in attacks')).toBe(
      'At least 17 soldiers killed in attacks',
    );
    expect(dropDates('Regime launches an assault on the city of Homs on Friday night')).toBe(
      'Regime launches an assault on the city of Homs',
    );
    expect(dropDates('Hundreds kill in the offensive over the past week')).toBe(
      'Hundreds kill in the offensive',
    );
    expect(dropDates('Security forces kill students in a raid in early May in Aleppo')).toBe(
      'Security forces kill students in a raid in Aleppo',
    );
    expect(dropDates('At least 70 people killed on Tuesday alone')).toBe('At least 70 people killed');
  });

  it('drops a leading date and the comma after it', () => {
    expect(dropDates('This week there were no restrictions on travel as yet')).toBe(
      'there were no restrictions on travel as yet',
    );
    expect(dropDates('Last week, Syria said it would withdraw')).toBe('Syria said it would withdraw');
  });

  it('cuts a dateline glued to the text', () => {
    expect(dropDates('BP says robot submarines have blocked one leak Wednesday 5 May 21.48')).toBe(
      'BP says robot submarines have blocked one leak',
    );
  });

  it('keeps names, possessives, predicates, bare years and durations', () => {
    for (const t of [
      'Marie Colvin of the Sunday Times killed in the house',
      "Friday night's event had set a new record for disaster relief telethons",
      'The Woods Hole voyage was in late June, while the broken BP well was still spewing',
      'He was seen to have been at fault in the 2008 assassination of Hezbollah',
      'More than 2,200 people killed in six months of protests',
      'BP says the spill may cost more',
    ])
      expect(dropDates(t)).toBe(t);
  });

  it('drops a preposition whose date was taken out before, not a particle', () => {
    expect(dropDates("Visit at by China's Deputy Foreign Minister Zhai Jun")).toBe(
      "Visit by China's Deputy Foreign Minister Zhai Jun",
    );
    expect(dropDates('Fighting went on in Homs for hours')).toBe('Fighting went on in Homs for hours');
    expect(dropDates('Fighting on left 63 people dead')).toBe('Fighting left 63 people dead');
    expect(dropDates('Talks on security in Geneva')).toBe('Talks on security in Geneva');
  });

  it('leaves a title that would fall under three words', () => {
    expect(dropDates('Uprising begins last year')).toBe('Uprising begins last year');
  });
});

describe('balanceQuotes, dropExistential, dropFurniture', () => {
  it('closes or drops quotes and brackets a cut left open', () => {
    expect(balanceQuotes('Operating results due out to be"very strong')).toBe(
      'Operating results due out to be very strong',
    );
    expect(balanceQuotes("Nick Clegg warns of the risk of ` megaphone diplomacy '")).toBe(
      'Nick Clegg warns of the risk of ‘megaphone diplomacy’',
    );
    expect(balanceQuotes("William Thomas ' mother dies in the war")).toBe(
      'William Thomas’ mother dies in the war',
    );
    expect(balanceQuotes('Ed Chernoff ( leaves')).toBe('Ed Chernoff leaves');
  });

  it('names the happening of "there was"', () => {
    expect(dropExistential('There was more violence in Tripoli')).toBe('More violence in Tripoli');
    expect(dropExistential('Been continuous fighting in the Tremseh area')).toBe(
      'Continuous fighting in the Tremseh area',
    );
    expect(dropExistential('There was none')).toBe('There was none');
  });

  it('drops a byline read as the start of a sentence', () => {
    expect(
      dropFurniture("By Jonathan Marcus BBC Diplomatic Correspondent Syria's Kurds begin to take control"),
    ).toBe("Syria's Kurds begin to take control");
  });
});

describe('simplePast', () => {
  it('reads the backshifted past perfect of reported words as the simple past', () => {
    expect(simplePast('China says it had already removed most of its workers from the country')).toBe(
      'China says it already removed most of its workers from the country',
    );
    expect(simplePast('Spokesman Sami al-Kurdi says the FSA had begun attacking soldiers')).toBe(
      'Spokesman Sami al-Kurdi says the FSA began attacking soldiers',
    );
  });

  it('leaves "had been" and "had" as a main verb', () => {
    expect(simplePast('Mr Arabi says some monitors had been wounded')).toBe(
      'Mr Arabi says some monitors had been wounded',
    );
    expect(simplePast('The city had no power')).toBe('The city had no power');
  });
});

describe('repairPossessive', () => {
  it('restores a possessive whose apostrophe or owner went missing', () => {
    expect(repairPossessive('Qatar s ruling emir declares his support for troops')).toBe(
      'Qatar’s ruling emir declares his support for troops',
    );
    expect(repairPossessive('S blast at the security headquarters in Damascus')).toBe(
      'Blast at the security headquarters in Damascus',
    );
    expect(repairPossessive('Syria says it is ready')).toBe('Syria says it is ready');
  });
});
