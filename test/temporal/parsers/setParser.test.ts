import { describe, expect, it } from 'vitest';
import { tag } from '../../../src/temporal/tag.ts';
import { runCases } from '../cases.ts';

describe('frequencyParser and everyParser, DCT 2013-03-22', () => {
  runCases('2013-03-22', [
    { text: 'Farmers plant each season.', surface: 'each season', value: 'P3M', type: 'SET' },
    { text: 'They meet every day.', surface: 'every day', value: 'P1D', type: 'SET' },
    { text: 'Snow falls every winter.', surface: 'every winter', value: 'XXXX-WI', type: 'SET' },
    { text: 'The paper appears weekly.', surface: 'weekly', value: 'P1W', type: 'SET' },
    { text: 'Rates are set each year.', surface: 'each year', value: 'P1Y', type: 'SET' },
    { text: 'The club meets every Monday.', surface: 'every Monday', value: 'XXXX-WXX-1', type: 'SET' },
  ]);
});

describe('frequencyParser: "daily" and "weekly" naming a publication', () => {
  const texts = (text: string) => tag(text, { reference: '2000-01-10' }).map((r) => r.text);

  it('is no repetition before a title or a word for a paper', () => {
    expect(texts('The Communist Party daily Granma compared them.')).toEqual([]);
    expect(texts('The weekly Der Spiegel and a daily newspaper said so.')).toEqual([]);
  });

  it('still repeats in "daily flights" and "twice daily"', () => {
    expect(texts('Qantas plans daily flights, twice daily.')).toEqual(['daily', 'daily']);
  });
});
