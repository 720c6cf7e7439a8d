import { describe, expect, it } from 'vitest';
import { annotate } from '../../../src/events/nlp/annotate.ts';
import {
  dropBareConjunct,
  dropCutConjunctNoun,
  dropOpenClause,
  dropSubjectWithoutVerb,
} from '../../../src/events/titles/danglingEnds.ts';
import { firstWords } from './firstWords.ts';

describe('dangling ends of a cut title', () => {
  it('drops a question word without its clause, the preposition before it and the clause it stood in', () => {
    const a = firstWords(
      'Crowley announced 13 offers had been received and that decisions on what to accept would be made.',
      12,
    );
    dropOpenClause(a.tokens, a.out);
    expect(a.words()).toBe('Crowley announced 13 offers had been received');
  });

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
