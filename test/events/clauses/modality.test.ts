import { describe, expect, it } from 'vitest';
import { triggerModality } from '../../../src/events/clauses/modality.ts';
import { clauseOf, splitClauses } from '../../../src/events/clauses/splitClauses.ts';
import { annotate } from '../../../src/events/nlp/annotate.ts';

const modality = (text: string, verb: string, opts: { reported?: boolean } = {}) => {
  const { tokens } = annotate(text);
  const k = tokens.findIndex((t) => t.text === verb);
  return triggerModality(tokens, clauseOf(splitClauses(tokens), k), k, opts);
};

describe('triggerModality', () => {
  it('reads plans, possibilities and open questions from the clause', () => {
    expect(modality('The minister will visit Kabul.', 'visit')).toBe('planned');
    expect(modality('The town could face sanctions.', 'face')).toBe('hypothetical');
    expect(modality('It was not clear whether the buildings were hit deliberately.', 'hit')).toBe(
      'hypothetical',
    );
  });

  it('reads a modal past a quotation mark, and a noun a possible verb takes as possible', () => {
    expect(
      modality('Saleri said a bad storm could "really complicate" the impact of the oil.', 'complicate'),
    ).toBe('hypothetical');
    expect(modality('The Coast Guard said crews could resume work on Thursday.', 'work')).toBe(
      'hypothetical',
    );
    expect(modality('The Coast Guard said crews resumed work on Thursday.', 'work')).toBeUndefined();
    // A pledge quoted word for word is read as before: the statement is the news.
    expect(
      modality('He said China would "continue to play a constructive role".', 'continue', { reported: true }),
    ).toBeUndefined();
  });

  it('marks what is hoped or feared as not told as happened', () => {
    expect(
      modality("Western nations had been hoping that Tuesday's session would soften resistance.", 'soften'),
    ).toBe('hypothetical');
  });

  it('marks a relative clause on the noun of a supposed happening as supposed', () => {
    expect(
      modality(
        'It would apply to deserters who turned themselves in, and those who handed in weapons.',
        'handed',
      ),
    ).toBe('hypothetical');
    expect(modality('Police arrested rebels who attacked a checkpoint.', 'attacked')).toBeUndefined();
    expect(
      modality(
        'The SNC may face a challenge from the National Alliance, which was formed on Thursday.',
        'formed',
      ),
    ).toBeUndefined();
  });

  it('takes a denied happening for one not told as happened, but not the telling of a denial', () => {
    expect(
      modality('The defection of the deputy oil minister did not trigger a cascade of moves.', 'trigger'),
    ).toBe('hypothetical');
    expect(
      modality(
        'Mr Annan told the Security Council that the Syrian military had not withdrawn its forces.',
        'told',
      ),
    ).toBeUndefined();
  });

  it('takes giving nothing for no happening, even in a sentence that reports words', () => {
    const text =
      'Canadian officials said a woman who died there also had other health problems, but gave no further details.';
    expect(modality(text, 'gave')).toBe('hypothetical');
    expect(modality(text, 'said')).toBeUndefined();
  });

  it('takes a hope or a target for not told as happened, and a schedule for a plan', () => {
    expect(modality('The UN hopes to have the full advance team in place by Monday.', 'have')).toBe(
      'hypothetical',
    );
    expect(modality('BP wants to take off the existing cap in July.', 'take')).toBe('hypothetical');
    expect(modality('The envoy is due to meet President Assad on Monday.', 'meet')).toBe('planned');
  });

  it('takes a near miss for not told as happened', () => {
    expect(modality('The town had come close to tipping over into bloodletting.', 'bloodletting')).toBe(
      'hypothetical',
    );
  });

  it('takes a passive verb of regard with "as" for a reading, not a happening', () => {
    expect(
      modality("Pelosi's meeting was seen as an attempt to bring order to the party's response.", 'seen'),
    ).toBe('hypothetical');
    expect(modality('The company has been widely regarded as a takeover target.', 'regarded')).toBe(
      'hypothetical',
    );
    expect(modality('Rebels were seen near the airport.', 'seen')).toBeUndefined();
  });

  it('takes self-presentation for a description, not a happening', () => {
    expect(
      modality(
        'The Syrian National Council is trying to present itself as a government-in-waiting.',
        'trying',
      ),
    ).toBe('hypothetical');
    expect(modality('The rebels presented the captured officers to reporters.', 'presented')).toBeUndefined();
  });

  it('does not read a desire across "so" into the verb it joins', () => {
    expect(modality('They wanted to be together so saved enough to emigrate.', 'saved')).toBeUndefined();
  });

  it('leaves a happening told as such unmarked', () => {
    expect(modality('It was clear that the buildings were hit deliberately.', 'hit')).toBeUndefined();
    expect(modality('Troops shelled the town.', 'shelled')).toBeUndefined();
  });

  it('takes one of two alternatives after "Either … or" for hypothetical', () => {
    expect(
      modality(
        'Either the president is making a promise he cannot honour, or he has lost his grip.',
        'making',
      ),
    ).toBe('hypothetical');
  });

  it('reads the present tense of a time clause as what is to come', () => {
    expect(
      modality('Hayward will be grilled when he appears before a Senate hearing on Thursday.', 'appears'),
    ).toBe('planned');
    expect(
      modality('BP may not cap the leak until a relief well is drilled, sometime in August.', 'drilled'),
    ).toBe('planned');
    // A past time clause, and a timeline's "after" in the present, are told.
    expect(modality('She was in Port au Prince when the quake hit on Tuesday.', 'hit')).toBeUndefined();
    expect(
      modality('Shares in BP rise after a presidential panel says it found no evidence.', 'says'),
    ).toBeUndefined();
    expect(
      modality(
        'They wanted to show the video when Dr Murray goes on trial this week but the judge says it is not relevant.',
        'says',
      ),
    ).toBeUndefined();
  });
});

describe('triggerModality on forecasts', () => {
  it('takes a forecast of an amount for no happening, and keeps a foreseen happening a plan', () => {
    expect(
      modality(
        'Global trade in counterfeit goods is expected to rise to nearly $1 trillion this year.',
        'rise',
      ),
    ).toBe('hypothetical');
    expect(modality("The region's economies are likely to grow just 3.4 percent in 2009.", 'grow')).toBe(
      'hypothetical',
    );
    expect(
      modality('EU member states are likely to reach agreement on the measures on 27 February.', 'reach'),
    ).toBe('planned');
    expect(modality('The envoy is expected to arrive on 5 March.', 'arrive')).toBe('planned');
    // One's own expectation, and the length of a plan, stay plans.
    expect(modality('BP expects to pay about $4bn in production taxes.', 'pay')).toBe('planned');
    expect(modality('The trial is expected to last five weeks, until the end of October.', 'last')).toBe(
      'planned',
    );
  });
});
