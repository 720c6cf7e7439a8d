import { describe, expect, it } from 'vitest';
import { findPlaces } from '../../../src/events/entities/places/findPlaces.ts';
import { referentResolver } from '../../../src/events/entities/referents.ts';
import { segmentSentences } from '../../../src/events/nlp/segmentSentences.ts';

/** The name found for `title`, cut from the last sentence of `text`, its trigger at `trigger`. */
function nameFor(text: string, title: string, trigger: string): string | undefined {
  const sentences = segmentSentences(text);
  const r = referentResolver(sentences, findPlaces(text))(
    title,
    sentences.length - 1,
    text.lastIndexOf(trigger),
  );
  if (r) {
    expect(r.words.text.toLowerCase()).toBe(title.split(' ').slice(0, 2).join(' ').toLowerCase());
    expect(text.slice(r.name.start, r.name.end)).toBe(r.name.text);
  }
  return r?.name.text;
}

describe('describedBody', () => {
  it("names an airline the subject of the sentence before, by its name's own words", () => {
    const text =
      'Nine people were killed on Wednesday. Meanwhile, Air France announced on Wednesday that it was stopping all flights to Damascus. The airline currently operates three flights a week to the Syrian capital but has suspended the service.';
    expect(nameFor(text, 'The airline has suspended the service', 'suspended')).toBe('Air France');
  });

  it('names a group an apposition describes ("…, a network of anti-government groups,")', () => {
    const text =
      'Activists in Syria say 30 people have been killed. The Local Co-ordination Committees, a network of anti-government groups, reported fighting in several cities. The group also said that a colonel and 300 troops had defected.';
    expect(nameFor(text, 'The group said a colonel and 300 troops had defected', 'said')).toBe(
      'The Local Co-ordination Committees',
    );
  });

  it('names a company the article calls one anywhere: "oil company BP", "BP Plc", "shares in BP"', () => {
    const rest =
      ' BP has begun work on a relief well. The new drill site is about half a mile from the leaking well. The company began work on the well early on Sunday.';
    for (const cue of ['Oil company BP said little.', 'BP Plc said little.', 'Shares in BP fell.'])
      expect(nameFor(cue + rest, 'The company began work on the well', 'began')).toBe('BP');
    expect(
      nameFor(`Analysts were puzzled.${rest}`, 'The company began work on the well', 'began'),
    ).toBeUndefined();
  });

  it('finds none when the nearest named subject is of another kind or a possessed name, and passes over a place', () => {
    const other =
      'Shares in oil company BP fell. The US Coast Guard has begun work on a relief well. The company began work on the well early on Sunday.';
    expect(nameFor(other, 'The company began work on the well', 'began')).toBeUndefined();
    const place =
      'The Local Co-ordination Committees, a network of activists, reported deaths. Syria said troops had been attacked. The group said 30 people had died.';
    expect(nameFor(place, 'The group said 30 people had died', 'said')).toBe(
      'The Local Co-ordination Committees',
    );
    const possessed =
      "The People's Daily, the party's newspaper, suggested that rebels were to blame. The paper accused Western countries of politicising the incident.";
    expect(nameFor(possessed, 'The paper accused Western countries', 'accused')).toBeUndefined();
  });

  it('stops at a description of the kind in between, and goes on past "the <noun>" itself', () => {
    const giant =
      'Apache Corp approached BP with the plan. The British oil giant has been trying to sell assets. This weekend the company is trying to install a tighter seal.';
    expect(nameFor(giant, 'The company is trying to install a tighter seal', 'trying')).toBeUndefined();
    const chain =
      'Oil company BP said it would cut costs. The company also said it had not slowed the flow. At the start of last week, the company was valued at £122bn.';
    expect(nameFor(chain, 'The company was valued at £122bn', 'valued')).toBe('BP');
  });
});
