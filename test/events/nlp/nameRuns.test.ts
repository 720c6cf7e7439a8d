import { describe, expect, it } from 'vitest';
import { segmentSentences } from '../../../src/events/nlp/segmentSentences.ts';

const texts = (t: string) => segmentSentences(t).map((s) => [s.text, s.heading]);

describe('a caption glued to the lead across a run of names', () => {
  const rest =
    ' There were reports that an explosion near the secure Green Zone was an IED. Fewer than half the Arab League members came.';
  it('ends the caption where the run splits into two names the article writes apart', () => {
    const text = `Smoke billowed above Baghdad after a blast near the secure Green Zone Arab League leaders have called for a plan.${rest}`;
    expect(texts(text).slice(0, 2)).toEqual([
      ['Smoke billowed above Baghdad after a blast near the secure Green Zone', true],
      ['Arab League leaders have called for a plan.', false],
    ]);
  });
  it('keeps a run the article writes whole again, or one with no verb before it', () => {
    const whole =
      'Officials met in the Green Zone Arab League building on Monday. The Green Zone Arab League building was closed.';
    expect(segmentSentences(whole)).toHaveLength(2);
    const noVerb = `Near the secure Green Zone Arab League leaders have called for a plan.${rest}`;
    expect(texts(noVerb)[0]).toEqual([
      'Near the secure Green Zone Arab League leaders have called for a plan.',
      false,
    ]);
    // (Nor a name joined to one before it, nor one after an abbreviation.)
    const gulf =
      'Some of the vessels are slow-moving Workers at the Gulf of Mexico BP oil spill site are making preparations to leave. Mexico said so. BP said so.';
    expect(segmentSentences(gulf)[0]!.text).toMatch(/^Some of the vessels .* BP oil spill site are making/);
    const us =
      'The first known wildlife casualty of the oil spill threatening the U.S. Gulf Coast was a seabird. The U.S. said so. The Gulf Coast was hit.';
    expect(segmentSentences(us)[0]!.text).toMatch(/^The first known .* Gulf Coast was a seabird\.$/);
    const county =
      "The release of the autopsy results has been delayed, the Los Angeles County coroner's office has said. Los Angeles police said so. The County was sued.";
    expect(segmentSentences(county)[0]!.text).toMatch(/^The release .* coroner's office has said\.$/);
  });
});
