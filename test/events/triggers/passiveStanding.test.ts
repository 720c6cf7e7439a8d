import { describe, expect, it } from 'vitest';
import { segmentSentences } from '../../../src/events/nlp/segmentSentences.ts';
import { parseSentence } from '../../../src/events/sentenceParse.ts';
import { mainHappening } from '../../../src/events/triggers/mainHappening.ts';
import { passiveStanding } from '../../../src/events/triggers/passiveStanding.ts';
import { tag } from '../../../src/temporal/tag.ts';

const parse = (text: string) =>
  parseSentence(segmentSentences(text)[0]!, tag(text, { reference: '2010-06-01' }));
/** What `passiveStanding` says of the trigger `word`. */
const standing = (text: string, word: string) => {
  const p = parse(text);
  const t = p.triggers.find((u) => u.text === word)!;
  expect(t).toBeDefined();
  return passiveStanding(p.s.tokens, t.index, t.eventClass);
};

describe('passiveStanding', () => {
  it('takes a passive present perfect of judging for a standing charge', () => {
    expect(
      standing(
        'Mr Oynes has been accused of becoming too close to the industry his agency monitors.',
        'accused',
      ),
    ).toBe('a standing charge');
    expect(
      standing(
        'BP chief executive Tony Hayward has been criticised for a series of public relations setbacks.',
        'criticised',
      ),
    ).toBe('a standing charge');
    expect(
      mainHappening(parse('The agency has been widely blamed for lax oversight of the industry.')),
    ).toBeUndefined();
    expect(standing("He's been accused of lying to Congress.", 'accused')).toBe('a standing charge');
    // A time clause of a later clause ties nothing: "since" here is the other clause's.
    expect(
      standing('BP has been blamed for the spill; oil has washed ashore since the blast.', 'blamed'),
    ).toBe('a standing charge');
  });

  it('leaves a simple past, an active perfect and a court’s act', () => {
    expect(standing('Mr Oynes was accused of fraud by the inspector general.', 'accused')).toBeUndefined();
    expect(standing('Lawmakers have accused BP of cutting corners.', 'accused')).toBeUndefined();
    expect(standing('He has been charged with involuntary manslaughter.', 'charged')).toBeUndefined();
    expect(
      standing('BP has been accused of lying after internal documents showed a higher estimate.', 'accused'),
    ).toBeUndefined();
    expect(mainHappening(parse('The company has been fined for safety violations.'))?.text).toBe('fined');
  });
});
