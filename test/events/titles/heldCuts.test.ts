import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../src/events/extractEvents.ts';
import { segmentSentences } from '../../../src/events/nlp/segmentSentences.ts';
import { parseSentence } from '../../../src/events/sentenceParse.ts';
import {
  cutOf,
  datedInOwnPhrase,
  describingParticipleCut,
  duringCut,
  thereToldCut,
} from '../../../src/events/titles/heldCuts.ts';
import { tag } from '../../../src/temporal/tag.ts';

/** The parse of a one-sentence text and its trigger spelled `word`. */
const parsed = (text: string, word: string) => {
  const p = parseSentence(segmentSentences(text)[0]!, tag(text, { reference: '2012-07-23' }));
  const trigger = p.triggers.find((t) => t.text === word);
  if (!trigger) throw new Error(`no trigger ${word}`);
  return { p, trigger };
};

describe('heldCuts', () => {
  it("titles a happening's noun opening the sentence by the main clause done at it", () => {
    const { p, trigger } = parsed(
      'At the G20 summit in Mexico on Tuesday, US President Barack Obama held separate talks with the leaders of Russia and China.',
      'summit',
    );
    expect(duringCut(p, trigger)?.text).toBe(
      'US President Barack Obama held separate talks with the leaders of Russia and China',
    );
  });

  it("titles a participle describing the noun that ends a verb's cut by that cut and the participle's phrase", () => {
    const { p, trigger } = parsed(
      'Times editor James Harding was among a group of international journalists invited to dinner with Vladimir Putin.',
      'invited',
    );
    expect(describingParticipleCut(p, trigger)?.text).toBe(
      'Times editor James Harding was among a group of international journalists invited to dinner with Vladimir Putin',
    );
    const killed = parsed('Troops killed ten protesters in Homs.', 'killed');
    expect(describingParticipleCut(killed.p, killed.trigger)).toBeUndefined();
  });

  it('reads a verb whose participle is its bare form as a participle after its noun', () => {
    const text = 'Norton said BP had ignored rules put in place in 2003.';
    const titles = extractEvents(
      { id: 'a', title: 'a', source: 's', published: '2010-06-02', text },
      tag(text, { reference: '2010-06-02' }),
    ).map((e) => e.title);
    expect(titles).toEqual(['Norton said BP had ignored rules put in place']);
    // (Not a verb with its particle: "set up".)
    const setUp = parsed('Officials set up a fund for the victims.', 'set');
    expect(describingParticipleCut(setUp.p, setUp.trigger)).toBeUndefined();
  });

  it('titles a participle the verb\'s cut runs through, or a gerund\'s "being" participle, by that cut', () => {
    const shooting = parsed(
      'The shooting occurred at a funeral for people killed during a protest against President Bashar al-Assad on Friday.',
      'killed',
    );
    expect(describingParticipleCut(shooting.p, shooting.trigger)?.text).toBe(
      'The shooting occurred at a funeral for people killed during a protest against President Bashar al-Assad',
    );
    const being = parsed(
      'An outbreak of swine flu at a Birmingham primary school led to 44 new cases of the virus being confirmed yesterday.',
      'confirmed',
    );
    expect(describingParticipleCut(being.p, being.trigger)?.text).toBe(
      'An outbreak of swine flu at a Birmingham primary school led to 44 new cases of the virus being confirmed',
    );
    const by = parsed(
      'The minister said the count was based on bodies collected in and around the capital by state company CNE.',
      'collected',
    );
    expect(describingParticipleCut(by.p, by.trigger)?.text).toBe(
      'The count was based on bodies collected in and around the capital by state company CNE',
    );
    // A verb whose subject the noun is stays its own: "after the rig | exploded", "killed | 11 workers".
    const exploded = parsed('The well began leaking oil after the rig exploded on 20 April.', 'exploded');
    expect(describingParticipleCut(exploded.p, exploded.trigger)).toBeUndefined();
    // Nor is a source's "according to" phrase a verb the noun is the object of.
    const source = parsed(
      'The slick is growing according to a radar image taken by a Canadian satellite.',
      'taken',
    );
    expect(describingParticipleCut(source.p, source.trigger)).toBeUndefined();
  });

  it('gives a noun after "on" or "during" the cut of the verb whose time it tells', () => {
    const { p, trigger } = parsed(
      'Hillary Clinton discussed the issue on a visit to Israel last week.',
      'visit',
    );
    expect(duringCut(p, trigger)?.text).toBe('Hillary Clinton discussed the issue on a visit to Israel');
    const after = parsed('Mr Annan called on Russia to end the attacks last week.', 'attacks');
    expect(duringCut(after.p, after.trigger)).toBeUndefined();
  });

  it('keeps the "there have been signs" a happening is told in', () => {
    const { p, trigger } = parsed(
      'Recently there have been signs that Moscow is losing patience with Damascus.',
      'losing',
    );
    expect(thereToldCut(p, trigger)?.text).toBe(
      'There have been signs Moscow is losing patience with Damascus',
    );
    const plain = parsed('Officials said that Moscow is losing patience with Damascus.', 'losing');
    expect(thereToldCut(plain.p, plain.trigger)).toBeUndefined();
  });

  it('gives a noun after "in" or "at" the cut of the verb done in or at it', () => {
    const at = parsed('Tony Hayward testified at a congressional hearing on Thursday.', 'hearing');
    expect(duringCut(at.p, at.trigger)?.text).toBe('Tony Hayward testified at a congressional hearing');
    const lost = parsed('The singer lost relatives in the earthquake on Tuesday.', 'earthquake');
    expect(duringCut(lost.p, lost.trigger)?.text).toBe('The singer lost relatives in the earthquake');
  });

  it("tells a date inside the noun's own phrase", () => {
    expect(
      datedInOwnPhrase(...args(parsed('The arrests were not linked to the December 2011 attack.', 'attack'))),
    ).toBe(true);
    expect(datedInOwnPhrase(...args(parsed('The attack on Friday killed 20 people.', 'attack')))).toBe(false);
  });

  it('makes each cut once per sentence and token', () => {
    const { p, trigger } = parsed('Rebels attacked a checkpoint on Friday.', 'attacked');
    expect(cutOf(p, trigger.index)).toBe(cutOf(p, trigger.index));
  });
});

function args(x: ReturnType<typeof parsed>) {
  return [x.p, x.trigger] as const;
}

describe('governingVerbCut and "for"', () => {
  it('titles an event noun a verb calls for by that verb', () => {
    const text =
      'UK Foreign Secretary William Hague has called for an emergency meeting of the UN Security Council this week.';
    const titles = extractEvents(
      { id: 'a', title: 'a', source: 's', published: '2012-05-27', text },
      tag(text, { reference: '2012-05-27' }),
    ).map((e) => e.title);
    expect(titles).toContain(
      'UK Foreign Secretary William Hague has called for an emergency meeting of the UN Security Council',
    );
  });
});

describe('governingVerbCut past a possessive', () => {
  it('titles an event noun after "its" by the verb', () => {
    const text = 'The Arab League suspended its monitoring mission last month.';
    const titles = extractEvents(
      { id: 'a', title: 'a', source: 's', published: '2012-02-29', text },
      tag(text, { reference: '2012-02-29' }),
    ).map((e) => e.title);
    expect(titles).toContain('The Arab League suspended its monitoring mission');
  });

  it('titles a noun after a verb\'s "of" by that verb, not a participle after its noun', () => {
    const died = parsed(
      'Anthony Shadid, of the New York Times, died of an apparent asthma attack in Syria last week.',
      'attack',
    );
    expect(duringCut(died.p, died.trigger)?.text).toBe(
      'Anthony Shadid died of an apparent asthma attack in Syria',
    );
    const convicted = parsed('Megrahi was the only person convicted of the 1988 plane bombing.', 'bombing');
    expect(duringCut(convicted.p, convicted.trigger)).toBeUndefined();
    // (Only a verb of dying: the telling or the warning is not done at the happening its "of" names.)
    for (const [text, word] of [
      ['Villagers told of the massacre in the village in March 2011.', 'massacre'],
      ['The army warned of an attack on the city last week.', 'attack'],
      ['Residents spoke of the devastating earthquake in the town last year.', 'earthquake'],
    ] as const) {
      const { p, trigger } = parsed(text, word);
      expect(duringCut(p, trigger)).toBeUndefined();
    }
  });
});
