import { describe, expect, it } from 'vitest';
import { annotate } from '../../../src/events/nlp/annotate.ts';
import { findTriggers } from '../../../src/events/triggers/findTriggers.ts';

const spans = (text: string) => findTriggers(annotate(text).tokens).map((t) => text.slice(t.start, t.end));

describe('findTriggers: words that name no happening where they stand', () => {
  it('takes no participle that gives an age', () => {
    const trial =
      "A judge ordered Dr Conrad Murray should stand trial in March over Jackson's death aged 50.";
    expect(spans(trial)).not.toContain('aged');
    expect(spans(trial)).toContain('ordered');
    expect(spans('Most cases are in people aged between 5 and 24.')).not.toContain('aged');
  });

  it('takes no participle of naming set off after its noun, or opening the sentence', () => {
    const billed = 'He told of plans to build a hospital after the concerts, billed as This Is It.';
    expect(spans(billed)).not.toContain('billed');
    expect(spans('The two-hour concert, titled SOS Saving OurSelves, will be broadcast live.')).not.toContain(
      'titled',
    );
    expect(spans('Often called the King of Pop, Jackson sold 250 million albums.')).not.toContain('called');
    // The verb of a clause names as it happens.
    expect(spans('Obama called the governors of the five Gulf Coast states.')).toContain('called');
    expect(spans('Feinberg was named by President Obama.')).toContain('named');
    expect(
      spans('Mary Landry, the federal on-scene coordinator, called the tests so far very promising.'),
    ).toContain('called');
    expect(spans('Mr Putin, an ally of Syria, called for more time.')).toContain('called');
    expect(spans('The company billed the government for the work.')).toContain('billed');
    expect(
      spans('The so called green energy plans including oil must be integrated together.'),
    ).not.toContain('called');
    expect(spans('Let engineers explain this to him and his so called science team.')).not.toContain(
      'called',
    );
    // ("so" a conjunction: the verb "called" is the happening.)
    expect(spans('The talks failed and so called an emergency meeting of the council.')).toContain('called');
    expect(spans('The mayor was angry, so called for an inquiry into the spill.')).toContain('called');
  });

  it("takes no word of a work's title, nor the noun the title names", () => {
    const tour = "Rehearsal footage from Michael Jackson's This Is It tour can not be used as evidence.";
    expect(spans(tour)).not.toContain('tour');
    expect(spans(tour)).toContain('used');
    // (A name that opens the sentence says nothing of a title: "Doctors Without Borders said".)
    expect(spans('Doctors Without Borders said its hospital was damaged.')).toContain('said');
    expect(spans('Jackson was rehearsing for his comeback tour.')).toContain('rehearsing');
  });

  it('takes no adjective after "be" and an adverb of degree for a verb', () => {
    expect(spans("It was very fun going to the prime minister's house.")).not.toContain('fun');
  });
});
