import { describe, expect, it } from 'vitest';
import { referentOfLast } from './referentOfLast.ts';

/** The name `soleThing` gives the "it" of `title`, cut from the last sentence of `text`, through the resolver. */
const resolve = (text: string, title: string, trigger: string) =>
  referentOfLast(text, title, trigger)?.name.text;

describe("soleThing (through referentResolver): an 'it' before a form of 'be' and a verb", () => {
  it('takes the one thing its own sentence names before it', () => {
    const text =
      'Another video appears to show a demonstrator being beaten. Nearly 260 unarmed UN observers have been deployed to monitor a ceasefire, which has largely collapsed since it was brokered in March by Kofi Annan.';
    expect(resolve(text, 'It was brokered by Kofi Annan', 'brokered')).toBe('a ceasefire');
    expect(
      resolve(
        'BP reported its results. The system has collected 149,900 barrels since it was installed on June 3.',
        'It was installed',
        'installed',
      ),
    ).toBe('The system');
  });

  it('takes none for two things, an impersonal passive, or an "it" of a clause a subordinator opens', () => {
    expect(
      resolve(
        'Crews waited. The rig was drilling the exploration well when it was ripped by an explosion.',
        'It was ripped by an explosion',
        'ripped',
      ),
    ).toBeUndefined();
    expect(
      resolve(
        'The school closed and it was confirmed a child had tested positive.',
        'It was confirmed a child had tested positive',
        'confirmed',
      ),
    ).toBeUndefined();
    expect(
      resolve(
        'The situation improved. Until it was destroyed on Tuesday, the palace was the finest building.',
        'It was destroyed',
        'destroyed',
      ),
    ).toBeUndefined();
  });

  it('takes the sentence before\'s subject, when a thing, for an "it" opening its main clause past opening phrases', () => {
    expect(
      resolve(
        'The animal, the sole survivor of a pair of pigs donated by China in 2002, normally grazes at the zoo. But at the weekend it was removed and put in solitary confinement.',
        'It was removed',
        'removed',
      ),
    ).toBe('The animal');
    expect(
      resolve(
        'The project saw 124 explosions. It was finally mothballed in 1989.',
        'It was mothballed',
        'mothballed',
      ),
    ).toBe('The project');
    // Not a person, nor a plural; nor before a verb that is no participle ("it is usually snows").
    expect(
      resolve(
        'Mr Brown saw the damage. It was finally mothballed in 1989.',
        'It was mothballed',
        'mothballed',
      ),
    ).toBeUndefined();
    expect(
      resolve(
        'The rebels saw the damage. It was finally mothballed in 1989.',
        'It was mothballed',
        'mothballed',
      ),
    ).toBeUndefined();
    expect(
      resolve('Spring comes late here. In May it is usually snows.', 'It is snows', 'snows'),
    ).toBeUndefined();
  });
});
