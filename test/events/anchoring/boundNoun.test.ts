import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../src/events/extractEvents.ts';
import { tag } from '../../../src/temporal/tag.ts';

/** "trigger@timex" of every dated mention of a sentence's events. */
function datedWords(text: string, published: string): string[] {
  const events = extractEvents(
    { id: 'a', title: 'a', source: 's', published, text },
    tag(text, { reference: published }),
  );
  return events.flatMap((e) => {
    const timex = e.mentions.find((m) => m.timex)?.timex;
    return timex ? e.mentions.filter((m) => m.trigger).map((m) => `${m.trigger!.text}@${timex.text}`) : [];
  });
}

describe('boundNoun (through extractEvents)', () => {
  it('gives the event noun a date modifies in a verb object the verb date too', () => {
    const words = datedWords(
      'About 500 people attended a Sunday night memorial service for the Buffalo-area physician.',
      '1999-10-24',
    );
    expect(words).toContain('attended@Sunday night');
    expect(words).toContain('service@Sunday night');
  });

  it('takes the noun of a possessive date framing the clause as a further word', () => {
    const words = datedWords(
      "In Sunday's debate against Vacco, Spitzer attacked him for failing to enforce a court order.",
      '1998-10-26',
    );
    expect(words).toContain('debate@Sunday');
  });

  it('takes no word of time, no deadline and no paper issue', () => {
    const words = datedWords(
      'Shareholders tendered 99.3% of all common shares outstanding by the Tuesday deadline. In its Friday issue, The Spectator quoted an officer.',
      '1989-10-31',
    );
    expect(words.some((w) => w.startsWith('deadline@'))).toBe(false);
    expect(words.some((w) => w.startsWith('issue@'))).toBe(false);
  });

  it('takes no modifier of a phrase whose head lies further on, nor the noun of a likeness', () => {
    const words = datedWords(
      "Workers collected oil that washed ashore from last month's Deepwater Horizon oil rig explosion. Experts predicted a 1918-like flu would keep 40 percent of the workforce out.",
      '2010-06-01',
    );
    expect(words.some((w) => w.startsWith('rig@'))).toBe(false);
    expect(words.some((w) => w.startsWith('flu@'))).toBe(false);
  });

  it('takes no "-ing" word after the noun, nor a level reached', () => {
    const words = datedWords(
      'In a Sept. 29, 2008 incident according to the congressional memo, a high pressure gas line blew apart. The trust line crept up without getting near the 1958 mark.',
      '2010-06-01',
    );
    expect(words.some((w) => w.startsWith('according@'))).toBe(false);
    expect(words.some((w) => w.startsWith('mark@'))).toBe(false);
  });
});
