import { describe, expect, it } from 'vitest';
import { annotate } from '../../../src/events/nlp/annotate.ts';
import { clauseRun } from '../../../src/events/titles/clauseRun.ts';

const run = (text: string, from: string, maxWords: number) => {
  const { tokens } = annotate(text);
  const k = tokens.findIndex((t) => t.text === from);
  return clauseRun(tokens, k, tokens.length, [], maxWords)
    .map((i) => tokens[i]!.text)
    .join(' ');
};

describe('clauseRun at its word limit', () => {
  it('goes on to the verb of auxiliaries the limit kept without it', () => {
    expect(
      run(
        'Nicola Sturgeon said that nine of the 23 people awaiting the results of tests had been in contact with the couple.',
        'nine',
        12,
      ),
    ).toBe('nine of the 23 people awaiting the results of tests had been in contact with the couple');
  });

  it("goes on to the words' verb past a relative clause's verb in their subject", () => {
    expect(
      run(
        'The CDC said that a 22-month old Mexican boy who died of swine flu in Texas was the only U.S. fatality so far, the only person to die.',
        'a',
        12,
      ),
    ).toBe('a 22-month old Mexican boy who died of swine flu in Texas was the only U.S. fatality so far');
  });

  it("goes on past a relative clause's verb without its pronoun", () => {
    expect(
      run(
        'BP said a containment device it had lowered onto the larger of two leaks had run into a hitch, after the opening clogged.',
        'a',
        12,
      ),
    ).toBe('a containment device it had lowered onto the larger of two leaks had run into a hitch');
  });

  it('leaves out an opening phrase with a clause of its own, not a short place', () => {
    expect(run("In the week he'd been in Louisiana, he knew of two tern chicks that died.", 'In', 12)).toBe(
      'he knew of two tern chicks that died',
    );
    expect(run('In Homs, troops shelled the district.', 'In', 12)).toBe(
      'In Homs troops shelled the district',
    );
  });

  it("keeps a relative's 'that' before its adverbs and verb, and drops a complementizer's", () => {
    expect(run('They removed the flange that only partially completed the seal.', 'that', 12)).toBe(
      'that only partially completed the seal',
    );
    expect(run('He said that the flange only partially completed the seal.', 'that', 12)).toBe(
      'the flange only partially completed the seal',
    );
  });

  it('goes on to the verb of words said that the limit cut before it', () => {
    expect(
      run(
        'He said an 87-foot Coast Guard cutter patrolling the area has not reported any signs of leaks.',
        'an',
        7,
      ),
    ).toBe('an 87-foot Coast Guard cutter patrolling the area has not reported any signs of leaks');
  });

  it('finishes the noun phrase the limit cut open', () => {
    expect(
      run('Erdogan said he did not trust President Assad to comply with the peace plan.', 'he', 11),
    ).toBe('he did not trust President Assad to comply with the peace plan');
    expect(
      run('He said some monitors had been wounded in attacks by opposition supporters.', 'some', 10),
    ).toBe('some monitors had been wounded in attacks by opposition supporters');
  });

  it('stops before a preposition once the noun phrase is whole', () => {
    const out = run(
      'He said the army shelled the old quarter of the great northern trading city of Aleppo.',
      'the',
      6,
    );
    expect(out).toBe('the army shelled the old quarter');
  });
});

describe('clauseRun near its word limit', () => {
  it('finishes words that end the sentence within four more words', () => {
    expect(run('He said Damascus wanted guarantees and a promise not to fund them.', 'Damascus', 6)).toBe(
      'Damascus wanted guarantees and a promise not to fund them',
    );
  });
});

describe('clauseRun cut inside a subordinate clause', () => {
  it('drops the subordinate clause the limit left without its verb', () => {
    expect(
      run(
        'He said the army would not withdraw from the towns until armed groups had given written guarantees of safety to the people there.',
        'the',
        10,
      ),
    ).toBe('the army would not withdraw from the towns');
  });
});

describe('clauseRun and a stranded subject pronoun', () => {
  it('drops a subject pronoun the limit left without its verb', () => {
    expect(
      run(
        'He said his country took a decision despite all the support it had given Syria over the past decades of close ties.',
        'his',
        10,
      ),
    ).toBe('his country took a decision despite all the support');
  });
});

describe('clauseRun and unfinished verbs', () => {
  it('drops a relative clause whose verb the limit left without its object, and keeps a particle', () => {
    expect(
      run(
        'He said protests were held in Idlib where the government has launched a fierce offensive against rebels in the hills.',
        'protests',
        9,
      ),
    ).toBe('protests were held in Idlib');
    expect(run('He said the fighters are holed up in the old city of Idlib near the border.', 'the', 5)).toBe(
      'the fighters are holed up',
    );
  });
});

describe('clauseRun and an opening condition', () => {
  it('keeps a short condition with the clause it governs, and leaves out a time clause', () => {
    expect(run("If he were in Mr Assad's position, he would step down.", 'If', 16)).toBe(
      "If he were in Mr Assad 's position he would step down",
    );
    expect(run('When the talks ended, he would step down.', 'When', 16)).toBe('he would step down');
  });
});

describe('clauseRun and lists of names', () => {
  it('keeps a list of names whole, and leaves out a long one that modifies a noun', () => {
    expect(run('Obama will visit Mississippi, Alabama and Florida during a trip.', 'Obama', 16)).toBe(
      'Obama will visit Mississippi Alabama and Florida during a trip',
    );
    expect(
      run('17 diplomats from the US, UK, Switzerland, France, Italy and Canada were expelled.', '17', 16),
    ).toBe('17 diplomats were expelled');
  });
});

describe('clauseRun past a figure and its auxiliaries', () => {
  it("skips a figure's bracketed conversion and reaches the verb past the auxiliaries the limit left", () => {
    expect(
      run(
        'The UN said a total of about $270m (# 165m) in international aid had been pledged so far for the relief effort.',
        'a',
        12,
      ),
    ).toMatch(/^a total of about \$ 270 m in international aid had been pledged/);
  });
});

describe('clauseRun before a comma', () => {
  const dated = (text: string, date: string, to: string) => {
    const { tokens } = annotate(text);
    const end = tokens.findLastIndex((t) => t.text === to);
    const at = text.indexOf(date);
    return clauseRun(tokens, 0, end, [[at, at + date.length]], 14)
      .map((i) => tokens[i]!.text)
      .join(' ');
  };

  it('leaves out an opening phrase whole when its date goes, and keeps auxiliaries that end an ellipsis', () => {
    expect(
      dated(
        'Under current law, BP payments for lost wages are taxable -- just as the wages would have been, the IRS said.',
        'current',
        ',',
      ),
    ).toBe('BP payments for lost wages are taxable just as the wages would have been');
  });
});

describe('clauseRun past asides', () => {
  it('leaves out an aside and the apposition that renames it, up to the verb', () => {
    expect(
      run(
        "Haaretz reported that Gen Qassem Suleimani, the commander of IRGC's elite overseas operations arm, the Quds Force, had gone to Syria.",
        'Gen',
        12,
      ),
    ).toBe('Gen Qassem Suleimani had gone to Syria');
  });
});
