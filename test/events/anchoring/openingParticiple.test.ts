import { describe, expect, it } from 'vitest';
import { openingParticiple } from '../../../src/events/anchoring/openingParticiple.ts';
import { extractEvents } from '../../../src/events/extractEvents.ts';
import { segmentSentences } from '../../../src/events/nlp/segmentSentences.ts';
import { parseSentence } from '../../../src/events/sentenceParse.ts';
import { article, monthIn, yesterday } from '../eventFixtures.ts';

const opening = (text: string, date: string) => {
  const p = parseSentence(segmentSentences(text)[0]!, []);
  return openingParticiple(p, yesterday(text, date), p.triggers)?.text;
};

describe('openingParticiple', () => {
  it('finds the past participle whose opening phrase holds the date', () => {
    expect(opening('Elected in 2000, Mr Assad has ruled Syria with an iron fist.', '2000')).toBe('Elected');
    expect(opening('Captured last week, the rebels were executed.', 'last week')).toBe('Captured');
    expect(opening('Born in 1950 to an Alawite family in Tartus, he studied law in Damascus.', '1950')).toBe(
      'Born',
    );
    // The library reads a capitalised participle before a preposition as a name.
    expect(
      opening('Rescued on Nov. 25 by fishermen off the Florida coast, Elian has become a cause.', 'Nov. 25'),
    ).toBe('Rescued');
  });

  it('finds the participle a date follows right after, with no comma (a fact box line)', () => {
    const line =
      'Formed last November after months of talks in Turkey Stated aim is to support the revolution and overthrow Assad';
    expect(opening(line, 'last November')).toBe('Formed');
    expect(opening('Founded in 1990 by exiles the group aims to unite the opposition.', '1990')).toBe(
      'Founded',
    );
  });

  it('finds nothing when the date stands after the opening phrase', () => {
    expect(opening('Elected in a landslide, the president took office on Friday.', 'Friday')).toBeUndefined();
  });

  it('finds nothing for a participle that describes a noun, nor for an "-ing" opening', () => {
    expect(
      opening('Suspected bombs exploded outside the embassy Friday, killing dozens.', 'Friday'),
    ).toBeUndefined();
    expect(
      opening('Elected officials warned on Wednesday that the city could erupt.', 'Wednesday'),
    ).toBeUndefined();
    expect(opening('Speaking on Tuesday, Mr Annan said the plan had failed.', 'Tuesday')).toBeUndefined();
  });
});

describe('an opening participle through extractEvents', () => {
  it('does not date the main clause by the date of the opening phrase', () => {
    const text = 'Born in 1952 to a musical family, Joe rose to prominence during the Eighties.';
    const events = extractEvents(article(text), [
      {
        ...monthIn(text, '1952', '1952-01'),
        precision: 'year',
        range: { start: '1952-01-01', end: '1952-12-31' },
      },
      { ...monthIn(text, 'the Eighties', '1980-01'), range: { start: '1980-01-01', end: '1989-12-31' } },
    ]);
    const rose = events.find((e) => e.mentions.some((m) => m.trigger?.text === 'rose'));
    expect(rose?.when.start).toBe('1980-01-01');
    expect(events.some((e) => e.when.start === '1952-01-01' && e.title.includes('rose'))).toBe(false);
  });
});
