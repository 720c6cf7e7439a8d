import { describe, expect, it } from 'vitest';
import { clauseOf, splitClauses } from '../../../src/events/clauses/splitClauses.ts';
import { toldAsState } from '../../../src/events/clauses/toldAsState.ts';
import { annotate } from '../../../src/events/nlp/annotate.ts';

const state = (text: string, word: string) => {
  const { tokens } = annotate(text);
  const k = tokens.findIndex((t) => t.text === word);
  expect(k).toBeGreaterThanOrEqual(0);
  return toldAsState(tokens, clauseOf(splitClauses(tokens), k), k);
};

describe('toldAsState', () => {
  it('takes an adjective after a present "is/are" for a state', () => {
    expect(state('Today, 65m hogs are concentrated in 65,000 facilities.', 'concentrated')).toBe(
      'a present state',
    );
    // A past copula may tell a change; "'s" may be "has"; a participle may be a timeline's happening.
    expect(
      state('The hogs were concentrated in 65,000 facilities on Monday.', 'concentrated'),
    ).toBeUndefined();
    expect(state("He's seen no evidence of reckless behaviour.", 'seen')).toBeUndefined();
    expect(
      state('8 February 2010 Dr Murray is charged with involuntary manslaughter.', 'charged'),
    ).toBeUndefined();
  });

  it('takes what "remain" or "stay" keeps for a continued state', () => {
    expect(state('But he said the mission remained committed to ending the violence.', 'committed')).toBe(
      'a continued state',
    );
    expect(state('Twenty percent of federal waters in the Gulf remain closed.', 'closed')).toBe(
      'a continued state',
    );
    expect(state('The fate of the well remained very much unresolved on Monday.', 'unresolved')).toBe(
      'a continued state',
    );
    // A visit is no state: "stay" itself is left alone, and "remain" before a place too.
    expect(
      state('He will stay overnight there and return to Washington on Tuesday.', 'stay'),
    ).toBeUndefined();
    expect(state('Troops remain in the city.', 'remain')).toBeUndefined();
    // A decision, a warning or a plan about the state is told by its modal.
    expect(
      state('Admiral Thad Allen said the well would remain capped while ships evacuated.', 'capped'),
    ).toBeUndefined();
    expect(
      state('They warned the opposition could not remain committed to an empty truce.', 'committed'),
    ).toBeUndefined();
    expect(state('The mission was committed to Syria in April.', 'committed')).toBeUndefined();
  });

  it('takes what an extraposed comment governs for a comment', () => {
    expect(
      state('It has been interesting to observe different sectors of society have reacted.', 'reacted'),
    ).toBe('a comment');
    expect(state('It seems unlikely that the measure would pass before the recess begins.', 'pass')).toBe(
      'a comment',
    );
  });

  it('leaves a happening a comment presupposes, a closing saying, a reporting "it" and a later clause', () => {
    expect(state('It was clear that the buildings were hit deliberately.', 'hit')).toBeUndefined();
    expect(state('It had been due to expire Friday evening.', 'expire')).toBeUndefined();
    expect(
      state("It was immediately obvious that Tuesday's quake would be a disaster.", 'quake'),
    ).toBeUndefined();
    expect(
      state('It seemed inevitable that oil would reach shore, a spokesman said.', 'said'),
    ).toBeUndefined();
    expect(
      state('Fitch said that it was now more confident that the well was capped.', 'capped'),
    ).toBeUndefined();
    expect(state("It's alleged that he hurled abuse at a student.", 'hurled')).toBeUndefined();
    expect(state("It's similar to the procedure that failed in May.", 'failed')).toBeUndefined();
    expect(
      state("It's hard to know what is priced in, but the shares themselves barely budged today.", 'budged'),
    ).toBeUndefined();
  });

  it('takes a verb with an adverb of frequency for a habit', () => {
    expect(state('Anti-government protests regularly take place after Friday prayers.', 'take')).toBe(
      'a habit',
    );
    expect(state('Flu strains often disappear over the summer months.', 'disappear')).toBe('a habit');
    expect(state('What is sometimes called soul-making.', 'called')).toBe('a habit');
    expect(state('A submarine, commonly used in the industry, was deployed.', 'used')).toBeUndefined();
    expect(
      state('He gave him propofol, an anesthetic typically administered in hospitals.', 'administered'),
    ).toBeUndefined();
    expect(state('BP and other companies routinely won exemptions from review.', 'won')).toBe('a habit');
    expect(state('A submarine, commonly used in the industry, was deployed.', 'deployed')).toBeUndefined();
    expect(state('Protesters took to the streets after Friday prayers.', 'took')).toBeUndefined();
  });

  it('takes a verb of posture before an adjective or a participle for a continued state', () => {
    expect(state('Big farmhouses sat silent behind high walls and locked steel gates.', 'sat')).toBe(
      'a continued state',
    );
    expect(state('In the docks at Empire a row of oyster boats sit idle.', 'sit')).toBe('a continued state');
    expect(state('Hundreds of oil-coated hermit crabs lay dead along the blackened shoreline.', 'lay')).toBe(
      'a continued state',
    );
    // A movement is no state, nor what a modal foresees.
    expect(state('The protesters sat down in the square on Monday.', 'sat')).toBeUndefined();
    expect(state('Israel will not sit idle.', 'sit')).toBeUndefined();
    expect(state('Thousands stood in line for water on Monday.', 'stood')).toBeUndefined();
    // Nor a tally, whose adjective is a noun's ("stood last night at 404"), nor an offer to act.
    expect(state('The number of confirmed cases stood last night at 404.', 'stood')).toBeUndefined();
    expect(
      state('The French government said it stood ready to evacuate Ms Bouvier.', 'stood'),
    ).toBeUndefined();
  });

  it('takes a verb of appearance before an adjective for an impression', () => {
    expect(
      state('However, many of those at the summit appeared sceptical it would implement it.', 'appeared'),
    ).toBe('an impression');
    expect(state('Mr Hayward looked tired as he left the hearing.', 'looked')).toBe('an impression');
    // An appearance somewhere, a look at something, and what seemed to happen are left alone.
    expect(state('He appeared in court on Monday.', 'appeared')).toBeUndefined();
    expect(state('Investigators looked closely at the blowout preventer.', 'looked')).toBeUndefined();
    expect(state('The oil appeared to be leaking faster.', 'appeared')).toBeUndefined();
  });

  it('takes a perfect progressive that a length of time bounds for a continued state, not in words said', () => {
    expect(
      state(
        'Violence between the two sides has been raging in the Middle Eastern country for over a year.',
        'raging',
      ),
    ).toBe('a continued state');
    expect(
      state(
        'Gulf Coast residents have been complaining for weeks the claims process is too slow.',
        'complaining',
      ),
    ).toBe('a continued state');
    expect(
      state('Food industries had been calling for a change in name to remove the link.', 'calling'),
    ).toBeUndefined();
    // (A noun of time that modifies another is no length: "the month's elections", "a time limit".)
    expect(
      state("Protesters have been calling for the month's elections to be delayed.", 'calling'),
    ).toBeUndefined();
    expect(
      state('Lawmakers have been pushing for a time limit on drilling permits.', 'pushing'),
    ).toBeUndefined();
    expect(state('Rebels have been fighting in the hills for well over a year.', 'fighting')).toBe(
      'a continued state',
    );
    expect(
      state('The affidavit said Dr Murray had been giving Jackson propofol daily for six weeks.', 'giving'),
    ).toBeUndefined();
    // A "since" runs the clause from its date (anchoring's span): no state here.
    expect(
      state('The blown-out well has been spewing oil into Gulf waters since April.', 'spewing'),
    ).toBeUndefined();
  });

  it('takes what an unnamed part of a group has done so far for a summary', () => {
    expect(state('Many Western powers have urged President Assad to stand down.', 'urged')).toBe('a summary');
  });

  it('takes a perfect told again and again for a habit, not a past repeated on one day', () => {
    expect(state("Dr Murray has repeatedly denied causing Jackson's death.", 'denied')).toBe('a habit');
    expect(state('BP has consistently said the final say lies with Allen.', 'said')).toBe('a habit');
    expect(state('Israeli jets repeatedly struck the town on Monday.', 'struck')).toBeUndefined();
    expect(state("Dr Murray has denied causing Jackson's death.", 'denied')).toBeUndefined();
  });
});
