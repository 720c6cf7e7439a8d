import { describe, expect, it } from 'vitest';
import { referentOfLast } from './referentOfLast.ts';

/** The name found for `title`, cut from the last sentence of `text`, its trigger at `trigger`. */
function nameFor(text: string, title: string, trigger: string): string | undefined {
  const r = referentOfLast(text, title, trigger);
  if (r) {
    expect(r.words.text.toLowerCase()).toBe(
      title
        .split(' ')
        .slice(0, 2)
        .join(' ')
        .replace(/['’]s$/, '')
        .toLowerCase(),
    );
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
    for (const cue of [
      'Oil company BP said little.',
      'BP Plc said little.',
      'Shares in BP fell.',
      "BP's dividend was cut.",
      "BP's depositary shares fell.",
      'BP chief executive Tony Hayward spoke.',
    ])
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
    const numbered =
      'New York-based Six Flags Inc filed for Chapter 11 bankruptcy protection. On Saturday, the company said its plan had been approved.';
    expect(nameFor(numbered, 'The company said its plan had been approved', 'said')).toBeUndefined();
  });

  it('stops at a description of the kind in between, and goes on past "the <noun>" itself', () => {
    const giant =
      'Apache Corp approached BP with the plan. The British oil giant has been trying to sell assets. This weekend the company is trying to install a tighter seal.';
    expect(nameFor(giant, 'The company is trying to install a tighter seal', 'trying')).toBeUndefined();
    const chain =
      'Oil company BP said it would cut costs. The company also said it had not slowed the flow. At the start of last week, the company was valued at £122bn.';
    expect(nameFor(chain, 'The company was valued at £122bn', 'valued')).toBe('BP');
  });

  it("takes the one body of the kind named elsewhere than as the subject, unless a pronoun's deed comes between", () => {
    expect(
      nameFor(
        'Oil company BP said little. Shares in BP fell a further 5% on Tuesday. The company has seen its shares tumble.',
        'The company has seen its shares tumble',
        'seen',
      ),
    ).toBe('BP');
    const pronoun =
      'Halliburton Co issued a statement criticising the commission. It said "had BP Plc read the tests, the problems would have shown". The company also reiterated its disputes.';
    expect(nameFor(pronoun, 'The company reiterated its disputes', 'reiterated')).toBeUndefined();
    const airlines =
      'The appeal has raised money. Airlines have converted passenger planes so they can carry more cargo to the Caribbean nation. The company has also pledged £300,000.';
    expect(nameFor(airlines, 'The company has pledged £300,000', 'pledged')).toBeUndefined();
  });

  it('reads an apposition up to an adverb or a preposition ("Transocean, a former U.S. firm now based …")', () => {
    const text =
      "Another key player is Transocean, a former U.S. firm now based in Switzerland. Last month, the company's Houston affiliate hired lobbyists.";
    expect(nameFor(text, "The company's Houston affiliate hired lobbyists", 'hired')).toBe('Transocean');
  });
});
