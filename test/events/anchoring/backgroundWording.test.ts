import { describe, expect, it } from 'vitest';
import { backgroundWording } from '../../../src/events/anchoring/backgroundWording.ts';
import { extractEvents } from '../../../src/events/extractEvents.ts';
import { article, dayIn } from '../eventFixtures.ts';

describe('backgroundWording', () => {
  it("reads the narrator's past perfect as background, not the words said", () => {
    expect(backgroundWording('The unrest had spiralled out of control.', 'body')).toBe('past perfect');
    // Moved back a tense from the speaker's present perfect: the day's news.
    expect(
      backgroundWording('Greenpeace said it had cut fuel supplies to all 50 BP stations.', 'body'),
    ).toBeUndefined();
    expect(
      backgroundWording('The government had sent a team to investigate, he added.', 'body'),
    ).toBeUndefined();
  });

  it('reads a present copula whose predicate carries a reduced relative as a description of what stands', () => {
    const assets =
      "Most of the UK assets is cash held in bank accounts by people and organizations named in the EU's action.";
    expect(backgroundWording(assets, 'body')).toBe('description of what stands');
    expect(
      backgroundWording('Artemisia annua is a plant used to create drugs to fight malaria.', 'lead'),
    ).toBe('description of what stands');
    expect(backgroundWording(assets, 'opening')).toBeUndefined();
    // A passive, a progressive, a past: happenings, not descriptions.
    expect(
      backgroundWording('The caller is heard to say Jackson has stopped breathing.', 'body'),
    ).toBeUndefined();
    expect(backgroundWording('Aid is being flown in by military planes.', 'body')).toBeUndefined();
    expect(backgroundWording('The town was a place hit by shelling on Friday.', 'body')).toBeUndefined();
  });

  it('reads a present perfect with a count of times as a history, past the opening sentence', () => {
    const vetoed = 'China has twice vetoed UN resolutions against the Assad regime.';
    expect(backgroundWording(vetoed, 'lead')).toBe('present perfect of repeated happenings');
    expect(backgroundWording('Obama has repeatedly lambasted BP over the spill.', 'body')).toBeDefined();
    // (A clock time's colon ends no clause.)
    expect(backgroundWording('At 06:00, troops have repeatedly shelled the city.', 'body')).toBeDefined();
    expect(backgroundWording('The WHO has several times ruled out travel bans.', 'body')).toBeDefined();
    expect(backgroundWording('BP has consistently played down the size of the spill.', 'body')).toBeDefined();
    expect(backgroundWording('Russia and China have vetoed two previous resolutions.', 'body')).toBeDefined();
    // The opening sentence is the news itself.
    expect(backgroundWording(vetoed, 'opening')).toBeUndefined();
  });

  it('does not take a multiple, or a count in another clause, for repetition', () => {
    expect(
      backgroundWording('Five times more oil than estimated has leaked into the Gulf.', 'body'),
    ).toBeUndefined();
    expect(
      backgroundWording(
        'Hayward got a vote of sympathy from a man who has testified on six occasions.',
        'body',
      ),
    ).toBeUndefined();
  });

  it('reads "so far" with a present perfect as a summing up, unless it gives a tally', () => {
    const dyed = 'They have so far dyed the water red in public fountains across Damascus.';
    expect(backgroundWording(dyed, 'lead')).toBe('present perfect summed up so far');
    expect(backgroundWording('The huge oil spill has so far cost BP $450m.', 'body')).toBeUndefined();
    expect(
      backgroundWording(
        'Robot subs have tried to activate a shut-off device, but so far that has not worked.',
        'body',
      ),
    ).toBeUndefined();
  });

  it('reads a span of years and an opening on an earlier time as background after the lead', () => {
    const years = 'Over the past 20 years Haiti has become dependent on food imports.';
    expect(backgroundWording(years, 'body')).toBe('span of years');
    expect(backgroundWording(years, 'lead')).toBeUndefined();
    expect(
      backgroundWording(
        'In the months before his death, Michael Jackson employed Dr Conrad Murray as his personal physician.',
        'body',
      ),
    ).toBe('opens on an earlier time');
    expect(
      backgroundWording('In the days after the vote, protesters filled the square.', 'body'),
    ).toBeUndefined();
    expect(backgroundWording('Previously, she covered retail for three years.', 'body')).toBe(
      'opens on an earlier time',
    );
    expect(backgroundWording('For 16 months, government troops and rebels have been fighting.', 'body')).toBe(
      'span before a present perfect',
    );
  });

  it('keeps recent spans, spans of another clause and durations of what is done', () => {
    expect(
      backgroundWording('In the past 24 hours scientists have taken new measurements.', 'body'),
    ).toBeUndefined();
    expect(
      backgroundWording(
        'Allen said choppy seas hindered booms, techniques that have changed little over the past four decades.',
        'body',
      ),
    ).toBeUndefined();
    expect(
      backgroundWording(
        'A committee has agreed measures that would ban the firm from drilling for seven years.',
        'body',
      ),
    ).toBeUndefined();
  });
});

describe('backgroundWording (through extractEvents)', () => {
  const text =
    'Syrian troops shelled Homs on Monday, killing 20 people. The UN condemned the attack. Diplomats met in New York. ' +
    'China has twice vetoed UN resolutions against the Assad regime.';

  it("leaves a history told in the present perfect out of the day's news", () => {
    const events = extractEvents(article(text, '2012-02-08'), [dayIn(text, 'Monday', '2012-02-06')]);
    expect(events.map((e) => e.title)).toContain('Diplomats met in New York');
    expect(events.some((e) => /vetoed/.test(e.title))).toBe(false);
  });
});
