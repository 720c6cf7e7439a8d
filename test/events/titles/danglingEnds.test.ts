import { describe, expect, it } from 'vitest';
import { annotate } from '../../../src/events/nlp/annotate.ts';
import {
  dropBareConjunct,
  dropCutConjunctNoun,
  dropOpenClause,
  dropOpenSubordinate,
  dropSubjectWithoutVerb,
} from '../../../src/events/titles/danglingEnds.ts';

/** The sentence's tokens and the indices of its first `n` words, as a cut title keeps them. */
function firstWords(text: string, n: number) {
  const { tokens } = annotate(text);
  const out = tokens.map((_, i) => i).slice(0, n);
  const words = () => out.map((i) => tokens[i]!.text).join(' ');
  return { tokens, out, words };
}

describe('dangling ends of a cut title', () => {
  it('drops a joined verb whose object the cut left out, but not one followed by its date', () => {
    const a = firstWords('Police arrested two men and charged them with murder.', 6);
    dropBareConjunct(a.tokens, a.out, 1);
    expect(a.words()).toBe('Police arrested two men');
    const b = firstWords('The rig exploded and sank last week.', 5);
    dropBareConjunct(b.tokens, b.out, 2);
    expect(b.words()).toBe('The rig exploded and sank');
  });

  it('drops a joined verb of saying whose words follow a colon, not another verb', () => {
    const a = firstWords(
      'Suttles insisted the operation was going to plan but admitted: "We have not stopped it."',
      10,
    );
    dropBareConjunct(a.tokens, a.out, 1);
    expect(a.words()).toBe('Suttles insisted the operation was going to plan');
    const b = firstWords('All five species are endangered or threatened: by oil, by nets.', 7);
    dropBareConjunct(b.tokens, b.out, 4);
    expect(b.words()).toBe('All five species are endangered or threatened');
  });

  it('drops a joined verb whose words said the cut left out past their date', () => {
    const a = firstWords(
      'Jackson directed the EPA to act, but admitted yesterday that BP had used Corexit.',
      9,
    );
    dropBareConjunct(a.tokens, a.out, 1);
    expect(a.words()).toBe('Jackson directed the EPA to act');
  });

  it('drops a clause "as" opens when its verb is not kept, not a name or a likeness', () => {
    const a = firstWords(
      'The skipper was speaking as two of the subs - which can dive - started a campaign.',
      9,
    );
    dropOpenSubordinate(a.tokens, a.out, 3);
    expect(a.words()).toBe('The skipper was speaking');
    const b = firstWords('Ships were getting back in place as crews raced to resume work.', 8);
    dropOpenSubordinate(b.tokens, b.out, 2);
    expect(b.words()).toBe('Ships were getting back in place');
    const f = firstWords(
      'The push came as the co-chairs of the White House oil spill commission, Bill Reilly and Bob Graham, made their case.',
      11,
    );
    dropOpenSubordinate(f.tokens, f.out, 2);
    expect(f.words()).toBe('The push came');
    const g = firstWords("The board will meet until the company's liabilities from the spill are known.", 9);
    dropOpenSubordinate(g.tokens, g.out, 3);
    expect(g.words()).toBe('The board will meet');
    const h = firstWords('The spill began after the drilling rig explosion killed 11 workers.', 8);
    dropOpenSubordinate(h.tokens, h.out, 2);
    expect(h.words()).toBe('The spill began after the drilling rig explosion');
    const k = firstWords('The virus killed 101 people though the number of cases there is 26.', 10);
    dropOpenSubordinate(k.tokens, k.out, 2);
    expect(k.words()).toBe('The virus killed 101 people');
    const m = firstWords(
      'Microinsurance began as a form of charity in the 1990s, when the ILO began testing, said McCord.',
      10,
    );
    dropOpenSubordinate(m.tokens, m.out, 1);
    expect(m.words()).toBe('Microinsurance began as a form of charity in the 1990s');
    const c = firstWords('He spoke of what is known as swine flu - at 40 cases - seemed mild.', 8);
    dropOpenSubordinate(c.tokens, c.out, 1);
    expect(c.words()).toBe('He spoke of what is known as swine');
    const d = firstWords('Mexicans are as diverse as their history was, researchers said.', 7);
    dropOpenSubordinate(d.tokens, d.out, 1);
    expect(d.words()).toBe('Mexicans are as diverse as their history');
    const e = firstWords('Dudley has been paraded as the new face of the fight to contain the damage.', 11);
    dropOpenSubordinate(e.tokens, e.out, 3);
    expect(e.words()).toBe('Dudley has been paraded as the new face of the fight');
  });

  it('drops an "and" whose new subject lost its verb, not a noun inside the phrase', () => {
    const a = firstWords('The headquarters was damaged and many staff are missing.', 7);
    dropSubjectWithoutVerb(a.tokens, a.out, 3);
    expect(a.words()).toBe('The headquarters was damaged');
    const c = firstWords('Samples arrived in north London and scientists there will grow the virus.', 7);
    dropSubjectWithoutVerb(c.tokens, c.out, 1);
    expect(c.words()).toBe('Samples arrived in north London');
    const b = firstWords('Senators unveiled a climate and energy bill today.', 6);
    dropSubjectWithoutVerb(b.tokens, b.out, 1);
    expect(b.words()).toBe('Senators unveiled a climate and energy');
  });

  it('drops a subordinate clause left without its verb', () => {
    const a = firstWords('Troops withdrew from populated areas until armed groups left.', 8);
    dropOpenClause(a.tokens, a.out);
    expect(a.words()).toBe('Troops withdrew from populated areas');
    const b = firstWords('Protests took place amid reports that at least 55 people were killed.', 10);
    dropOpenClause(b.tokens, b.out);
    expect(b.words()).toBe('Protests took place amid reports');
  });

  it('drops a name its auxiliary follows after "and", a new subject without its verb', () => {
    const text =
      'The UN is pressing to increase its monitors to 300 and chief envoy Kofi Annan is currently briefing the council.';
    const { tokens, out, words } = firstWords(text, 15);
    expect(words()).toMatch(/Kofi Annan$/);
    dropSubjectWithoutVerb(tokens, out, 3);
    expect(words()).toBe('The UN is pressing to increase its monitors to 300');
  });
});

describe('dropCutConjunctNoun', () => {
  it('drops a joined noun cut from its own phrase, with its conjunction', () => {
    const { tokens } = annotate('It is calling for an end to the mission and a halt to all co-operation.');
    const halt = tokens.findIndex((t) => t.text === 'halt');
    const out = Array.from({ length: halt + 1 }, (_, i) => i);
    dropCutConjunctNoun(tokens, out);
    expect(out.map((i) => tokens[i]!.text).join(' ')).toBe('It is calling for an end to the mission');
    const whole = annotate('It is calling for an end to the mission and a halt.').tokens;
    const kept = Array.from({ length: whole.length - 1 }, (_, i) => i);
    dropCutConjunctNoun(whole, kept);
    expect(kept.length).toBe(whole.length - 1);
  });
});
