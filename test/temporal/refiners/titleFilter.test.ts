import { describe, expect, it } from 'vitest';
import { tag } from '../../../src/temporal/tag.ts';

const texts = (text: string) => tag(text, { reference: '1998-03-31' }).map((r) => r.text);

describe('titleFilter', () => {
  it('drops a time word that is part of a name: "USA Today", "VOA Today"', () => {
    expect(texts('He told USA Today on Monday.')).toEqual(['Monday']);
    expect(texts('This is VOA Today.')).toEqual([]);
    expect(texts("The People's Daily said on Monday that it held.")).toEqual(['Monday']);
  });

  it('drops quoted programme titles: ABC\'s "This Week", CBS\'s "60 Minutes"', () => {
    expect(texts('Baker, speaking on ABC News\' "This Week," said so.')).toEqual([]);
    expect(texts('Baker said on ABC-TV\'s "This Week With David Brinkley" that it held.')).toEqual([]);
    expect(texts('Gonzalez said on CBS\'s "60 Minutes."')).toEqual([]);
  });

  it('keeps capitalized words at a sentence start, in quoted speech and in always-capitalized names', () => {
    expect(texts('Today, he said. "Now we see it," she said.')).toEqual(['Today', 'Now']);
    expect(texts('He said "next week." The Kabul Times said Monday.')).toEqual(['next week', 'Monday']);
    expect(texts('They marked Afghan Independence Day.')).toEqual(['Independence Day']);
    expect(texts('Shares fell on Wednesday. Yesterday, Compaq plunged.')).toEqual(['Wednesday', 'Yesterday']);
  });
});
