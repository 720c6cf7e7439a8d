import { describe, expect, it } from 'vitest';
import { annotate } from '../../../src/events/nlp/annotate.ts';
import { findTriggers } from '../../../src/events/triggers/findTriggers.ts';

const spans = (text: string) => findTriggers(annotate(text).tokens).map((t) => text.slice(t.start, t.end));

describe('findTriggers: a participle after its noun inside an appositive', () => {
  it('takes no participle that describes a noun of the aside', () => {
    const base =
      'The case at the Twentynine Palms Marine Corps Air Ground Combat Center, the principal U.S. training facility for Marines and sailors deployed to Afghanistan and Iraq, was confirmed by the U.S. Centers for Disease Control and Prevention.';
    expect(spans(base)).not.toContain('deployed');
    expect(spans(base)).toContain('confirmed');
  });

  it('keeps a participle outside an aside, or the verb of a clause in it', () => {
    expect(spans('Marines and sailors deployed to Afghanistan on Monday.')).toContain('deployed');
    expect(spans('The base, where sailors were deployed to Iraq, was closed.')).toContain('deployed');
    // (A verb with its object after a fronted word, and a clause that goes on in a participle.)
    expect(
      spans(
        'Yesterday, the Department of Health reported 12 new cases in England, bringing the UK total to 215.',
      ),
    ).toContain('reported');
    expect(
      spans('As the public vented their anger, a BP spokesman defended Hayward, saying he took a break.'),
    ).toContain('defended');
  });
});
